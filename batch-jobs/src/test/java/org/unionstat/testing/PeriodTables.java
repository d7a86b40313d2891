package org.unionstat.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;

import org.unionstat.ingest.spool.ImportSpool;
import org.unionstat.ingest.spool.SpoolTable;

/**
 * Reading and clearing what imports and computations stored for the periods a test uses (quarters, or years for the
 * registries and the annual figures); other tests' data is left alone.
 */
public final class PeriodTables {

    private final JdbcTemplate jdbc;
    private final Path spoolRoot;

    /** @param spoolRoot the imports' spool directory ({@code unionstat.ingest.spool-dir}), read by {@link #staged} */
    public PeriodTables(JdbcTemplate jdbc, Path spoolRoot) {
        this.jdbc = jdbc;
        this.spoolRoot = spoolRoot;
    }

    /** Without the spool: for what the database holds only. */
    public PeriodTables(JdbcTemplate jdbc) {
        this(jdbc, null);
    }

    /** Removes what imports and computations stored for these periods (a year also removes its registry). */
    public void clear(String... periods) {
        for (String period : periods) {
            jdbc.update("DELETE FROM rejected_row WHERE import_id IN (SELECT import_id FROM import_file WHERE period = ?)", period);
            jdbc.update("DELETE FROM import_file WHERE period = ?", period);
            jdbc.update("DELETE FROM report_covered_unit WHERE period = ?", period);
            jdbc.update("DELETE FROM quarterly_report WHERE period = ?", period);
            jdbc.update("DELETE FROM indicator_result WHERE period = ?", period);
            jdbc.update("DELETE FROM score_result WHERE period = ?", period);
            jdbc.update("DELETE FROM computed_period WHERE period = ?", period);
            if (period.length() == 4) {
                jdbc.update("DELETE FROM unit_registry WHERE registry_year = ?", Integer.parseInt(period));
            }
        }
    }

    /** How many reports of a quarter are stored. */
    public long reportCount(String period) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM quarterly_report WHERE period = ?", Long.class, period);
    }

    /** union_id → members of a quarter's stored reports. */
    public Map<String, Long> members(String period) {
        Map<String, Long> members = new TreeMap<>();
        jdbc.query("SELECT union_id, members FROM quarterly_report WHERE period = ?",
                rs -> {
                    members.put(rs.getString(1).strip(), rs.getLong(2));
                }, period);
        return members;
    }

    /** Every stored report of a quarter as comparable text (the source line included, the import id left out), by union. */
    public List<String> reports(String period) {
        return jdbc.queryForList("SELECT CONCAT(union_id, '|', union_name, '|', unit_id, '|', district_code, '|',"
                + " industry_code, '|', employees, '|', members, '|', migrant_employees, '|', migrant_members, '|',"
                + " info_collected, '|', cards_issued, '|', evaluated, '|', satisfied, '|', basically_satisfied, '|',"
                + " dissatisfied, '|', activities, '|', submitted_on, '|', source_line)"
                + " FROM quarterly_report WHERE period = ? ORDER BY union_id", String.class, period);
    }

    /** Every union and unit a quarter's reports cover, as {@code union|unit}, in order. */
    public List<String> coveredUnits(String period) {
        return jdbc.queryForList("SELECT CONCAT(union_id, '|', unit_id) FROM report_covered_unit WHERE period = ?"
                + " ORDER BY union_id, unit_id", String.class, period);
    }

    public List<String> coveredUnits(String period, String unionId) {
        return jdbc.queryForList("SELECT unit_id FROM report_covered_unit WHERE period = ? AND union_id = ? ORDER BY unit_id",
                String.class, period, unionId);
    }

    public long importIdOf(String period, String unionId) {
        return jdbc.queryForObject("SELECT import_id FROM quarterly_report WHERE period = ? AND union_id = ?", Long.class,
                period, unionId);
    }

    public List<String> registry(int year) {
        return jdbc.queryForList("SELECT unit_id FROM unit_registry WHERE registry_year = ? ORDER BY unit_id", String.class, year);
    }

    public long importFiles(String period) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM import_file WHERE period = ?", Long.class, period);
    }

    public List<Map<String, Object>> importFileRows(String period) {
        return jdbc.queryForList("SELECT * FROM import_file WHERE period = ? ORDER BY import_id", period);
    }

    /** Accepted rows of the period's imports waiting in the spool for a merge (reports or registry units). */
    public long staged(String period) throws IOException {
        long staged = 0;
        for (Long importId : jdbc.queryForList("SELECT import_id FROM import_file WHERE period = ?", Long.class, period)) {
            Path directory = ImportSpool.directory(spoolRoot, importId);
            for (SpoolTable table : List.of(SpoolTable.REPORTS, SpoolTable.REGISTRY_UNITS)) {
                Path file = directory.resolve(table.fileName());
                if (Files.exists(file)) {
                    try (Stream<String> lines = Files.lines(file)) {
                        staged += lines.count();
                    }
                }
            }
        }
        return staged;
    }

    /** Whether any import of the period still has a spool directory. */
    public boolean spoolLeft(String period) {
        return jdbc.queryForList("SELECT import_id FROM import_file WHERE period = ?", Long.class, period).stream()
                .anyMatch(id -> Files.exists(ImportSpool.directory(spoolRoot, id)));
    }

    public long rejected(String period) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM rejected_row"
                + " WHERE import_id IN (SELECT import_id FROM import_file WHERE period = ?)", Long.class, period);
    }
}
