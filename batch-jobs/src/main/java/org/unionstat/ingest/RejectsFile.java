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
 * line, columns {@code source_file,line,id,reason_code,reasons,raw}, UTF-8, text cells neutralised ({@link CsvCell}). Written even when nothing was rejected, so
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
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), ".rejects-", ".tmp");
            try {
                try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
                        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
                        Cursor<RejectedRow> rows = importFiles.findRejectedRows(file.importId())) {
                    for (RejectedRow row : rows) {
                        csv.printRecord(CsvCell.neutralise(file.fileName()), row.line(),
                                CsvCell.neutralise(row.recordId()), row.reasonCode(), CsvCell.neutralise(row.reasons()),
                                CsvCell.neutralise(row.raw()));
                    }
                }
                move(temporary, target);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
        return target;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
