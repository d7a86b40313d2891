package org.unionstat.ingest;

import java.time.LocalDateTime;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The merge step's statements besides the bulk loads: replacing stored rows, bookkeeping. */
@Mapper
interface MergeMapper {

    int deleteReplacedCoveredUnits(@Param("period") String period, @Param("importId") long importId);

    int deleteRegistry(int year);

    long countRejectedRows(long importId);

    long nextMergeSeq();

    int complete(@Param("importId") long importId, @Param("read") long read, @Param("accepted") long accepted,
            @Param("rejected") long rejected, @Param("mergeSeq") long mergeSeq,
            @Param("completedAt") LocalDateTime completedAt);
}
