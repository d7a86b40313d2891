package org.unionstat.ingest;

import java.time.LocalDateTime;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The merge step's set-based statements: E10, replacing stored data from staging, bookkeeping. */
@Mapper
interface MergeMapper {

    // quarterly reports

    int rejectRepeatedUnions(long importId);

    int deleteRejectedCoveredUnitStaging(long importId);

    int deleteRejectedReportStaging(long importId);

    int deleteReplacedCoveredUnits(@Param("period") String period, @Param("importId") long importId);

    int deleteReplacedReports(@Param("period") String period, @Param("importId") long importId);

    int insertReports(long importId);

    int insertCoveredUnits(long importId);

    long countReportStaging(long importId);

    int deleteReportStaging(long importId);

    int deleteCoveredUnitStaging(long importId);

    // unit registry

    int rejectRepeatedUnits(long importId);

    int deleteRejectedRegistryStaging(long importId);

    int deleteRegistry(int year);

    int insertRegistry(@Param("year") int year, @Param("importId") long importId);

    long countRegistryStaging(long importId);

    int deleteRegistryStaging(long importId);

    // bookkeeping

    long countRejectedRows(long importId);

    long nextMergeSeq();

    int complete(@Param("importId") long importId, @Param("read") long read, @Param("accepted") long accepted,
            @Param("rejected") long rejected, @Param("mergeSeq") long mergeSeq,
            @Param("completedAt") LocalDateTime completedAt);
}
