package org.unionstat.report.workbook;

import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import org.unionstat.batch.SideBySide;
import org.unionstat.domain.District;
import org.unionstat.domain.Indicator;
import org.unionstat.domain.Period;
import org.unionstat.domain.ReferenceData;
import org.unionstat.indicators.IndicatorResult;
import org.unionstat.indicators.RankRobustness;
import org.unionstat.indicators.Score;
import org.unionstat.indicators.ScoreBreakdown;
import org.unionstat.report.figures.Anomalies;
import org.unionstat.report.figures.AssessmentFigures;
import org.unionstat.report.figures.AssessmentFiguresLoader;
import org.unionstat.report.figures.GroupFigures;
import org.unionstat.report.figures.ReportOutput;
import org.unionstat.report.figures.ReportScope;
import org.unionstat.report.figures.WorkbookMapper;
import org.unionstat.report.figures.WorkbookMapper.RejectedRecord;
import org.unionstat.report.figures.WorkbookMapper.ReportingQuery;
import org.unionstat.report.figures.WorkbookMapper.UnionFigures;
import org.unionstat.report.figures.WorkbookStandards;
import org.unionstat.report.template.TemplateWorkbook;
import org.unionstat.report.template.TemplateWorkbook.TableStream;
import org.unionstat.report.template.WorkbookLayouts;
import org.unionstat.report.template.WorkbookTemplates;

/**
 * One feedback workbook per district of config, {@code P/districts/<code>-<name>.xlsx}: the district's indicators
 * against the city and the targets, all its unions' figures, its rejected rows and its missing or late reports.
 * Layout from {@code templates/district.xlsx}. Every list is read once and dealt out to the districts' workbooks,
 * which are all open at the same time, each keeping a window of rows in memory.
 */
@Component
@Order(110)
public class DistrictWorkbookOutput implements ReportOutput {

    private final AssessmentFiguresLoader loader;
    private final WorkbookMapper mapper;
    private final WorkbookRows rows;
    private final WorkbookTemplates templates;
    private final ReferenceData reference;
    private final Clock clock;
    private final Anomalies anomalies;

    public DistrictWorkbookOutput(AssessmentFiguresLoader loader, WorkbookMapper mapper, WorkbookRows rows,
            WorkbookTemplates templates, ReferenceData reference, Clock clock, Anomalies anomalies) {
        this.anomalies = anomalies;
        this.loader = loader;
        this.mapper = mapper;
        this.rows = rows;
        this.templates = templates;
        this.reference = reference;
        this.clock = clock;
    }

    /** A district's workbook path: its code and name, with characters no file system takes replaced. */
    static Path file(Path outDir, Period period, District district) {
        return outDir.resolve(period.toString()).resolve("districts")
                .resolve(district.code() + "-" + district.name().replaceAll("[\\\\/:*?\"<>|\\s]", "_") + ".xlsx");
    }

    @Override
    public void write(Period period, Path outDir) {
        AssessmentFigures figures = loader.load(period);
        LocalDateTime generated = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        ReportScope scope = ReportScope.of(period);
        WorkbookStandards standards = figures.standards();
        Map<String, GroupFigures> byCode = new HashMap<>();
        figures.districts().forEach(d -> byCode.put(d.districtCode(), d));

        Map<String, TemplateWorkbook> books = new LinkedHashMap<>();
        try {
            for (District district : reference.districts()) {
                TemplateWorkbook wb = templates.open(WorkbookLayouts.DISTRICT);
                books.put(district.code(), wb);
                GroupFigures figuresOf = byCode.get(district.code());
                Map<String, Object> values = new HashMap<>(rows.placeholders(figures, title(district, period),
                        AssessmentWorkbookOutput.TIME.format(generated)));
                values.put("district_name", district.name());
                values.put("district_code", district.code());
                values.put("district_score", AssessmentWorkbookOutput.orDash(figuresOf.score()));
                values.put("district_grade", AssessmentWorkbookOutput.orDash(figuresOf.grade()));
                values.put("district_rank", figuresOf.rank() == null ? "—" : "第 " + figuresOf.rank() + " 名");
                values.put("district_rank_change", figuresOf.rankChange(figures.previousComputed()));
                values.put("district_summary", summary(figuresOf));
                values.put("district_rank_range", rankRange(figuresOf, standards));
                wb.fill(values);
                wb.fillTable("概况", "indicators", indicatorRows(figuresOf, figures.city(), standards));
                wb.startStreaming(AssessmentWorkbookOutput.WINDOW);
            }
            GapUnions focus = new GapUnions(figures.districts(), standards, WorkbookLayouts.FOCUS_UNIONS);
            deal(books, "基层工会", "unions", row -> mapper.streamUnions(scope.unions(standards, false, false),
                    c -> {
                        UnionFigures union = c.getResultObject();
                        row.accept(union.districtCode(), rows.union(union));
                        focus.offer(union);
                    }));
            books.forEach((code, wb) -> {
                // a template made before this table existed is written without it
                if (wb.hasTable("概况", "focus")) {
                    try (TableStream table = wb.stream("概况", "focus")) {
                        focus.rows(code, rows).forEach(table::row);
                    }
                }
            });
            deal(books, "退回记录", "rejected", row -> mapper.streamRejectedRows(scope.quarterKeys(), scope.history(),
                    c -> {
                        RejectedRecord rejected = c.getResultObject();
                        String district = rows.districtOf(rejected);
                        row.accept(district, rows.rejected(rejected, district));
                    }));
            deal(books, "缺报迟报", "gaps", row -> {
                for (ReportingQuery query : scope.reporting(standards)) {
                    mapper.streamReportingGaps(query,
                            c -> row.accept(c.getResultObject().districtCode(), rows.gap(query, c.getResultObject())));
                }
            });
            // the doubtful figures for the district to check and answer (a template made before them has no such sheet)
            Map<String, TemplateWorkbook> withAnomalies = new LinkedHashMap<>();
            books.forEach((code, wb) -> {
                if (wb.hasTable(WorkbookLayouts.ANOMALIES_SHEET, "anomalies")) {
                    withAnomalies.put(code, wb);
                }
            });
            deal(withAnomalies, WorkbookLayouts.ANOMALIES_SHEET, "anomalies",
                    row -> anomalies.of(period).forEach(a -> row.accept(a.districtCode(), rows.anomaly(a))));
            // each workbook is deflated into its file and its spooled sheets deleted: work that goes side by side
            List<Callable<Void>> writes = new ArrayList<>();
            for (District district : reference.districts()) {
                TemplateWorkbook wb = books.get(district.code());
                writes.add(() -> {
                    wb.describe(title(district, period), generated);
                    wb.write(file(outDir, period, district));
                    wb.close();
                    return null;
                });
            }
            SideBySide.run("districts-" + period, writes);
        } finally {
            books.values().forEach(TemplateWorkbook::close);
        }
    }

