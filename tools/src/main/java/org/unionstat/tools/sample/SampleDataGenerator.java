package org.unionstat.tools.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.unionstat.domain.District;
import org.unionstat.domain.Period;
import org.unionstat.domain.ReferenceData;
import org.unionstat.domain.QualityRule;
import org.unionstat.domain.RejectCode;
import org.unionstat.text.Messages;

/**
 * Writes the sample data set: two years of unit registry and eight quarters of reports, one file per district per
 * quarter plus one or two correction files, in the mixed shapes real submissions come in, with a few percent of
 * rows made to break each rule of docs/inputs.md#validation. Deterministic: the same reference data and seed give the same files.
 * One quarter's reports are held in memory at a time (the registry is streamed); the large benchmark form is
 * {@link BenchDataGenerator}.
 */
public final class SampleDataGenerator {

    public static final long DEFAULT_SEED = 20_260_930L;
    public static final int DEFAULT_UNIONS = 2000;
    /** Share of a quarter's rows made bad on purpose (at least one per code E01–E10 in every quarter). */
    static final double DEFECT_RATE = 0.025;

    private static final Pattern QUARTER_DIRECTORY = Pattern.compile("\\d{4}Q[1-4]");
    private static final Pattern GENERATED_FILE = Pattern.compile("registry-\\d{4}\\.(csv|xlsx)|README\\.md");
    private static final long STYLE = 30;
    private static final long QUARTER = 31;
    private static final long ORDER = 32;
    private static final long RENDER = 33;
    private static final String[] REMARKS = {"已核对", "新成立工会", "含劳务派遣人员", "数据经单位负责人确认", "较上季度职工减少",
            "会员人数含离退休会员", "京卡办理中"};

    /** What a planted union's reports show, for the README (Population.report makes them). */
    private static final Map<QualityRule, String> PLANTED = Map.of(
            QualityRule.Q01, "employees four times the usual in 2026Q3 (Q03 flags it too)",
            QualityRule.Q02, "2026Q2 and 2026Q3 repeat 2026Q1 count for count: flagged in 2026Q3 (2026Q2 is a near miss)",
            QualityRule.Q03, "employees three times the registry's, every quarter",
            QualityRule.Q04, "95 to 100 activities, every quarter",
            QualityRule.Q05, "every member evaluated and satisfied (100 %), every quarter",
            QualityRule.Q06, "every employee a member (500 or more), every quarter");

    private final ReferenceData reference;
    private final long seed;

    public SampleDataGenerator(ReferenceData reference, long seed) {
        this.reference = reference;
        this.seed = seed;
    }

    /** Writes the data set into {@code out}, replacing the registries, quarter directories and README.md found there. */
    public SampleDataSummary generate(Path out, int unionsPerQuarter) throws IOException {
        if (unionsPerQuarter < 1) {
            throw new IllegalArgumentException("unions per quarter must be positive: " + unionsPerQuarter);
        }
        Population population = new Population(reference, seed, true);
        int slots = population.slotsFor(unionsPerQuarter);
        population.plant(slots);
        clean(out);
        Files.createDirectories(out);
        List<SampleDataSummary.GeneratedFile> files = new ArrayList<>();

        RegistryWriter registry = new RegistryWriter(population, seed);
        FileStyle registry2024 = new FileStyle(FileStyle.Format.CSV_UTF8_BOM, true, false, false, false,
                FileStyle.Numbers.THOUSANDS, FileStyle.DateForm.ISO, false, FileStyle.PeriodForm.CANONICAL, true, false,
                false, false, "Sheet1");
        FileStyle registry2025 = new FileStyle(FileStyle.Format.XLSX, true, false, true, false, FileStyle.Numbers.PLAIN,
                FileStyle.DateForm.ISO, false, FileStyle.PeriodForm.CANONICAL, false, false, false, false, "单位名录");
        List<SampleDataSummary.RegistryFile> registries = List.of(
                registry.write(out.resolve("registry-2024.csv"), "registry-2024.csv", 2024, slots, registry2024,
                        List.of(RejectCode.E05, RejectCode.E01)),
                registry.write(out.resolve("registry-2025.xlsx"), "registry-2025.xlsx", 2025, slots, registry2025,
                        List.of(RejectCode.E10, RejectCode.E06)));
        files.add(new SampleDataSummary.GeneratedFile("registry-2024.csv", registry2024.format().label(),
                "UTF-8 CSV with BOM, Chinese headers, CRLF, thousands separators", registries.get(0).rows(),
                registries.get(0).defects(), false));
        files.add(new SampleDataSummary.GeneratedFile("registry-2025.xlsx", registry2025.format().label(),
                "XLSX, Chinese headers, columns reordered", registries.get(1).rows(), registries.get(1).defects(), false));

        List<SampleDataSummary.QuarterTotals> quarters = new ArrayList<>();
        for (int q = 0; q < Population.QUARTERS.size(); q++) {
            quarters.add(quarter(out, population, slots, q, files));
        }
        SampleDataSummary summary = new SampleDataSummary(seed, registries, quarters, List.copyOf(files));
        List<String> planted = new ArrayList<>();
        population.plants().entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(e -> planted.add("| " + e.getValue().code() + " "
                + Messages.inChinese().rule(e.getValue()) + " | `" + population.union(e.getKey()).id() + "` | "
                + PLANTED.get(e.getValue()) + " |"));
        Files.writeString(out.resolve("README.md"), SampleDataReadme.render(summary, reference, unionsPerQuarter,
                planted));
        return summary;
    }

