package org.unionstat.report.workbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import org.unionstat.domain.District;
import org.unionstat.domain.Indicator;
import org.unionstat.domain.Industry;
import org.unionstat.domain.Period;
import org.unionstat.domain.ReferenceData;
import org.unionstat.indicators.IndicatorResult;
import org.unionstat.indicators.RankRobustness;
import org.unionstat.indicators.ScoreBreakdown;
import org.unionstat.report.chart.AssessmentCharts;
import org.unionstat.report.chart.AssessmentCharts.ChartImage;
import org.unionstat.report.figures.Anomalies;
import org.unionstat.report.figures.Anomaly;
import org.unionstat.report.figures.AssessmentFigures;
import org.unionstat.report.figures.AssessmentFiguresLoader;
import org.unionstat.report.figures.GroupFigures;
import org.unionstat.report.figures.IndicatorTexts;
import org.unionstat.report.figures.ReportOutput;
import org.unionstat.report.figures.ReportScope;
import org.unionstat.report.figures.WorkbookMapper;
import org.unionstat.report.figures.WorkbookMapper.ReportingGapCount;
import org.unionstat.report.figures.WorkbookMapper.ReportingQuery;
import org.unionstat.report.figures.WorkbookMapper.SourceFile;
import org.unionstat.report.figures.WorkbookStandards;
import org.unionstat.report.template.TemplateWorkbook;
import org.unionstat.report.template.TemplateWorkbook.Picture;
import org.unionstat.report.template.TemplateWorkbook.TableStream;
import org.unionstat.report.template.WorkbookLayouts;
import org.unionstat.report.template.WorkbookTemplates;

/**
 * {@code P/assessment-P.xlsx} and {@code P/charts/*.png} (docs/outputs.md), for a quarter or a year: cover, overview, the
 * district and industry rankings, the district × industry table, the unions falling short, data quality, missing
 * and late reports, and the charts. Layout from {@code templates/assessment.xlsx}.
 */
@Component
@Order(100)
public class AssessmentWorkbookOutput implements ReportOutput {

    /** Rows of a long sheet kept in memory while writing it. */
    static final int WINDOW = 200;
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AssessmentFiguresLoader loader;
    private final WorkbookMapper mapper;
    private final WorkbookRows rows;
    private final AssessmentCharts charts;
    private final WorkbookTemplates templates;
    private final ReferenceData reference;
    private final Clock clock;
    private final Anomalies anomalies;

    public AssessmentWorkbookOutput(AssessmentFiguresLoader loader, WorkbookMapper mapper, WorkbookRows rows,
            AssessmentCharts charts, WorkbookTemplates templates, ReferenceData reference, Clock clock,
            Anomalies anomalies) {
        this.anomalies = anomalies;
        this.loader = loader;
        this.mapper = mapper;
        this.rows = rows;
        this.charts = charts;
        this.templates = templates;
        this.reference = reference;
        this.clock = clock;
    }

    /** The workbook's path for a period under the output directory. */
    static Path file(Path outDir, Period period) {
        return outDir.resolve(period.toString()).resolve("assessment-" + period + ".xlsx");
    }

