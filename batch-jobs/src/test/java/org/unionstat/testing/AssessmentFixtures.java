package org.unionstat.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import org.unionstat.domain.Indicator;

/**
 * A small world written straight into the tables the importer and the compute job fill: 2026Q3 with 2026Q2 before
 * it, three ranked districts (朝阳 1st, was 2nd; 海淀 2nd, was 1st; 东城 3rd, new), two ranked industries, unions whose
 * names look like formulas, a union that stopped filing, a late one, and rejected rows of a superseded import and of
 * the latest one. Also the year 2026 against 2025.
 */
public final class AssessmentFixtures {

    public static final String CHAOYANG = "110105";
    public static final String HAIDIAN = "110108";
    public static final String DONGCHENG = "110101";

    public static final String FORMULA_UNION = "81110105MA0000001A";
    public static final String FORMULA_NAME = "=HYPERLINK(\"http://example.invalid\",\"点我\")";
    public static final String PLUS_UNION = "81110108MA0000002B";
    public static final String GOOD_UNION = "81110105MA0000003C";
    public static final String SILENT_UNION = "81110101MA0000004D";

    public static final String SHA_OLD = "1".repeat(64);
    public static final String SHA_A = "a".repeat(64);
    public static final String SHA_B = "b".repeat(64);

    /** Far above any Spring Batch job instance id, which real imports use as their import id. */
    public static final long IMPORT_ID_BASE = 9_000_000_000L;

    private final JdbcTemplate jdbc;

    public AssessmentFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Removes this fixture's rows only: the periods of 2024-2026 and its own import ids. Other test classes share
     * the database (Spring caches one context per configuration), so nothing else is touched.
     */
    public void reset() {
        String periods = "(period LIKE '2024%' OR period LIKE '2025%' OR period LIKE '2026%')";
        for (String table : List.of("indicator_result", "score_result", "quarterly_report", "report_covered_unit")) {
            jdbc.update("DELETE FROM " + table + " WHERE " + periods);
        }
        jdbc.update("DELETE FROM unit_registry WHERE registry_year BETWEEN 2024 AND 2026");
        jdbc.update("DELETE FROM rejected_row WHERE import_id >= ?", IMPORT_ID_BASE);
        jdbc.update("DELETE FROM import_file WHERE import_id >= ? OR " + periods, IMPORT_ID_BASE);
    }

    public void load() {
        reset();
        // scores: 2026Q3 and the quarters before (trend, rank change)
        city("2026Q3", "91.20", "良好");
        district("2026Q3", CHAOYANG, "96.50", 1, "优秀");
        district("2026Q3", HAIDIAN, "90.00", 2, "良好");
        district("2026Q3", DONGCHENG, "80.00", 3, "合格");
        district("2026Q3", "110106", null, null, null);
        industry("2026Q3", "C", "93.00", 1, "良好");
        industry("2026Q3", "F", "70.00", 2, "合格");
        industry("2026Q3", "A", null, null, null);
        score("2026Q3", "district_industry", CHAOYANG, "C", "95.10", null, "优秀");
        city("2026Q2", "88.00", "良好");
        district("2026Q2", HAIDIAN, "92.00", 1, "良好");
        district("2026Q2", CHAOYANG, "91.00", 2, "良好");
        district("2026Q2", DONGCHENG, null, null, null);
        city("2026Q1", "85.00", "良好");
        district("2026Q1", CHAOYANG, "84.00", 1, "合格");

        indicators("2026Q3", "city", "", "", "0.950000", "0.850000");
        indicators("2026Q3", "district", CHAOYANG, "", "0.980000", "0.950000");
        indicators("2026Q3", "district", HAIDIAN, "", "0.920000", "0.800000");
        indicators("2026Q3", "district", DONGCHENG, "", "0.700000", "0.600000");
        indicators("2026Q3", "industry", "", "C", "0.930000", "0.910000");
        indicators("2026Q3", "district_industry", CHAOYANG, "C", "0.990000", "0.990000");
        indicators("2026Q2", "city", "", "", "0.900000", "0.800000");

        // reports: Q2 (expected unions of Q3) and Q3
        report("2026Q2", FORMULA_UNION, FORMULA_NAME, CHAOYANG, 100, 95, 6, LocalDate.of(2026, 7, 5));
        report("2026Q2", PLUS_UNION, "+1", HAIDIAN, 100, 95, 6, LocalDate.of(2026, 7, 5));
        report("2026Q2", SILENT_UNION, "东城某公司工会", DONGCHENG, 40, 38, 6, LocalDate.of(2026, 7, 6));
        report("2026Q3", FORMULA_UNION, FORMULA_NAME, CHAOYANG, 100, 50, 6, LocalDate.of(2026, 10, 10));
        report("2026Q3", PLUS_UNION, "+1", HAIDIAN, 100, 95, 2, LocalDate.of(2026, 10, 20));
        report("2026Q3", GOOD_UNION, "朝阳某公司工会", CHAOYANG, 200, 190, 7, LocalDate.of(2026, 10, 1));

        // imports: reports-a.csv imported twice (the later one counts), a failed try, reports-b.csv, a registry
        importFile(1, "2026Q3", "reports-a.csv", SHA_OLD, "COMPLETED", 9, 7, 2);
        importFile(2, "2026Q3", "reports-b.csv", SHA_B, "COMPLETED", 1, 1, 0);
        importFile(3, "2026Q3", "reports-a.csv", SHA_A, "COMPLETED", 4, 2, 2);
        importFile(4, "2026Q3", "reports-a.csv", "c".repeat(64), "FAILED", 0, 0, 0);
        importFile(10, "2026", "registry-2026.csv", "d".repeat(64), "COMPLETED", 1, 1, 0);
        jdbc.update("INSERT INTO unit_registry (registry_year, unit_id, unit_name, district_code, industry_code,"
                + " employees, import_id) VALUES (2026, '91110105MA0000001X', '某公司', ?, 'C', 100, ?)", CHAOYANG,
                IMPORT_ID_BASE + 10);
        rejected(1, 3, "81110105MA0000009Z", "E02", "职工人数不是整数", "old,row");
        rejected(3, 5, "-2", "E06", "district_code 110199 不在区县表中; 行业代码 @SUM(A1)",
                "2026Q3,-2,@SUM(A1),91110108MA0000005X,,110108,C,10,5");
        rejected(3, 7, FORMULA_UNION, "E10", "重复的工会代码", "2026Q3;" + FORMULA_UNION + ";dup");

        // the year 2026 against 2025
        city("2026", "90.00", "良好");
        district("2026", CHAOYANG, "94.00", 1, "良好");
        district("2026", HAIDIAN, "89.00", 2, "良好");
        district("2026", DONGCHENG, "60.00", 3, "待改进");
        district("2025", DONGCHENG, "70.00", 1, "合格");
        district("2025", CHAOYANG, "65.00", 2, "待改进");
        indicators("2026", "city", "", "", "0.950000", "0.850000");
        indicators("2026", "district", CHAOYANG, "", "0.960000", "0.900000");
    }