    private SampleDataSummary.QuarterTotals quarter(Path out, Population population, int slots, int q,
            List<SampleDataSummary.GeneratedFile> files) throws IOException {
        Period period = Population.QUARTERS.get(q);
        List<District> districts = population.districts();
        int nd = districts.size();
        Rng r = Rng.of(seed, QUARTER, q);

        List<List<ReportRow>> byDistrict = new ArrayList<>();
        for (int d = 0; d < nd; d++) {
            byDistrict.add(new ArrayList<>());
        }
        List<ReportRow> candidates = new ArrayList<>();
        for (int slot = 0; slot < slots; slot++) {
            Population.Union union = population.union(slot);
            if (population.files(union, q)) {
                ReportRow row = ReportRow.of(population.report(union, q));
                row.district = union.district();
                row.planted = population.planted(union) != null;
                byDistrict.get(union.district()).add(row);
                // a planted doubtful figure (docs/data-quality.md) stays accepted and as it is
                if (!union.forced() && !row.planted) {
                    candidates.add(row);
                }
            }
        }
        FileStyle[] styles = styles(q, nd);

        // the intentionally bad rows: every code at least once a quarter, about DEFECT_RATE of the rows in all
        r.shuffle(candidates);
        int total = byDistrict.stream().mapToInt(List::size).sum();
        int bad = Math.min(candidates.size(), Math.max(Defects.REPORT_CODES.size(), (int) Math.round(total * DEFECT_RATE)));
        for (int j = 0; j < bad; j++) {
            ReportRow row = candidates.get(j);
            RejectCode code = Defects.REPORT_CODES.get(j % Defects.REPORT_CODES.size());
            int variant = j / Defects.REPORT_CODES.size();
            if (code == RejectCode.E10) {
                row.duplicated = true;
            } else {
                Defects.apply(code, variant, row, styles[row.district], r);
            }
        }
        // names a spreadsheet would take for a formula; the rows are valid and must stay text in every output
        String[] formulaNames = {"=HYPERLINK(\"http://example.invalid/\",\"%s\")", "+%s",
                q % 2 == 0 ? "-%s" : "@%s"};
        for (int j = 0; j < formulaNames.length && bad + j < candidates.size(); j++) {
            ReportRow row = candidates.get(bad + j);
            row.cells.put(ReportColumn.UNION_NAME, String.format(Locale.ROOT, formulaNames[j], row.report.unionName()));
            row.formulaName = true;
        }

        int files0 = files.size();
        Map<RejectCode, Integer> quarterDefects = new TreeMap<>();
        Set<String> acceptedUnions = new LinkedHashSet<>();
        int rows = 0;
        int acceptedRows = 0;
        int correctionRows = 0;
        Path dir = out.resolve(period.toString());
        Files.createDirectories(dir);
        for (int d = 0; d < nd; d++) {
            List<ReportRow> fileRows = withDuplicates(population, byDistrict.get(d), Rng.of(seed, ORDER, q, d));
            String name = districts.get(d).code() + "-" + districts.get(d).name() + "." + styles[d].format().extension();
            files.add(writeReportFile(dir, period + "/" + name, styles[d], fileRows, Rng.of(seed, RENDER, q, d), false));
        }

        // resubmissions: one or two districts send a correction file, named to sort after the originals
        List<Integer> eligible = new ArrayList<>();
        for (int d = 0; d < nd; d++) {
            if (byDistrict.get(d).stream().anyMatch(row -> row.defect != null)) {
                eligible.add(d);
            }
        }
        r.shuffle(eligible);
        int corrections = Math.min(eligible.size(), r.chance(0.5) ? 2 : 1);
        for (int c = 0; c < corrections; c++) {
            int d = eligible.get(c);
            List<ReportRow> fixes = correctionRows(population, byDistrict.get(d), r);
            FileStyle style = FileStyle.random(Rng.of(seed, STYLE, q, 100 + c),
                    c == 0 ? FileStyle.Format.CSV_UTF8_BOM : FileStyle.Format.XLSX).withRemark();
            String name = "zz-更正-" + districts.get(d).code() + "-" + districts.get(d).name() + "."
                    + style.format().extension();
            files.add(writeReportFile(dir, period + "/" + name, style, fixes, Rng.of(seed, RENDER, q, 100 + c), true));
        }

        for (SampleDataSummary.GeneratedFile f : files.subList(files0, files.size())) {
            rows += f.rows();
            if (f.correction()) {
                correctionRows += f.rows();
            }
            f.defects().forEach((code, n) -> quarterDefects.merge(code, n, Integer::sum));
        }
        int defects = quarterDefects.values().stream().mapToInt(Integer::intValue).sum();
        acceptedRows = rows - defects;
        int formula = 0;
        for (List<ReportRow> districtRows : byDistrict) {
            for (ReportRow row : districtRows) {
                // a union whose only row is bad counts only if a correction file files it again
                if (row.defect == null || row.corrected) {
                    acceptedUnions.add(row.report.unionId());
                }
                formula += row.formulaName ? 1 : 0;
            }
        }
        return new SampleDataSummary.QuarterTotals(period, files.size() - files0, rows, correctionRows, quarterDefects,
                acceptedRows, acceptedUnions.size(), formula);
    }