    @Override
    public void write(Period period, Path outDir) {
        AssessmentFigures figures = loader.load(period);
        List<ChartImage> images = charts.render(figures);
        writeCharts(outDir.resolve(period.toString()).resolve("charts"), images);

        LocalDateTime generated = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        String title = period.label() + " 基层工会工作评估";
        ReportScope scope = ReportScope.of(period);
        WorkbookStandards standards = figures.standards();
        List<ReportingQuery> reporting = scope.reporting(standards);
        try (TemplateWorkbook wb = templates.open(WorkbookLayouts.ASSESSMENT)) {
            Map<String, Object> values = new HashMap<>(rows.placeholders(figures, title, TIME.format(generated)));
            long missing = 0;
            long late = 0;
            for (ReportingQuery query : reporting) {
                ReportingGapCount count = mapper.countReportingGaps(query);
                missing += count.missing();
                late += count.late();
            }
            values.put("missing_count", missing);
            values.put("late_count", late);
            values.put("city_score", orDash(figures.city().score()));
            values.put("city_grade", orDash(figures.city().grade()));
            List<SourceFile> registry = mapper.findRegistrySources(period.year());
            values.put("registry", registry.isEmpty() ? "无（组建率不可用）"
                    : registry.get(0).period() + " 年，" + registry.get(0).fileName());

            wb.fillTable("封面", "sources", sourceRows(mapper.findReportSources(scope.quarterKeys()), registry));
            wb.fillTable("封面", "indicators", definitionRows(standards));
            wb.fillTable("概览", "city", cityRows(figures));
            wb.fillTable("概览", "extremes", extremeRows(figures));
            wb.fillTable("概览", "grades", gradeRows(figures));
            wb.fillTable("区县排名", "districts", rankingRows(figures, figures.districts(), true));
            wb.fillTable("行业排名", "industries", rankingRows(figures, figures.industries(), false));
            wb.expandColumns("区县×行业", "industries",
                    reference.industries().stream().map(i -> i.code() + " " + i.name()).toList());
            wb.fillTable("区县×行业", "matrix", matrixRows(figures));
            wb.fillTable("区县×行业明细", "pairs", pairRows(figures));
            wb.fillTable("数据质量", "reasons", rows.reasonRows(mapper.countRejectedRows(scope.quarterKeys())));
            wb.addPictures("图表", images.stream().map(i -> new Picture(i.png(), i.width(), i.height())).toList());
            // the doubtful figures last of the sheets written in place: they are found while the above is written
            List<Anomaly> flagged = anomalies.of(period);
            values.put("anomaly_summary", rows.anomalySummary(flagged));
            wb.fill(values);
            // a template made before the doubtful figures were listed is written without them
            boolean withAnomalies = wb.hasTable(WorkbookLayouts.ANOMALIES_SHEET, "anomalies");
            if (wb.hasTable(WorkbookLayouts.ANOMALIES_SHEET, "anomaly_counts")) {
                wb.fillTable(WorkbookLayouts.ANOMALIES_SHEET, "anomaly_counts", rows.anomalyCounts(flagged));
            }

            wb.startStreaming(WINDOW);
            try (TableStream table = wb.stream("未达标基层工会", "unions")) {
                mapper.streamUnions(scope.unions(standards, true, true), c -> table.row(rows.union(c.getResultObject())));
            }
            try (TableStream table = wb.stream("数据质量", "rejected")) {
                mapper.streamRejectedRows(scope.quarterKeys(), scope.history(),
                        c -> table.row(rows.rejected(c.getResultObject(), rows.districtOf(c.getResultObject()))));
            }
            try (TableStream table = wb.stream("缺报迟报", "gaps")) {
                for (ReportingQuery query : reporting) {
                    mapper.streamReportingGaps(query, c -> table.row(rows.gap(query, c.getResultObject())));
                }
            }
            if (withAnomalies) {
                try (TableStream table = wb.stream(WorkbookLayouts.ANOMALIES_SHEET, "anomalies")) {
                    flagged.forEach(a -> table.row(rows.anomaly(a)));
                }
            }
            wb.describe(title, generated);
            wb.write(file(outDir, period));
        }
    }

