package org.unionstat.ingest.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;

import org.unionstat.domain.DerivedFileName;
import org.unionstat.domain.Period;
import org.unionstat.domain.PrintableName;
import org.unionstat.domain.ReferenceData;
import org.unionstat.ingest.ImportKind;
import org.unionstat.ingest.ImportSummary;
import org.unionstat.ingest.Imports;
import org.unionstat.ingest.RejectsFile;
import org.unionstat.ingest.SummaryText;
import org.unionstat.ingest.source.FileInspector;
import org.unionstat.ingest.source.FileRefusedException;
import org.unionstat.ingest.source.Inspection;
import org.unionstat.ingest.source.SourceRow;
import org.unionstat.ingest.source.SourceRowReader;
import org.unionstat.ingest.spool.RejectedRow;
import org.unionstat.ingest.validate.FirstLines;
import org.unionstat.ingest.validate.QuarterlyReportValidator;
import org.unionstat.ingest.validate.Reasons;
import org.unionstat.ingest.validate.RegistryRowValidator;
import org.unionstat.ingest.validate.Validation;
import org.unionstat.text.Messages;

/**
 * Checks files as importing them would (the {@code check} command): the import's file inspection, row reader, rules
 * and E10, and its summary line, but nothing is stored. Each file gets, under {@code OUT/check/<period or year>/},
 * {@code <file>.rejects.csv} (as import's rejects file) and {@code <file>.xlsx}, a feedback workbook for whoever sent
 * it ({@link FeedbackWorkbook}).
 */
public final class FileCheck {

    private final QuarterlyReportValidator reports;
    private final RegistryRowValidator registry;
    private final Messages messages;

    /** {@code messages}: the language of the reasons, summary lines and workbooks. */
    public FileCheck(ReferenceData reference, Messages messages) {
        this.reports = new QuarterlyReportValidator(reference);
        this.registry = new RegistryRowValidator(reference);
        this.messages = messages;
    }

    /** Quarterly report files and directories of them, taken as import takes them, for {@code quarter}. */
    public List<ImportSummary> checkPaths(Period quarter, List<Path> paths, Path outDir,
            Consumer<ImportSummary> progress) {
        if (!quarter.isQuarter()) {
            throw new IllegalArgumentException("quarterly reports are checked for a quarter, not " + quarter);
        }
        Outputs outputs = new Outputs(directory(outDir, quarter));
        return Imports.forEachFile(quarter, paths, file -> check(ImportKind.QUARTERLY, quarter, file, outputs),
                progress, messages);
    }

    /** A unit registry file as the registry of {@code year}. */
    public ImportSummary checkRegistry(int year, Path file, Path outDir) {
        Period period = Period.ofYear(year);
        return check(ImportKind.REGISTRY, period, file, new Outputs(directory(outDir, period)));
    }

    /** {@code OUT/check/<period or year>/}. */
    private static Path directory(Path outDir, Period period) {
        return outDir.resolve("check").resolve(period.toString());
    }

    private ImportSummary check(ImportKind kind, Period period, Path given, Outputs outputs) {
        Path workbook = outputs.path(given, fileName(given), ".xlsx");
        Path rejects = outputs.path(given, fileName(given), ".rejects.csv");
        String unreadable = Imports.unreadable(given, messages);
        if (unreadable != null) {
            return refused(kind, period, given, unreadable, List.of(), workbook, rejects);
        }
        Inspection inspection;
        try {
            inspection = FileInspector.inspect(given.toAbsolutePath().normalize(), kind.layout());
        } catch (FileRefusedException e) {
            return refused(kind, period, given,
                    messages.text(SummaryText.FILE_PROBLEM, PrintableName.of(given), e.problem(messages)), List.of(), workbook,
                    rejects);
        }
        List<String> warnings = inspection.warning() == null ? List.of()
                : List.of(messages.text(SummaryText.FILE_PROBLEM, PrintableName.of(given),
                        inspection.warning().in(messages)));
        try {
            return checkRows(kind, period, given, inspection, warnings, workbook, rejects);
        } catch (UnreadableRow e) {
            return refused(kind, period, given, messages.text(SummaryText.CANNOT_BE_READ, PrintableName.of(given),
                    String.valueOf(e.getMessage())),
                    warnings, workbook, rejects);
        }
    }

