package org.unionstat.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import org.unionstat.domain.Period;
import org.unionstat.domain.PrintableName;
import org.unionstat.text.Messages;

/**
 * Imports files: each file is one run of its kind's import job ({@code importQuarterlyReports} into a quarter,
 * {@code importUnitRegistry} as the registry of a year). For quarterly reports a directory stands for its *.csv and
 * *.xlsx files (not its subdirectories), in file-name order; Excel's lock files (~$…) and hidden files are skipped. A
 * refused file does not stop the others.
 */
@Service
public class Imports {

    private static final Logger log = LoggerFactory.getLogger(Imports.class);

    private final ImportLauncher launcher;
    private final Messages messages;

    Imports(ImportLauncher launcher, Messages messages) {
        this.launcher = launcher;
        this.messages = messages;
    }

    /** One file of either kind into its period: a quarter, or the year of a registry. */
    public ImportSummary importFile(ImportKind kind, Period period, Path file, Path outDir) {
        return launcher.launch(kind, period, file, outDir);
    }

    /** A unit registry file as the registry of {@code year}. */
    public ImportSummary importRegistry(int year, Path file, Path outDir) {
        return importFile(ImportKind.REGISTRY, Period.ofYear(year), file, outDir);
    }

    /** Quarterly report files and directories of them into a quarter. */
    public List<ImportSummary> importPaths(Period period, List<Path> paths, Path outDir) {
        return importPaths(period, paths, outDir, summary -> { });
    }

    /** As {@link #importPaths(Period, List, Path)}, telling {@code progress} about each file as soon as it is done. */
    public List<ImportSummary> importPaths(Period period, List<Path> paths, Path outDir, Consumer<ImportSummary> progress) {
        if (!period.isQuarter()) {
            throw new IllegalArgumentException("quarterly reports are imported into a quarter, not " + period);
        }
        return forEachFile(period, paths, file -> importFile(ImportKind.QUARTERLY, period, file, outDir), progress,
                messages);
    }

    /**
     * {@code each} file the paths stand for ({@link #list}), in order: a directory that cannot be listed or holds no
     * importable file is refused as such, and what it skipped is said with its first file's outcome. What import and
     * check do with files and directories of quarterly reports; {@code messages} says the refusals and warnings.
     */
    public static List<ImportSummary> forEachFile(Period period, List<Path> paths, Function<Path, ImportSummary> each,
            Consumer<ImportSummary> progress, Messages messages) {
        List<ImportSummary> summaries = new ArrayList<>();
        for (Path path : paths) {
            Listing listing;
            try {
                listing = list(path);
            } catch (IOException e) {
                summaries.add(report(progress, ImportSummary.refused(path, period, null,
                        messages.text(SummaryText.CANNOT_LIST, PrintableName.of(path), String.valueOf(e.getMessage())),
                        List.of())));
                continue;
            }
            List<String> skipped = listing.skipped(messages);
            if (listing.files().isEmpty()) {
                summaries.add(report(progress, ImportSummary.refused(path, period, null,
                        messages.text(SummaryText.NO_FILES_IN_DIRECTORY, PrintableName.of(path)), skipped)));
            }
            for (Path file : listing.files()) {
                ImportSummary summary = each.apply(file);
                if (!skipped.isEmpty()) {
                    summary = summary.withWarningsFirst(skipped);
                    skipped = List.of();
                }
                summaries.add(report(progress, summary));
            }
        }
        return summaries;
    }

    /** Why {@code given} cannot be read as an input file ("FILE: no such file"), or null when it can. */
    public static String unreadable(Path given, Messages messages) {
        Path file = given.toAbsolutePath().normalize();
        if (!Files.exists(file)) {
            return messages.text(SummaryText.NO_SUCH_FILE, PrintableName.of(given));
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            return messages.text(SummaryText.NOT_A_READABLE_FILE, PrintableName.of(given));
        }
        return null;
    }

    private static ImportSummary report(Consumer<ImportSummary> progress, ImportSummary summary) {
        progress.accept(summary);
        return summary;
    }

    /** A file as it is; a directory's importable files by name (what {@code import} and {@code run} take). */
    public static List<Path> files(Path path) throws IOException {
        Listing listing = list(path);
        listing.skipped(LOG).forEach(log::warn);
        return listing.files();
    }

    /**
     * What a path given to {@code import} or {@code run} stands for: a file as it is (a symbolic link given by name is
     * followed); a directory its regular importable files by name, never a symbolic link or a special file in it,
     * which are skipped and said so ({@code skipped(messages)}: "DIR/x.csv: skipped, a symbolic link").
     */
    public record Listing(List<Path> files, List<Path> links, List<Path> others) {

        /** What was skipped and why, one line each. */
        public List<String> skipped(Messages messages) {
            List<String> skipped = new ArrayList<>();
            links.forEach(p -> skipped.add(messages.text(SummaryText.SKIPPED_LINK, PrintableName.of(p))));
            others.forEach(p -> skipped.add(messages.text(SummaryText.SKIPPED_NOT_REGULAR, PrintableName.of(p))));
            return skipped;
        }
    }

    /** The log's language. */
    private static final Messages LOG = Messages.inEnglish();

    public static Listing list(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return new Listing(List.of(path), List.of(), List.of());
        }
        List<Path> files = new ArrayList<>();
        List<Path> links = new ArrayList<>();
        List<Path> others = new ArrayList<>();
        try (Stream<Path> entries = Files.list(path)) {
            for (Path entry : entries.filter(Imports::importable)
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList()) {
                if (Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                    files.add(entry);
                } else if (Files.isSymbolicLink(entry)) {
                    links.add(entry);
                } else if (!Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    others.add(entry);
                }
            }
        }
        return new Listing(List.copyOf(files), List.copyOf(links), List.copyOf(others));
    }

    private static boolean importable(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        return !name.startsWith("~$") && !name.startsWith(".") && (lower.endsWith(".csv") || lower.endsWith(".xlsx"));
    }
}
