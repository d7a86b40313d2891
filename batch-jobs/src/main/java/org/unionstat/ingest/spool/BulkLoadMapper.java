package org.unionstat.ingest.spool;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Loading a spool file into its table, one statement for the whole file where the database allows it. */
@Mapper
interface BulkLoadMapper {

    /** MySQL/MariaDB: whether the server accepts LOAD DATA LOCAL INFILE. */
    boolean localInfile();

    /** MySQL/MariaDB: LOAD DATA LOCAL INFILE, replacing rows of the same primary key. */
    int loadData(@Param("file") String file, @Param("table") String table, @Param("columns") String columns);

    /** H2: MERGE from CSVREAD (the file is read by the database, which runs in or beside this process). */
    int csvRead(@Param("file") String file, @Param("table") String table, @Param("columns") String columns,
            @Param("primaryKey") String primaryKey);

    /** Any MySQL: multi-row REPLACE of some records (when the server refuses LOAD DATA LOCAL). */
    int replaceRows(@Param("table") String table, @Param("columns") String columns,
            @Param("rows") List<List<String>> rows);
}
