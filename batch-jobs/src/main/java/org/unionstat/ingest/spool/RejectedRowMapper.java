package org.unionstat.ingest.spool;

import org.apache.ibatis.annotations.Mapper;

import org.unionstat.ingest.spool.RejectedRow;

/**
 * The load step's insert of rejected rows. The step writes them through MyBatisBatchItemWriter by statement id (JDBC
 * batches per chunk); the method exists so the statement has a typed home.
 */
@Mapper
interface RejectedRowMapper {

    String NAMESPACE = "org.unionstat.ingest.spool.RejectedRowMapper.";

    void insertRejectedRow(RejectedRow row);
}