    /** The rows of an inspected file, each read, validated and E10-checked as the import's load step does. */
    private ImportSummary checkRows(ImportKind kind, Period period, Path given, Inspection inspection,
            List<String> warnings, Path workbook, Path rejects) {
        Function<SourceRow, Validation<?>> rules = kind == ImportKind.QUARTERLY
                ? source -> reports.check(source, period)
                : registry::check;
        SourceRowReader reader = new SourceRowReader("checkRows", given.toAbsolutePath().normalize(),
                inspection.format(), inspection.charset(), kind.layout());
        Tally tally = new Tally();
        try (FeedbackWorkbook feedback = new FeedbackWorkbook(kind, messages)) {
            try {
                reader.open(new ExecutionContext());
            } catch (ItemStreamException e) {
                throw new UnreadableRow(e);
            }
            try {
                RejectsFile.write(rejects, fileName(given),
                        () -> new Rejections(reader, rules, kind.keyColumn(), tally, feedback,
                                new Reasons(messages, kind.layout())));
            } finally {
                reader.close();
            }
            ImportSummary summary = new ImportSummary(given, period, null, tally.read, tally.accepted, tally.rejected(),
                    tally.byCode, false, null, warnings, false);
            feedback.write(workbook, summary);
            return summary;
        }
    }

    private static String fileName(Path given) {
        return given.getFileName() == null ? given.toString() : given.getFileName().toString();
    }

    /** A refused file has its workbook saying why, and no rejects file: one of an earlier check would mislead. */
    private ImportSummary refused(ImportKind kind, Period period, Path given, String refusal,
            List<String> warnings, Path workbook, Path rejects) {
        ImportSummary summary = ImportSummary.refused(given, period, null, refusal, warnings);
        try {
            Files.deleteIfExists(rejects);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + rejects + ": " + e.getMessage(), e);
        }
        try (FeedbackWorkbook feedback = new FeedbackWorkbook(kind, messages)) {
            feedback.write(workbook, summary);
        }
        return summary;
    }

    /**
     * The files of one check: named after their input files, as the rejects files of an import are; a file whose name
     * an earlier one of the same check had gets a short hash of its path ({@link DerivedFileName}).
     */
    private static final class Outputs {
        private final Path directory;
        private final Set<String> names = new HashSet<>();

        Outputs(Path directory) {
            this.directory = directory;
        }

        Path path(Path given, String fileName, String suffix) {
            String plain = DerivedFileName.of(fileName, null, suffix);
            boolean namesake = !names.add(plain);
            return directory.resolve(namesake
                    ? DerivedFileName.of(fileName, given.toAbsolutePath().normalize().toString(), suffix) : plain);
        }
    }

    /** The counts of a file's rows, complete once its rows have all been taken. */
    private static final class Tally {
        long read;
        long accepted;
        final Map<String, Long> byCode = new TreeMap<>();

        long rejected() {
            return read - accepted;
        }
    }

    /**
     * The rejected rows of a file, found as they are asked for: each row read is validated, then checked for E10 as the
     * import's writer does ({@link FirstLines}, the first occurrence stays), counted, and a rejected one is also put in
     * the feedback workbook. The rejects file takes them one by one, so a file of a million rows is never held whole.
     */
    private static final class Rejections implements Iterator<RejectsFile.Line> {
        private final SourceRowReader reader;
        private final Function<SourceRow, Validation<?>> rules;
        private final String keyColumn;
        private final Tally tally;
        private final FeedbackWorkbook feedback;
        private final Reasons reasons;
        private final FirstLines firstLines = new FirstLines();
        private RejectedRow next;

        Rejections(SourceRowReader reader, Function<SourceRow, Validation<?>> rules, String keyColumn, Tally tally,
                FeedbackWorkbook feedback, Reasons reasons) {
            this.reader = reader;
            this.rules = rules;
            this.keyColumn = keyColumn;
            this.tally = tally;
            this.feedback = feedback;
            this.reasons = reasons;
        }

        @Override
        public boolean hasNext() {
            if (next == null) {
                next = nextRejected();
            }
            return next != null;
        }

        @Override
        public RejectsFile.Line next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            RejectedRow row = next;
            next = null;
            return new RejectsFile.Line(row.line(), row.recordId(), row.reasonCode(), row.reasons(), row.raw());
        }

        private RejectedRow nextRejected() {
            for (SourceRow source = read(); source != null; source = read()) {
                tally.read++;
                Validation<?> validation = rules.apply(source);
                RejectedRow rejected;
                if (validation.accepted()) {
                    long firstLine = firstLines.putIfAbsent(validation.recordId(), source.line());
                    if (firstLine == 0) {
                        tally.accepted++;
                        continue;
                    }
                    rejected = RejectedRow.repeated(0, source.line(), validation.recordId(), source.raw(), keyColumn,
                            firstLine, reasons);
                } else {
                    rejected = RejectedRow.of(0, source, validation, reasons);
                }
                tally.byCode.merge(rejected.reasonCode(), 1L, Long::sum);
                feedback.addRejected(rejected);
                return rejected;
            }
            return null;
        }

        private SourceRow read() {
            try {
                return reader.read();
            } catch (Exception e) {
                throw new UnreadableRow(e);
            }
        }
    }

    /** Reading the rows failed after the file had passed its inspection (the file changed, or the disk failed). */
    private static final class UnreadableRow extends RuntimeException {
        UnreadableRow(Exception cause) {
            super(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage(), cause);
        }
    }
}
