package org.unionstat.testing;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.unionstat.domain.Uscc;
import org.unionstat.ingest.source.Column;
import org.unionstat.ingest.source.InputLayout;
import org.unionstat.ingest.source.SourceRow;

/** Test data: valid codes, quarterly report and registry rows with sensible defaults, CSV text. */
public final class Reports {

    public static final List<String> REPORT_KEYS = keys(InputLayout.QUARTERLY_REPORT);
    public static final List<String> REGISTRY_KEYS = keys(InputLayout.UNIT_REGISTRY);

    private Reports() {
    }

    /** A valid union code (begins with 81), distinct for each n. */
    public static String unionId(int n) {
        return withCheck(String.format("81110105MC%07d", n));
    }

    /** A valid unit code, distinct for each n. */
    public static String unitId(int n) {
        return withCheck(String.format("91110105MA%07d", n));
    }

    public static String withCheck(String first17) {
        return first17 + Uscc.checkCharacter(first17);
    }

    /**
     * A report row that passes every rule: union n in unit n, 朝阳区, industry C, 100 employees, 90 members (members
     * may be lowered to 40 and stay consistent).
     */
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

    public static Map<String, String> report(String period, int n, String key, String value) {
        Map<String, String> row = report(period, n);
        row.put(key, value);
        return row;
    }

    /** A registry row that passes every rule: unit n, 朝阳区, industry C, 30 employees. */
    public static Map<String, String> unit(int n) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("unit_id", unitId(n));
        row.put("unit_name", "第" + n + "单位有限公司");
        row.put("district_code", "110105");
        row.put("industry_code", "C");
        row.put("employees", "30");
        return row;
    }

    /**
     * A file of the reports of unions {@code first} … {@code last} ({@link #report}), and when {@code withBadRow} one
     * more whose members are negative (E02).
     */
    public static Path reportsFile(Path file, String period, int first, int last, boolean withBadRow) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (int n = first; n <= last; n++) {
            rows.add(report(period, n));
        }
        if (withBadRow) {
            rows.add(report(period, last + 1, "members", "-3"));
        }
        return write(file, csv(REPORT_KEYS, rows));
    }

    /** A registry file of units {@code first} … {@code last} ({@link #unit}). */
    public static Path registryFile(Path file, int first, int last) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (int n = first; n <= last; n++) {
            rows.add(unit(n));
        }
        return write(file, csv(REGISTRY_KEYS, rows));
    }

    /** CSV text (LF) with the keys as header, cells in that order. */
    @SafeVarargs
    public static String csv(List<String> keys, Map<String, String>... rows) {
        return csv(keys, List.of(rows));
    }

    /** CSV text (LF) with the keys as header, cells in that order. */
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

    @SafeVarargs
    public static String reportsCsv(Map<String, String>... rows) {
        return csv(REPORT_KEYS, rows);
    }

    @SafeVarargs
    public static String registryCsv(Map<String, String>... rows) {
        return csv(REGISTRY_KEYS, rows);
    }

    public static Path write(Path file, String text) {
        return write(file, text, StandardCharsets.UTF_8);
    }

    public static Path write(Path file, String text, Charset charset) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.write(file, text.getBytes(charset));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SourceRow row(long line, Map<String, String> cells) {
        return new SourceRow(line, cells, String.join(",", cells.values()));
    }

    private static List<String> keys(InputLayout layout) {
        return layout.columns().stream().map(Column::key).toList();
    }
}
