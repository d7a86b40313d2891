package org.unionstat.ingest;

import java.time.LocalDateTime;

/**
 * One imported file (a row of import_file): its import id is the job instance id. {@code period} is the quarter of
 * a quarterly import or the year of a registry import. Others read it for the workbook's data-sources sheet.
 */
public record ImportFile(long importId, String kind, String period, String fileName, String filePath, String sha256,
        String fileFormat, long rowsRead, long rowsAccepted, long rowsRejected, String status, LocalDateTime startedAt,
        LocalDateTime completedAt, long basisId, Long mergeSeq) {

    public static final String LOADING = "LOADING";
    public static final String COMPLETED = "COMPLETED";

    public boolean completed() {
        return COMPLETED.equals(status);
    }
}
