package org.unionstat.ingest.spool;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.ibatis.session.SqlSessionFactory;
import org.mybatis.spring.batch.MyBatisBatchItemWriter;
import org.mybatis.spring.batch.builder.MyBatisBatchItemWriterBuilder;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

import org.unionstat.ingest.spool.ImportSpool.Position;
import org.unionstat.ingest.spool.RejectedRow;
import org.unionstat.ingest.spool.StagedRows.AcceptedRow;
import org.unionstat.ingest.spool.StagedRows.CheckedRow;
import org.unionstat.ingest.validate.FirstLines;
import org.unionstat.ingest.validate.Reasons;

/**
 * The load step's writer. Accepted rows go to the import's spool, in line order, unless their code was already
 * accepted from an earlier line (E10: the first occurrence stays); rejected rows go to rejected_row in the chunk's
 * transaction. With every chunk the spool is flushed to disk and its length saved in the step's execution context,
 * so a resumed load cuts the spool back to the last committed chunk and rebuilds the index of codes from it.
 */
public class SpoolingRowWriter implements ItemStreamWriter<CheckedRow> {

    private final MyBatisBatchItemWriter<RejectedRow> rejected;
    private final Path directory;
    private final List<SpoolTable> tables;
    private final SpoolTable keyed;
    private final Reasons reasons;
    private ImportSpool spool;
    private FirstLines firstLines;
    private Map<SpoolTable, Position> positions;

    /**
     * @param tables the spool tables this import fills
     * @param keyed the one of them holding the import's own rows, whose key column E10 is about
     * @param reasons says the reason of a row rejected by E10
     */
    public SpoolingRowWriter(SqlSessionFactory sqlSessionFactory, Path directory, List<SpoolTable> tables, SpoolTable keyed,
            Reasons reasons) {
        // batched inserts with rewriteBatchedStatements report no per-row counts
        this.rejected = new MyBatisBatchItemWriterBuilder<RejectedRow>()
                .sqlSessionFactory(sqlSessionFactory)
                .statementId(RejectedRowMapper.NAMESPACE + "insertRejectedRow")
                .assertUpdates(false)
                .build();
        this.directory = directory;
        this.tables = List.copyOf(tables);
        this.keyed = keyed;
        this.reasons = reasons;
    }

    /** The execution context key of the number of records spooled for a table (promoted for the merge). */
    public static String recordsKey(SpoolTable table) {
        return "spool." + table.fileName() + ".records";
    }

    private static String bytesKey(SpoolTable table) {
        return "spool." + table.fileName() + ".bytes";
    }

    @Override
    public void open(ExecutionContext context) {
        Map<SpoolTable, Position> saved = new EnumMap<>(SpoolTable.class);
        for (SpoolTable table : tables) {
            if (context.containsKey(bytesKey(table))) {
                saved.put(table, new Position(context.getLong(bytesKey(table)), context.getLong(recordsKey(table))));
            }
        }
        spool = ImportSpool.open(directory, tables, saved);
        firstLines = new FirstLines();
        if (!saved.isEmpty()) {
            ImportSpool.forEachKey(directory, keyed, firstLines::putIfAbsent);
        }
        positions = saved.isEmpty() ? null : saved;
    }

    @Override
    public void write(Chunk<? extends CheckedRow> chunk) throws Exception {
        List<RejectedRow> rejectedRows = new ArrayList<>();
        for (CheckedRow row : chunk) {
            if (row instanceof AcceptedRow accepted) {
                long firstLine = firstLines.putIfAbsent(accepted.key(), accepted.line());
                if (firstLine == 0) {
                    accepted.records().forEach(spool::append);
                } else {
                    rejectedRows.add(repeated(accepted, firstLine));
                }
            } else {
                rejectedRows.add((RejectedRow) row);
            }
        }
        rejected.write(new Chunk<>(rejectedRows));
        positions = spool.flush();
    }

    private RejectedRow repeated(AcceptedRow row, long firstLine) {
        return RejectedRow.repeated(row.importId(), row.line(), row.key(), row.raw(), keyed.keyColumn(), firstLine, reasons);
    }

    @Override
    public void update(ExecutionContext context) {
        if (positions == null) {
            return;
        }
        positions.forEach((table, position) -> {
            context.putLong(bytesKey(table), position.bytes());
            context.putLong(recordsKey(table), position.records());
        });
    }

    @Override
    public void close() {
        if (spool != null) {
            spool.close();
            spool = null;
        }
        firstLines = null;
    }
}