    private static String title(District district, Period period) {
        return district.name() + " " + period.label() + " 基层工会工作评估反馈";
    }

    /** Streams one list and hands each row to its district's workbook; rows of no district are left out. */
    private static void deal(Map<String, TemplateWorkbook> books, String sheet, String table,
            Consumer<BiConsumer<String, List<Object>>> source) {
        Map<String, TableStream> streams = new LinkedHashMap<>();
        try {
            books.forEach((code, wb) -> streams.put(code, wb.stream(sheet, table)));
            source.accept((district, row) -> {
                TableStream stream = district == null ? null : streams.get(district);
                if (stream != null) {
                    stream.row(row);
                }
            });
        } finally {
            streams.values().forEach(TableStream::close);
        }
    }

    /**
     * 指标 … 差距: the district's value, the city's, the target, met, the district's rank, numerator, denominator, the
     * points earned and lost, and the gap in words.
     */
    private static List<List<Object>> indicatorRows(GroupFigures district, GroupFigures city,
            WorkbookStandards standards) {
        List<List<Object>> result = new ArrayList<>();
        for (Indicator indicator : Indicator.values()) {
            IndicatorResult own = district.indicators().get(indicator);
            Optional<ScoreBreakdown.Part> part = district.part(indicator);
            Long needed = district.needed(indicator);
            result.add(Arrays.asList(indicator.chineseName(), district.value(indicator), city.value(indicator),
                    standards.target(indicator), WorkbookRows.met(own), own == null ? null : own.rank(),
                    own == null ? null : own.numerator(), own == null ? null : own.denominator(),
                    part.map(ScoreBreakdown.Part::points).orElse(null),
                    part.map(ScoreBreakdown.Part::pointsLost).orElse(null),
                    needed == null ? null : indicator.gapText(needed)));
        }
        return result;
    }

    /** 本期得分 78.65，失分最多：工会组建率 6.21 分、…: the score and the three largest losses. */
    static String summary(GroupFigures district) {
        if (district.score() == null) {
            return "本期没有得分：没有权重大于 0 且有值的指标。";
        }
        String score = "本期得分 " + district.score().setScale(Score.SCALE, RoundingMode.HALF_UP).toPlainString();
        Optional<ScoreBreakdown> breakdown = district.breakdown();
        if (breakdown.isEmpty()) {
            return score + "。";
        }
        // losses that round to 0.00 are not worth a leader's reading
        List<ScoreBreakdown.Part> losses = breakdown.get().largestLosses(3).stream()
                .filter(p -> p.pointsLost().signum() > 0).toList();
        if (losses.isEmpty()) {
            return score + "，各计分指标均达到目标，没有失分。";
        }
        return score + "，失分最多：" + losses.stream()
                .map(p -> p.indicator().chineseName() + " " + p.pointsLost().toPlainString() + " 分")
                .collect(Collectors.joining("、")) + "。";
    }

    /** Where the district's rank lies under the weight draws, and how often it keeps its grade. */
    static String rankRange(GroupFigures district, WorkbookStandards standards) {
        RankRobustness.Interval interval = district.interval();
        if (interval == null) {
            return "本期没有区县排名。";
        }
        String ranks = interval.p5() == interval.p95() ? "第 " + interval.p5() + " 名"
                : "第 " + interval.p5() + "–" + interval.p95() + " 名";
        String kept = interval.gradeKeptShare().movePointRight(2).setScale(1, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
        return "排名区间：各项权重分别在 ±" + WorkbookRows.noiseText(standards) + " 内随机浮动、重算 "
                + WorkbookRows.drawsText(standards) + " 次，90% 的名次在" + ranks + "（中位第 "
                + interval.medianRank() + " 名）；" + kept + "% 的次数保持“" + district.grade() + "”等级。";
    }
}
