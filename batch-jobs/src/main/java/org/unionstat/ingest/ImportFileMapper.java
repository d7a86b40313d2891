package org.unionstat.ingest;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.cursor.Cursor;

import org.unionstat.ingest.spool.RejectedRow;


/** import_file and rejected_row: what was imported, and what was rejected. */
@Mapper
public interface ImportFileMapper {

    ImportFile find(long importId);

    /** Completed imports of a period (quarterly) or year (registry), in the order they were merged. */
    List<ImportFile> findCompleted(@Param("kind") String kind, @Param("period") String period);

    /** The most recently merged import of a period or year, or null. */
    ImportFile findLatestCompleted(@Param("kind") String kind, @Param("period") String period);

    /** The most recently merged import of this very file (path and content) into a period or year, or null. */
    ImportFile findLatestCompletedOf(@Param("kind") String kind, @Param("period") String period,
            @Param("filePath") String filePath, @Param("sha256") String sha256);

    /** Imports into a period or year before {@code importId} of a file of the same name from another path. */
    long countEarlierNamesakes(@Param("kind") String kind, @Param("period") String period,
            @Param("fileName") String fileName, @Param("filePath") String filePath, @Param("importId") long importId);

    /** How many of a quarter's stored reports come from an import. */
    long countStoredReports(@Param("period") String period, @Param("importId") long importId);

    /** Rejected rows of an import by reason code, codes in order. */
    List<CodeCount> countRejectedByCode(long importId);

    /** Rejected rows of an import by line, streamed; to be read inside a transaction. */
    Cursor<RejectedRow> findRejectedRows(long importId);

    /** Rejected rows of an import by line. */
    List<RejectedRow> listRejectedRows(long importId);

    void insert(ImportFile file);

    /** A count of rows per reason code. */
    record CodeCount(String code, long rowCount) {
    }
}
