package org.unionstat.testing;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hand-made fixtures written straight into the tables the importer fills, from text tables with one row per line
 * (columns split on spaces, {@code #} lines are comments). Short names stand for identifiers: union U07 is
 * 810000000000000U07, unit A03 is 910000000000000A03.
 *
 * <p>A report row reads: period union district industry employees members migrant_employees migrant_members
 * info_collected cards_issued evaluated satisfied basically dissatisfied activities submitted_on unit covered
 * ({@code -} for none, else units separated by {@code ;}).
 */
public final class FixtureTables {

    private final JdbcTemplate jdbc;
    /** Import ids unique to this run, so a database kept between runs never sees the same inputs twice. */
    private long nextImportId;

    /** @param salt keeps the import ids of fixtures created in the same millisecond apart */
    public FixtureTables(JdbcTemplate jdbc, int salt) {
        this.jdbc = jdbc;
        this.nextImportId = System.currentTimeMillis() * 100 + salt;
    }

    public static String union(String name) {
        return "810000000000000" + name;
    }

    public static String unit(String name) {
        return "910000000000000" + name;
    }

    /** The rows of a text table, each split into its columns. */
    public static List<String[]> rows(String table) {
        return table.strip().lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(l -> l.split("\\s+")).toList();
    }

    /** A new import id for the rows inserted next. */
    public long newImport() {
        return nextImportId++;
    }

    /** One registry unit, named 单位 and its short name. */
    public void insertUnit(long importId, int year, String unit, String district, String industry, long employees) {
        jdbc.update("INSERT INTO unit_registry (registry_year, unit_id, unit_name, district_code, industry_code,"
                + " employees, import_id) VALUES (?, ?, ?, ?, ?, ?, ?)", year, unit(unit), "单位" + unit, district,
                industry, employees, importId);
    }

    /** Every report row of a text table (the layout above), under one new import id. */
    public void insertReports(String table) {
        long importId = newImport();
        for (String[] row : rows(table)) {
            insertReport(importId, row);
        }
    }

    /** One report row (the layout above), named 工会 and its short name, with its covered units. */
    public void insertReport(long importId, String[] r) {
        jdbc.update("INSERT INTO quarterly_report (period, union_id, union_name, unit_id, district_code, industry_code,"
                + " employees, members, migrant_employees, migrant_members, info_collected, cards_issued, evaluated,"
                + " satisfied, basically_satisfied, dissatisfied, activities, submitted_on, import_id, source_line)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                r[0], union(r[1]), "工会" + r[1], unit(r[16]), r[2], r[3], n(r[4]), n(r[5]), n(r[6]), n(r[7]), n(r[8]),
                n(r[9]), n(r[10]), n(r[11]), n(r[12]), n(r[13]), n(r[14]), Date.valueOf(LocalDate.parse(r[15])),
                importId, 2L);
        if (!r[17].equals("-")) {
            for (String covered : r[17].split(";")) {
                jdbc.update("INSERT INTO report_covered_unit (period, union_id, unit_id) VALUES (?, ?, ?)", r[0],
                        union(r[1]), unit(covered));
            }
        }
    }

    private static long n(String text) {
        return Long.parseLong(text);
    }
}