    private void city(String period, String score, String grade) {
        score(period, "city", "", "", score, null, grade);
    }

    private void district(String period, String code, String score, Integer rank, String grade) {
        score(period, "district", code, "", score, rank, grade);
    }

    private void industry(String period, String code, String score, Integer rank, String grade) {
        score(period, "industry", "", code, score, rank, grade);
    }

    private void score(String period, String dimension, String district, String industry, String score, Integer rank,
            String grade) {
        jdbc.update("INSERT INTO score_result (period, dimension, district_code, industry_code, score, rank_no, grade)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", period, dimension, district, industry,
                score == null ? null : new BigDecimal(score), rank, grade);
    }

    /** Every indicator: coverage at {@code coverage}, the others at {@code others}, ranked by nothing in particular. */
    private void indicators(String period, String dimension, String district, String industry, String coverage,
            String others) {
        for (Indicator indicator : Indicator.values()) {
            BigDecimal value = new BigDecimal(indicator == Indicator.COVERAGE ? coverage : others);
            BigDecimal target = indicator == Indicator.REPORTING ? BigDecimal.ONE : new BigDecimal("0.90");
            jdbc.update("INSERT INTO indicator_result (period, dimension, district_code, industry_code, indicator,"
                    + " numerator, denominator, ratio, target, met, rank_no) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    period, dimension, district, industry, indicator.key(),
                    value.multiply(BigDecimal.valueOf(1000)).longValue(), 1000, value, target,
                    value.compareTo(target) >= 0 ? "Y" : "N", dimension.equals("district") ? 1 : null);
        }
    }

    private void report(String period, String union, String name, String district, long employees, long members,
            long activities, LocalDate submitted) {
        jdbc.update("INSERT INTO quarterly_report (period, union_id, union_name, unit_id, district_code, industry_code,"
                + " employees, members, migrant_employees, migrant_members, info_collected, cards_issued, evaluated,"
                + " satisfied, basically_satisfied, dissatisfied, activities, submitted_on, import_id, source_line)"
                + " VALUES (?, ?, ?, ?, ?, 'C', ?, ?, 0, 0, ?, ?, 10, 8, 2, 0, ?, ?, ?, 2)",
                period, union, name, "91" + union.substring(2), district, employees, members, members, members,
                activities, submitted, IMPORT_ID_BASE + 3);
    }

    private void importFile(long id, String period, String name, String sha, String status, long read, long accepted,
            long rejected) {
        jdbc.update("INSERT INTO import_file (import_id, kind, period, file_name, file_path, sha256, file_format,"
                + " rows_read, rows_accepted, rows_rejected, status, started_at, completed_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, 'csv', ?, ?, ?, ?, ?, ?)", IMPORT_ID_BASE + id,
                period.length() == 4 ? "registry" : "quarterly",
                period, name, "in/" + name, sha, read, accepted, rejected, status,
                LocalDateTime.of(2026, 10, 21, 9, 0).plusMinutes(id),
                status.equals("COMPLETED") ? LocalDateTime.of(2026, 10, 21, 9, 30).plusMinutes(id) : null);
    }

    private void rejected(long importId, long line, String recordId, String code, String reasons, String raw) {
        jdbc.update("INSERT INTO rejected_row (import_id, source_line, record_id, reason_code, reasons, raw_record)"
                + " VALUES (?, ?, ?, ?, ?, ?)", IMPORT_ID_BASE + importId, line, recordId, code, reasons, raw);
    }
}
