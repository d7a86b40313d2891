package org.unionstat.ingest;

import java.util.ArrayList;
import java.util.List;

import org.apache.ibatis.session.SqlSessionFactory;
import org.mybatis.spring.batch.MyBatisBatchItemWriter;
import org.mybatis.spring.batch.builder.MyBatisBatchItemWriterBuilder;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.stereotype.Component;

import org.unionstat.ingest.StagedRows.CheckedRow;
import org.unionstat.ingest.StagedRows.StagedCoveredUnit;
import org.unionstat.ingest.StagedRows.StagedReport;
import org.unionstat.ingest.StagedRows.StagedUnit;

/**
 * Writes a chunk of checked rows in JDBC batches: accepted reports (and their covered units) and registry units into
 * staging, rejected rows into rejected_row. Runs in the chunk's transaction, with the reader's saved position.
 */
@Component
class ImportRowWriter implements ItemWriter<CheckedRow> {

    private final MyBatisBatchItemWriter<StagedReport> reports;
    private final MyBatisBatchItemWriter<StagedCoveredUnit> coveredUnits;
    private final MyBatisBatchItemWriter<StagedUnit> units;
    private final MyBatisBatchItemWriter<RejectedRow> rejected;

    ImportRowWriter(SqlSessionFactory sqlSessionFactory) {
        this.reports = writer(sqlSessionFactory, "insertReport");
        this.coveredUnits = writer(sqlSessionFactory, "insertCoveredUnit");
        this.units = writer(sqlSessionFactory, "insertUnit");
        this.rejected = writer(sqlSessionFactory, "insertRejectedRow");
    }

    private static <T> MyBatisBatchItemWriter<T> writer(SqlSessionFactory factory, String statement) {
        // batched inserts with rewriteBatchedStatements report no per-row counts
        return new MyBatisBatchItemWriterBuilder<T>()
                .sqlSessionFactory(factory)
                .statementId(StagingMapper.NAMESPACE + statement)
                .assertUpdates(false)
                .build();
    }

    @Override
    public void write(Chunk<? extends CheckedRow> chunk) throws Exception {
        List<StagedReport> acceptedReports = new ArrayList<>();
        List<StagedCoveredUnit> covered = new ArrayList<>();
        List<StagedUnit> acceptedUnits = new ArrayList<>();
        List<RejectedRow> rejectedRows = new ArrayList<>();
        for (CheckedRow row : chunk) {
            if (row instanceof StagedReport report) {
                acceptedReports.add(report);
                for (String unitId : report.row().coveredUnitIds()) {
                    covered.add(new StagedCoveredUnit(report.importId(), report.line(), unitId));
                }
            } else if (row instanceof StagedUnit unit) {
                acceptedUnits.add(unit);
            } else {
                rejectedRows.add((RejectedRow) row);
            }
        }
        reports.write(new Chunk<>(acceptedReports));
        coveredUnits.write(new Chunk<>(covered));
        units.write(new Chunk<>(acceptedUnits));
        rejected.write(new Chunk<>(rejectedRows));
    }
}