    /** The file formats of a quarter's district files: every kind every quarter, in a different order each time. */
    private FileStyle[] styles(int q, int nd) {
        FileStyle.Format[] pattern = {FileStyle.Format.CSV_UTF8, FileStyle.Format.CSV_UTF8_BOM, FileStyle.Format.CSV_GBK,
                FileStyle.Format.XLSX, FileStyle.Format.CSV_UTF8, FileStyle.Format.CSV_GBK, FileStyle.Format.CSV_UTF8_BOM,
                FileStyle.Format.CSV_UTF8, FileStyle.Format.XLSX, FileStyle.Format.CSV_UTF8, FileStyle.Format.CSV_GBK,
                FileStyle.Format.CSV_UTF8_BOM, FileStyle.Format.XLSX, FileStyle.Format.CSV_UTF8, FileStyle.Format.CSV_GBK,
                FileStyle.Format.CSV_UTF8_BOM, FileStyle.Format.CSV_UTF8};
        List<FileStyle.Format> formats = new ArrayList<>();
        for (int d = 0; d < nd; d++) {
            formats.add(pattern[d % pattern.length]);
        }
        Rng.of(seed, STYLE, q).shuffle(formats);
        FileStyle[] styles = new FileStyle[nd];
        for (int d = 0; d < nd; d++) {
            styles[d] = FileStyle.random(Rng.of(seed, STYLE, q, d), formats.get(d));
        }
        return styles;
    }

    /** The district's rows in a shuffled order, each duplicated row followed somewhere later by its second row (E10). */
    private static List<ReportRow> withDuplicates(Population population, List<ReportRow> rows, Rng r) {
        List<ReportRow> ordered = new ArrayList<>(rows);
        r.shuffle(ordered);
        for (ReportRow row : rows) {
            if (row.duplicated) {
                ReportRow second = ReportRow.of(population.revised(row.report));
                second.defect = RejectCode.E10;
                second.defectNote = "second row of the same union_id in the file";
                ordered.add(r.between(ordered.indexOf(row) + 1, ordered.size()), second);
            }
        }
        return ordered;
    }

