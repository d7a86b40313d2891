package org.unionstat.testing;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.JdbcTemplate;

import org.unionstat.domain.Uscc;

/** Test data for the operations tests: report and registry files, and clearing the periods a test uses. */
public final class OpsFixtures {

    public static final List<String> REPORT_KEYS = List.of("period", "union_id", "union_name", "unit_id", "covered_unit_ids",
            "district_code", "industry_code", "employees", "members", "migrant_employees", "migrant_members",
            "info_collected", "cards_issued", "evaluated", "satisfied", "basically_satisfied", "dissatisfied",
            "activities", "submitted_on");
    public static final List<String> REGISTRY_KEYS = List.of("unit_id", "unit_name", "district_code", "industry_code", "employees");

    private OpsFixtures() {
    }

    public static String unionId(int n) {
        String first17 = String.format("81110105MC%07d", n);
        return first17 + Uscc.checkCharacter(first17);
    }

    public static String unitId(int n) {
        String first17 = String.format("91110105MA%07d", n);
        return first17 + Uscc.checkCharacter(first17);
    }

    /** A valid report of union n in unit n, 朝阳区, industry C. */
    public static Map<String, String> report(String period, int n) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("period", period);
        row.put("union_id", unionId(n));
        row.put("union_name", "第" + n + "工会");
        row.put("unit_id", unitId(n));
        row.put("covered_unit_ids", "");
        row.put("district_code", "110105");
        row.put("industry_code", "C");
        row.put("employees", "100");
        row.put("members", "90");
        row.put("migrant_employees", "10");
        row.put("migrant_members", "5");
        row.put("info_collected", "40");
        row.put("cards_issued", "30");
        row.put("evaluated", "20");
        row.put("satisfied", "15");
        row.put("basically_satisfied", "4");
        row.put("dissatisfied", "1");
        row.put("activities", "7");
        row.put("submitted_on", "2026-10-08");
        return row;
    }

    /** Reports of unions first … last, with one row rejected (E02) when {@code withBadRow}. */
    public static Path reports(Path file, String period, int first, int last, boolean withBadRow) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (int n = first; n <= last; n++) {
            rows.add(report(period, n));
        }
        if (withBadRow) {
            Map<String, String> bad = report(period, last + 1);
            bad.put("members", "-3");
            rows.add(bad);
        }
        return write(file, csv(REPORT_KEYS, rows));
    }

    public static Path registry(Path file, int first, int last) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (int n = first; n <= last; n++) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("unit_id", unitId(n));
            row.put("unit_name", "第" + n + "单位有限公司");
            row.put("district_code", "110105");
            row.put("industry_code", "C");
            row.put("employees", "30");
            rows.add(row);
        }
        return write(file, csv(REGISTRY_KEYS, rows));
    }

    public static String csv(List<String> keys, List<Map<String, String>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            printer.printRecord(keys);
            for (Map<String, String> row : rows) {
                List<String> cells = new ArrayList<>();
                for (String key : keys) {
                    cells.add(row.getOrDefault(key, ""));
                }
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes what imports and computations stored for these periods (quarters or years). */
    public static void clear(JdbcTemplate jdbc, String... periods) {
        for (String period : periods) {
            jdbc.update("DELETE FROM rejected_row WHERE import_id IN (SELECT import_id FROM import_file WHERE period = ?)",
                    period);
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

    /** Every stored report of a quarter as text, without period and import id, by union. */
    public static List<String> storedReports(JdbcTemplate jdbc, String period) {
        return jdbc.queryForList("SELECT CONCAT(union_id, '|', union_name, '|', unit_id, '|', district_code, '|',"
                + " industry_code, '|', employees, '|', members, '|', migrant_employees, '|', migrant_members, '|',"
                + " info_collected, '|', cards_issued, '|', evaluated, '|', satisfied, '|', basically_satisfied, '|',"
                + " dissatisfied, '|', activities, '|', submitted_on) FROM quarterly_report WHERE period = ?"
                + " ORDER BY union_id", String.class, period);
    }
}
