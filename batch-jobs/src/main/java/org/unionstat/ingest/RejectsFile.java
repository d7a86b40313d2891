package org.unionstat.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.ibatis.cursor.Cursor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.unionstat.domain.CsvCell;
import org.unionstat.domain.DerivedFileName;
import org.unionstat.ingest.spool.RejectedRow;


/**
 * {@code OUT/rejects/<period or year>/<source file name>.rejects.csv} (docs/inputs.md#validation): every rejected row of an import by
 * line, columns {@code source_file,line,id,reason_code,reasons,raw}, UTF-8, text cells neutralised ({@link CsvCell}).
 * Written even when nothing was rejected, so
 * a stale file of an earlier import never lingers; written to a temporary file first and moved into place.
 */
@Component
public class RejectsFile {

    static final String[] HEADER = {"source_file", "line", "id", "reason_code", "reasons", "raw"};

    private final ImportFileMapper importFiles;

    public RejectsFile(ImportFileMapper importFiles) {
        this.importFiles = importFiles;
    }

    /**
     * The rejects file of an import: named after its source file, and unique to it. A file of the same name from
     * another directory imported earlier into the period keeps the plain name; this one's gets a short hash of its
     * path. A name too long for the file system is shortened ({@link DerivedFileName}).
     */
    public Path path(Path outDir, ImportFile file) {
        boolean namesake = importFiles.countEarlierNamesakes(file.kind(), file.period(), file.fileName(),
                file.filePath(), file.importId()) > 0;
        return outDir.resolve("rejects").resolve(file.period())
                .resolve(DerivedFileName.of(file.fileName(), namesake ? file.filePath() : null, ".rejects.csv"));
    }

    @Transactional(readOnly = true)
    public Path write(Path outDir, ImportFile file) {
        Path target = path(outDir, file);
        writeAtomically(target, csv -> {
            try (Cursor<RejectedRow> rows = importFiles.findRejectedRows(file.importId())) {
                for (RejectedRow row : rows) {
                    record(csv, file.fileName(), row.line(), row.recordId(), row.reasonCode(), row.reasons(), row.raw());
                }
            }
        });
        return target;
    }

    /** A rejected line of a file read without an import job: an answer of a returned workbook (import-followup). */
    public record Line(long line, String id, String reasonCode, String reasons, String raw) {
    }

    /**
     * {@code target} with these rejected lines of {@code fileName}, in the columns of every rejects file; {@code lines}
     * are taken one at a time as they are written, so they may be produced while the file is read.
     */
    public static Path write(Path target, String fileName, Iterable<Line> lines) {
        writeAtomically(target, csv -> {
            for (Line line : lines) {
                record(csv, fileName, line.line(), line.id(), line.reasonCode(), line.reasons(), line.raw());
            }
        });
        return target;
    }

    /** One rejected line: the one place every rejects file's records are printed. */
    private static void record(CSVPrinter csv, String fileName, long line, String id, String reasonCode, String reasons,
            String raw) throws IOException {
        csv.printRecord(CsvCell.neutralise(fileName), line, CsvCell.neutralise(id), reasonCode,
                CsvCell.neutralise(reasons), CsvCell.neutralise(raw));
    }

    private interface Records {
        void print(CSVPrinter csv) throws IOException;
    }

    private static void writeAtomically(Path target, Records records) {
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), ".rejects-", ".tmp");
            try {
                try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
                        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
                    records.print(csv);
                }
                move(temporary, target);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