    /** A correction file's rows: bad rows of the district filed again correctly, and a few revised good ones. */
    private static List<ReportRow> correctionRows(Population population, List<ReportRow> districtRows, Rng r) {
        List<ReportRow> fixes = new ArrayList<>();
        List<ReportRow> good = new ArrayList<>();
        for (ReportRow row : districtRows) {
            if (row.defect != null && fixes.size() < 4) {
                ReportRow fixed = ReportRow.of(population.resubmitted(row.report));
                fixed.remark = "更正：原报表" + remarkFor(row.defect);
                row.corrected = true;
                fixes.add(fixed);
            } else if (row.defect == null && !row.duplicated && !row.formulaName && !row.planted) {
                good.add(row);
            }
        }
        r.shuffle(good);
        for (ReportRow row : good.subList(0, Math.min(good.size(), r.between(2, 4)))) {
            ReportRow revised = ReportRow.of(population.revised(row.report));
            revised.remark = "更正：会员人数调整";
            fixes.add(revised);
        }
        return fixes;
    }

    private static String remarkFor(RejectCode code) {
        return switch (code) {
            case E01 -> "漏填必填项";
            case E02, E09 -> "人数填写有误";
            case E03 -> "报送日期填写有误";
            case E04 -> "工会统一社会信用代码填写有误";
            case E05 -> "单位统一社会信用代码填写有误";
            case E06 -> "区县代码填写有误";
            case E07 -> "行业代码填写有误";
            case E08 -> "报告期填写有误";
            default -> "有误";
        };
    }

    private SampleDataSummary.GeneratedFile writeReportFile(Path dir, String relativePath, FileStyle style,
            List<ReportRow> rows, Rng r, boolean correction) throws IOException {
        List<ReportColumn> columns = style.reportColumns(r);
        List<String> header = new ArrayList<>();
        for (ReportColumn c : columns) {
            header.add(style.header(c));
        }
        if (style.remark()) {
            header.add(style.remarkHeader());
        }
        Map<RejectCode, Integer> defects = new TreeMap<>();
        Path file = dir.resolve(relativePath.substring(relativePath.indexOf('/') + 1));
        try (TableWriter out = TableWriter.open(file, style)) {
            out.row(header);
            for (ReportRow row : rows) {
                if (style.blankLines() && r.chance(0.02)) {
                    out.blankLine();
                }
                out.row(render(row, columns, style, r));
                if (row.defect != null) {
                    defects.merge(row.defect, 1, Integer::sum);
                }
            }
            if (style.blankLines()) {
                out.blankLine();
            }
        }
        return new SampleDataSummary.GeneratedFile(relativePath, style.format().label(), style.describe(), rows.size(),
                defects, correction);
    }

    private static List<Object> render(ReportRow row, List<ReportColumn> columns, FileStyle style, Rng r) {
        List<Object> cells = new ArrayList<>(columns.size() + 1);
        for (ReportColumn column : columns) {
            Object value = row.cells.get(column);
            if (value instanceof Period p) {
                value = style.periodForm().format(p);
            }
            if (value instanceof String s) {
                boolean code = column == ReportColumn.UNION_ID || column == ReportColumn.UNIT_ID
                        || column == ReportColumn.COVERED_UNIT_IDS;
                if (code && style.lowerCaseIds() && r.chance(0.1)) {
                    s = s.toLowerCase(Locale.ROOT);
                }
                if (style.paddedCells() && r.chance(0.15)) {
                    s = " " + s + " ";
                }
                value = s;
            }
            cells.add(value);
        }
        if (style.remark()) {
            String remark = row.remark;
            if (remark == null && r.chance(0.12)) {
                remark = REMARKS[r.nextInt(REMARKS.length)];
            }
            cells.add(remark);
        }
        return cells;
    }

    /** Removes what an earlier run wrote (registries, quarter directories, README.md) and nothing else. */
    static void clean(Path out) throws IOException {
        if (!Files.isDirectory(out)) {
            return;
        }
        List<Path> doomed = new ArrayList<>();
        try (Stream<Path> entries = Files.list(out)) {
            for (Path p : (Iterable<Path>) entries::iterator) {
                String name = p.getFileName().toString();
                if (Files.isDirectory(p) && QUARTER_DIRECTORY.matcher(name).matches()) {
                    try (Stream<Path> tree = Files.walk(p)) {
                        tree.sorted(Comparator.reverseOrder()).forEach(doomed::add);
                    }
                } else if (Files.isRegularFile(p) && GENERATED_FILE.matcher(name).matches()) {
                    doomed.add(p);
                }
            }
        }
        for (Path p : doomed) {
            Files.delete(p);
        }
    }
}
