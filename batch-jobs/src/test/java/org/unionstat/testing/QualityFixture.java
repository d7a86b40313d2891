package org.unionstat.testing;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A hand-made world for the data-quality rules (docs/data-quality.md), written straight into the tables: in 2041Q3
 * one case of Q01 and Q03–Q06 and a near miss of each, in 2042Q3 one case of Q02 and its near misses. Short names
 * stand for identifiers: union U07 is {@code 81000000000041U07}-like ({@link #union}), unit B13 likewise
 * ({@link #unit}). The arithmetic is in {@code QualityFlaggingTests}.
 */
public final class QualityFixture {

    public static final String HAIDIAN = "110108";
    public static final String CHAOYANG = "110105";
    public static final List<String> PERIODS = List.of("2041Q1", "2041Q2", "2041Q3", "2041Q4", "2041", "2042Q1",
            "2042Q2", "2042Q3", "2042");
    static final long IMPORT_ID = 9_100_000_000L;

    /**
     * period union district employees members activities evaluated satisfied basically dissatisfied [covered unit]:
     * migrant employees and members, info_collected and cards_issued are 0 throughout.
     */
    static final String REPORTS = """
            # Q01: nine unions with a report of 2041Q2 and of 2041Q3 (employees, members change)
            2041Q2 U01 110108  99  1 6 0 0 0 0
            2041Q3 U01 110108 109  1 6 0 0 0 0
            2041Q2 U02 110108  99  1 6 0 0 0 0
            2041Q3 U02 110108 104  1 6 0 0 0 0
            2041Q2 U03 110108  99  1 6 0 0 0 0
            2041Q3 U03 110108  99 41 6 0 0 0 0
            2041Q2 U04 110108  99  1 6 0 0 0 0
            2041Q3 U04 110108  94  1 6 0 0 0 0
            2041Q2 U05 110105  99  1 6 0 0 0 0
            2041Q3 U05 110105  89  1 6 0 0 0 0
            2041Q2 U06 110105  99  1 6 0 0 0 0
            2041Q3 U06 110105 119  1 6 0 0 0 0
            2041Q1 U07 110105  99  1 6 0 0 0 0
            2041Q3 U07 110105 399  1 6 0 0 0 0
            2041Q2 U08 110105   1  1 6 0 0 0 0
            2041Q3 U08 110105   9  1 6 0 0 0 0
            2041Q2 U09 110105  99  1 6 0 0 0 0
            2041Q3 U09 110105 234  1 6 0 0 0 0
            # Q03: new unions of 2041Q3, their units in the registry of 2040
            2041Q3 U13 110108 201 100 6 0 0 0 0
            2041Q3 U14 110108 200 100 6 0 0 0 0
            2041Q3 U15 110108  61  30 6 0 0 0 0
            2041Q3 U16 110108  99  50 6 0 0 0 0
            2041Q3 U17 110108 220 110 6 0 0 0 0 B27
            # Q04-Q06: new unions of 2041Q3
            2041Q3 U18 110105  30  20 91 0 0 0 0
            2041Q3 U19 110105  30  20 90 0 0 0 0
            2041Q3 U20 110105 150 120 6 100 60 40 0
            2041Q3 U21 110105 150 120 6  99 60 39 0
            2041Q3 U22 110105 150 120 6 100 60 39 1
            2041Q3 U23 110105 500 500 6 0 0 0 0
            2041Q3 U24 110105 499 499 6 0 0 0 0
            2041Q3 U25 110105 600 599 6 0 0 0 0
            # Q02: three quarters of 2042
            2042Q1 U10 110108  60  50 5 0 0 0 0
            2042Q2 U10 110108  60  50 5 0 0 0 0
            2042Q3 U10 110108  60  50 5 0 0 0 0
            2042Q1 U11 110108  60  50 5 0 0 0 0
            2042Q2 U11 110108  60  50 6 0 0 0 0
            2042Q3 U11 110108  60  50 6 0 0 0 0
            2042Q1 U12 110108  49  40 5 0 0 0 0
            2042Q2 U12 110108  49  40 5 0 0 0 0
            2042Q3 U12 110108  49  40 5 0 0 0 0
            """;

    /** year unit employees: 2041 has no registry, so 2041Q3 uses 2040's; 2042's is a decoy. */
    static final String REGISTRY = """
            2040 B13 100
            2040 B14 100
            2040 B15  30
            2040 B16 200
            2040 B17 100
            2040 B27 120
            2042 B13 201
            2042 B16  99
            """;

    private final JdbcTemplate jdbc;

    public QualityFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** 81 + 13 zeros + the short name: 18 characters, as stored. */
    public static String union(String shortName) {
        return "810000000000041" + shortName;
    }

    public static String unit(String shortName) {
        return "910000000000041" + shortName;
    }

    /** Files the same report of union {@code shortName} again, for {@code to}. */
    public void copyReport(String shortName, String from, String to) {
        jdbc.update("INSERT INTO quarterly_report (period, union_id, union_name, unit_id, district_code, industry_code,"
                + " employees, members, migrant_employees, migrant_members, info_collected, cards_issued, evaluated,"
                + " satisfied, basically_satisfied, dissatisfied, activities, submitted_on, import_id, source_line)"
                + " SELECT ?, union_id, union_name, unit_id, district_code, industry_code, employees, members,"
                + " migrant_employees, migrant_members, info_collected, cards_issued, evaluated, satisfied,"
                + " basically_satisfied, dissatisfied, activities, submitted_on, import_id, source_line"
                + " FROM quarterly_report WHERE period = ? AND union_id = ?", to, from, union(shortName));
    }

    public void reset() {
        for (String period : PERIODS) {
            for (String table : List.of("quarterly_report", "report_covered_unit", "quality_flag", "followup_answer",
                    "indicator_result", "score_result", "computed_period")) {
                jdbc.update("DELETE FROM " + table + " WHERE period = ?", period);
            }
        }
        jdbc.update("DELETE FROM unit_registry WHERE registry_year IN (2040, 2041, 2042)");
    }

    public void load() {
        reset();
        long line = 1;
        for (String text : REPORTS.strip().split("\n")) {
            if (text.startsWith("#")) {
                continue;
            }
            String[] r = text.trim().split("\\s+");
            String union = union(r[1]);
            String unit = unit("B" + r[1].substring(1));
            jdbc.update("INSERT INTO quarterly_report (period, union_id, union_name, unit_id, district_code,"
                    + " industry_code, employees, members, migrant_employees, migrant_members, info_collected,"
                    + " cards_issued, evaluated, satisfied, basically_satisfied, dissatisfied, activities, submitted_on,"
                    + " import_id, source_line) VALUES (?, ?, ?, ?, ?, 'C', ?, ?, 0, 0, 0, 0, ?, ?, ?, ?, ?, ?, ?, ?)",
                    r[0], union, "工会" + r[1], unit, r[2], Long.parseLong(r[3]), Long.parseLong(r[4]),
                    Long.parseLong(r[6]), Long.parseLong(r[7]), Long.parseLong(r[8]), Long.parseLong(r[9]),
                    Long.parseLong(r[5]), Date.valueOf(LocalDate.of(2041, 1, 1)), IMPORT_ID, line++);
            if (r.length > 10) {
                jdbc.update("INSERT INTO report_covered_unit (period, union_id, unit_id) VALUES (?, ?, ?)", r[0], union,
                        unit(r[10]));
            }
        }
        for (String text : REGISTRY.strip().split("\n")) {
            String[] u = text.trim().split("\\s+");
            jdbc.update("INSERT INTO unit_registry (registry_year, unit_id, unit_name, district_code, industry_code,"
                    + " employees, import_id, source_line) VALUES (?, ?, ?, '110108', 'C', ?, ?, 0)",
                    Integer.parseInt(u[0]), unit(u[1]), "单位" + u[1], Long.parseLong(u[2]), IMPORT_ID);
        }
    }
}
