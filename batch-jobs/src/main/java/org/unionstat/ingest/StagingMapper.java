package org.unionstat.ingest;

import org.apache.ibatis.annotations.Mapper;

import org.unionstat.ingest.StagedRows.StagedCoveredUnit;
import org.unionstat.ingest.StagedRows.StagedReport;
import org.unionstat.ingest.StagedRows.StagedUnit;

/**
 * The load step's inserts. The step writes them through MyBatisBatchItemWriter by statement id (JDBC batches per
 * chunk); the methods exist so the statements have a typed home.
 */
@Mapper
interface StagingMapper {

    String NAMESPACE = "org.unionstat.ingest.StagingMapper.";

    void insertReport(StagedReport report);

    void insertCoveredUnit(StagedCoveredUnit unit);

    void insertUnit(StagedUnit unit);

    void insertRejectedRow(RejectedRow row);
}