    private static void writeCharts(Path dir, List<ChartImage> images) {
        try {
            Files.createDirectories(dir);
            for (ChartImage image : images) {
                Files.write(dir.resolve(image.fileName()), image.png());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the charts under " + dir + ": " + e.getMessage(), e);
        }
    }

    private static List<List<Object>> sourceRows(List<SourceFile> reports, List<SourceFile> registry) {
        List<List<Object>> result = new ArrayList<>();
        reports.forEach(f -> result.add(sourceRow("季度报表", f)));
        registry.forEach(f -> result.add(sourceRow("单位名录", f)));
        return result;
    }

    private static List<Object> sourceRow(String kind, SourceFile f) {
        return Arrays.asList(kind, f.period(), f.fileName(), f.sha256(), f.rowsRead(), f.rowsAccepted(),
                f.rowsRejected(), f.completedAt());
    }

    private static List<List<Object>> definitionRows(WorkbookStandards standards) {
        return Arrays.stream(Indicator.values()).map(i -> Arrays.<Object>asList(i.chineseName(), i.key(),
                IndicatorTexts.numerator(i), IndicatorTexts.denominator(i), standards.target(i), standards.weight(i)))
                .toList();
    }

    private static List<List<Object>> cityRows(AssessmentFigures figures) {
        List<List<Object>> result = new ArrayList<>();
        for (Indicator indicator : Indicator.values()) {
            IndicatorResult now = figures.city().indicators().get(indicator);
            IndicatorResult before = figures.previousCity().get(indicator);
            BigDecimal value = now == null ? null : now.value();
            BigDecimal previous = before == null ? null : before.value();
            BigDecimal points = value == null || previous == null ? null
                    : value.subtract(previous).movePointRight(2);
            result.add(Arrays.asList(indicator.chineseName(), value, figures.standards().target(indicator),
                    WorkbookRows.met(now), previous, points, now == null ? null : now.numerator(),
                    now == null ? null : now.denominator()));
        }
        return result;
    }

    /** The first three and the last three ranked districts. */
    private static List<List<Object>> extremeRows(AssessmentFigures figures) {
        List<GroupFigures> ranked = figures.districts().stream().filter(d -> d.rank() != null).toList();
        List<List<Object>> result = new ArrayList<>();
        int n = ranked.size();
        for (int i = 0; i < Math.min(3, n); i++) {
            result.add(extremeRow("前三名", ranked.get(i), figures));
        }
        for (int i = Math.max(0, n - 3); i < n; i++) {
            result.add(extremeRow("后三名", ranked.get(i), figures));
        }
        return result;
    }

    private static List<Object> extremeRow(String which, GroupFigures d, AssessmentFigures figures) {
        return Arrays.asList(which, d.rank(), d.name(), d.score(), d.grade(), d.rankChange(figures.previousComputed()));
    }

    /** Districts and industries per grade: the four of docs/indicators.md, any other the figures use, and no score. */
    private static List<List<Object>> gradeRows(AssessmentFigures figures) {
        List<String> grades = new ArrayList<>(IndicatorTexts.GRADES);
        TreeSet<String> others = new TreeSet<>();
        figures.districts().forEach(d -> others.add(Objects.toString(d.grade(), "")));
        figures.industries().forEach(d -> others.add(Objects.toString(d.grade(), "")));
        others.removeAll(IndicatorTexts.GRADES);
        others.remove("");
        grades.addAll(others);
        List<List<Object>> result = new ArrayList<>();
        for (String grade : grades) {
            result.add(Arrays.asList(grade, figures.districts().stream().filter(d -> grade.equals(d.grade())).count(),
                    figures.industries().stream().filter(d -> grade.equals(d.grade())).count()));
        }
        result.add(Arrays.asList("无得分", figures.districts().stream().filter(d -> d.grade() == null).count(),
                figures.industries().stream().filter(d -> d.grade() == null).count()));
        return result;
    }

    /** The city first (unranked), then the groups in rank order. */
    private static List<List<Object>> rankingRows(AssessmentFigures figures, List<GroupFigures> groups,
            boolean districts) {
        List<List<Object>> result = new ArrayList<>();
        result.add(rankingRow(figures.city(), "", "", figures));
        for (GroupFigures g : groups) {
            result.add(rankingRow(g, districts ? g.districtCode() : g.industryCode(),
                    g.rankChange(figures.previousComputed()), figures));
        }
        return result;
    }

    private static List<Object> rankingRow(GroupFigures g, String code, String change, AssessmentFigures figures) {
        List<Object> row = new ArrayList<>(Arrays.asList(g.rank(), code, g.name(), g.score(), g.grade(),
                g.previousRank(), change, figures.previousComputed() ? g.scoreChange() : null));
        for (Indicator indicator : WorkbookLayouts.INDICATOR_COLUMNS) {
            row.add(g.value(indicator));
        }
        row.add(g.metSummary());
        RankRobustness.Interval interval = g.interval();
        row.add(interval == null ? null : rankRange(interval));
        row.add(interval == null ? null : interval.gradeKeptShare());
        for (Indicator indicator : WorkbookLayouts.INDICATOR_COLUMNS) {
            row.add(g.part(indicator).map(ScoreBreakdown.Part::pointsLost).orElse(null));
        }
        for (Indicator indicator : WorkbookLayouts.INDICATOR_COLUMNS) {
            row.add(g.needed(indicator));
        }
        return row;
    }

    /** The 5th–95th percentile ranks, e.g. 11–15; one number when they are the same. */
    static String rankRange(RankRobustness.Interval interval) {
        return interval.p5() == interval.p95() ? Integer.toString(interval.p5())
                : interval.p5() + "–" + interval.p95();
    }

    /** One row per district of config, one score per industry of config. */
    private List<List<Object>> matrixRows(AssessmentFigures figures) {
        Map<String, BigDecimal> scores = new HashMap<>();
        figures.pairs().forEach(p -> scores.put(p.districtCode() + "/" + p.industryCode(), p.score()));
        List<List<Object>> result = new ArrayList<>();
        for (District district : reference.districts()) {
            List<Object> row = new ArrayList<>(Arrays.asList(district.code(), district.name()));
            for (Industry industry : reference.industries()) {
                row.add(scores.get(district.code() + "/" + industry.code()));
            }
            result.add(row);
        }
        return result;
    }

    private List<List<Object>> pairRows(AssessmentFigures figures) {
        List<List<Object>> result = new ArrayList<>();
        for (GroupFigures p : figures.pairs()) {
            List<Object> row = new ArrayList<>(Arrays.asList(p.districtCode(), rows.districtName(p.districtCode()),
                    p.industryCode(), reference.industry(p.industryCode()).map(Industry::name).orElse(p.industryCode()),
                    p.score(), p.grade()));
            for (Indicator indicator : WorkbookLayouts.INDICATOR_COLUMNS) {
                row.add(p.value(indicator));
            }
            result.add(row);
        }
        return result;
    }

    static String orDash(Object value) {
        return value == null ? "—" : value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }
}
