package org.unionstat.report.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.unionstat.domain.Indicator;
import org.unionstat.domain.Period;
import org.unionstat.indicators.GroupKey;
import org.unionstat.indicators.IndicatorResult;
import org.unionstat.report.document.LeadersReportFacts.ReportingGaps;
import org.unionstat.report.figures.AssessmentAnalyses;
import org.unionstat.report.figures.AssessmentAnalyses.RankInterval;
import org.unionstat.report.figures.AssessmentFigures;
import org.unionstat.report.figures.GroupFigures;
import org.unionstat.report.figures.WorkbookMapper.ReasonCount;
import org.unionstat.report.figures.WorkbookMapper.SourceFile;
import org.unionstat.report.figures.WorkbookStandards;
import org.unionstat.report.template.TemplateDocument.Content;
import org.unionstat.report.template.TemplateDocument.Paragraph;
import org.unionstat.report.template.TemplateDocument.Table;

/**
 * The sentences and tables of the leaders' report from hand-made figures: what is said when a change shows as zero,
 * when there is no registry, when a district has no reports, and what the analyses add where they exist.
 */
class LeadersReportTest {

    static final Period Q3 = Period.parse("2026Q3");
    static final String CHAOYANG = "110105";
    static final String HAIDIAN = "110108";
    static final String DONGCHENG = "110101";
    static final String FENGTAI = "110106";
    static final String XICHENG = "110102";

    /** One indicator: value of numerator / denominator as published, met against 90% (reporting 100%). */
    static IndicatorResult result(String district, Indicator indicator, long numerator, long denominator,
            String value) {
        BigDecimal target = indicator == Indicator.REPORTING ? BigDecimal.ONE : new BigDecimal("0.90");
        BigDecimal v = value == null ? null : new BigDecimal(value);
        return new IndicatorResult("2026Q3", district.isEmpty() ? "city" : "district", district, "", indicator.key(),
                numerator, denominator, v, target, v == null ? null : v.compareTo(target) >= 0 ? "Y" : "N", null);
    }

    /** Every indicator at {@code value} (activity with {@code reports} reports), coverage at {@code coverage}. */
    static Map<Indicator, IndicatorResult> indicators(String district, String value, String coverage, long reports) {
        Map<Indicator, IndicatorResult> map = new EnumMap<>(Indicator.class);
        for (Indicator indicator : Indicator.values()) {
            String v = indicator == Indicator.COVERAGE ? coverage : reports == 0 ? null : value;
            long denominator = indicator == Indicator.ACTIVITY ? reports : v == null ? 0 : 1_000_000;
            long numerator = v == null ? 0 : new BigDecimal(v).multiply(BigDecimal.valueOf(denominator)).longValue();
            map.put(indicator, result(district, indicator, numerator, denominator, v));
        }
        return map;
    }

    static GroupFigures district(String code, String name, String score, Integer rank, Integer previousRank,
            Map<Indicator, IndicatorResult> indicators) {
        return new GroupFigures(code, "", name, name, score == null ? null : new BigDecimal(score),
                score == null ? null : new BigDecimal(score).compareTo(BigDecimal.valueOf(85)) >= 0 ? "良好" : "合格",
                rank, indicators, previousRank, null);
    }

    /**
     * 2026Q3 after 2026Q2: the city at 91.20 (91.20 before: 持平); its enrollment 69.546% now and 69.455% before (both
     * 69.5%: 持平), info 92.345% (高于), jingka 89.996% (略低于), coverage 69.5% up from 69.4%. 朝阳 1st (was 3rd),
     * 海淀 2nd (was 1st), 东城 3rd (new), 丰台 4th with no reports (coverage only), 西城 with nothing at all.
     */
    static AssessmentFigures figures(boolean previous) {
        Map<Indicator, IndicatorResult> city = indicators("", "0.950000", "0.695000", 100);
        city.put(Indicator.ENROLLMENT, result("", Indicator.ENROLLMENT, 69_546, 100_000, "0.695460"));
        city.put(Indicator.INFO_COLLECTION, result("", Indicator.INFO_COLLECTION, 92_345, 100_000, "0.923450"));
        city.put(Indicator.JINGKA, result("", Indicator.JINGKA, 89_996, 100_000, "0.899960"));
        city.put(Indicator.REPORTING, result("", Indicator.REPORTING, 100, 100, "1.000000"));
        Map<Indicator, IndicatorResult> before = new EnumMap<>(city);
        before.put(Indicator.ENROLLMENT, result("", Indicator.ENROLLMENT, 69_455, 100_000, "0.694550"));
        before.put(Indicator.COVERAGE, result("", Indicator.COVERAGE, 694, 1_000, "0.694000"));
        GroupFigures cityFigures = new GroupFigures("", "", "全市", "City", new BigDecimal("91.20"), "良好", null, city,
                null, previous ? new BigDecimal("91.20") : null);

        Map<Indicator, IndicatorResult> dongcheng = indicators(DONGCHENG, "0.600000", "0.500000", 10);
        Map<Indicator, IndicatorResult> haidian = indicators(HAIDIAN, "0.950000", "0.800000", 10);
        haidian.put(Indicator.ENROLLMENT, result(HAIDIAN, Indicator.ENROLLMENT, 70, 100, "0.700000"));
        List<GroupFigures> districts = List.of(
                district(CHAOYANG, "朝阳区", "96.50", 1, previous ? 3 : null, indicators(CHAOYANG, "0.950000", "0.950000", 10)),
                district(HAIDIAN, "海淀区", "90.00", 2, previous ? 1 : null, haidian),
                district(DONGCHENG, "东城区", "80.00", 3, null, dongcheng),
                district(FENGTAI, "丰台区", "0.00", 4, previous ? 2 : null, indicators(FENGTAI, null, "0.000000", 0)),
                district(XICHENG, "西城区", null, null, null, indicators(XICHENG, null, null, 0)));
        return new AssessmentFigures(Q3, Q3.previous(), previous, WorkbookStandards.defaults(), cityFigures,
                districts, List.of(), List.of(), previous ? before : Map.of(), List.of(Q3.previous(), Q3), Map.of());
    }

    static LeadersReportFacts facts(boolean previous, boolean registry, AssessmentAnalyses analyses) {
        LocalDateTime at = LocalDateTime.of(2026, 10, 31, 10, 0);
        List<SourceFile> reports = List.of(new SourceFile("2026Q3", "110105-朝阳区.csv", "a".repeat(64), 120, 110, 10,
                at), new SourceFile("2026Q3", "110108-海淀区.xlsx", "b".repeat(64), 1_200, 1_195, 5, at));
        List<SourceFile> registries = registry
                ? List.of(new SourceFile("2025", "registry-2025.csv", "c".repeat(64), 9, 9, 0, at)) : List.of();
        Map<String, ReportingGaps.Count> gaps = new LinkedHashMap<>();
        gaps.put(DONGCHENG, new ReportingGaps.Count(3, 1));
        gaps.put(CHAOYANG, new ReportingGaps.Count(1, 0));
        return new LeadersReportFacts(figures(previous), reports, registries,
                List.of(new ReasonCount("E02", 5), new ReasonCount("E09", 10)), new ReportingGaps(4, 1, gaps),
                analyses, 17, 20, at);
    }

    static String text(List<Paragraph> paragraphs) {
        return paragraphs.stream().map(Paragraph::text).collect(Collectors.joining("\n"));
    }

    static Content content(LeadersReportFacts facts) {
        return new LeadersReport(facts).content(Map.of());
    }

    @Test
    void aChangeThatShowsAsZeroIsLevelAndNumbersReadAsInOfficialDocuments() {
        Content content = content(facts(true, true, AssessmentAnalyses.NONE));
        String overall = text(content.blocks().get("overall"));

        assertThat(overall).contains("2026年第3季度，全市基层工会工作综合得分 91.20 分，等级为“良好”，与上季度持平。")
                .contains("纳入综合得分的 7 项指标中，4 项达到目标，3 项未达到目标。")
                .contains("全市职工入会率 69.5%（职工 100,000 人，会员 69,546 人），低于 90% 的目标 20.5 个百分点，与上季度持平。")
                .contains("全市工会组建率 69.5%（应建会单位 1,000,000 家，已建会 695,000 家），低于 90% 的目标 20.5 个百分点，"
                        + "较上季度提高 0.1 个百分点。")
                .contains("全市会员信息采集率 92.3%（会员 100,000 人，已采集信息 92,345 人），高于 90% 的目标 2.3 个百分点，"
                        + "与上季度持平。")
                .contains("全市京卡办理率 90.0%（会员 100,000 人，已办理京卡 89,996 人），略低于 90% 的目标（差距不足 0.1 个百分点）")
                .contains("全市农民工入会率 95.0%")
                .contains("；该项不计入综合得分。")
                .doesNotContainPattern("(提高|下降) 0\\.0");
        assertThat(text(content.blocks().get("basis")))
                .contains("评估期为2026年第3季度。共导入季度报表文件 2 个，读取 1,320 行，接收 1,305 行，退回 15 行（退回原因见第三部分）")
                .contains("工会组建率以2025年单位名录（registry-2025.csv）计算，2026年尚无名录，沿用此前最近一年的名录。")
                .contains("2026-10-31 10:00:00").contains("indicators-2026Q3.csv");
        assertThat(Map.<String, Object>copyOf(content.values())).containsEntry("sources_text",
                "2026年第3季度各基层工会报送的季度报表和2025年单位名录").containsEntry("date", "2026年10月31日")
                .containsEntry("previous_short", "上季度").containsEntry("activity_requirement", "每季度不少于 6 次");
    }

    @Test
    void rankingNamesTheFirstAndLastWithScoresAndRanksAndTheBiggestMoves() {
        Content content = content(facts(true, true, AssessmentAnalyses.NONE));
        String ranking = text(content.blocks().get("ranking"));

        assertThat(ranking).contains("参与排名的 4 个区县依次为朝阳区（96.50 分，第1名）、海淀区（90.00 分，第2名）、"
                + "东城区（80.00 分，第3名）、丰台区（0.00 分，第4名）。")
                .contains("按等级划分，良好 2 个、合格 2 个。")
                .contains("丰台区本期没有基层工会报表，其得分仅由有数据的指标计算。")
                .contains("西城区本期没有基层工会报表，未参与排名。")
                .contains("与上季度相比，名次上升最多的是朝阳区（由第3名升至第1名，上升2位）；下降最多的是丰台区（由第2名降至第4名，"
                        + "下降2位）；新参与排名的有东城区（第3名）。")
                .doesNotContain("名次区间");
        Table districts = content.tables().get("districts");
        assertThat(districts.absent()).containsExactly("interval");
        assertThat(districts.rows()).extracting(r -> r.get("change"))
                .containsExactly("上升2位", "下降1位", "新参与排名", "下降2位", "—");
        assertThat(districts.rows().get(4)).containsEntry("rank", "—").containsEntry("score", "—");
    }

    @Test
    void problemsNameTheDistrictsFurthestFromTheTargetLateReportsAndRejectsByCause() {
        Content content = content(facts(true, true, AssessmentAnalyses.NONE));
        List<Paragraph> problems = content.blocks().get("problems");

        assertThat(problems.get(0).spans().get(0).text()).isEqualTo("（一）工会组建率未达到目标。");
        assertThat(problems.get(0).spans().get(0).bold()).isTrue();
        assertThat(problems.get(0).text()).contains("有数据的 4 个区县中 3 个未达到目标，差距最大的是丰台区（0.0%，低于目标 90.0 "
                + "个百分点）、东城区（50.0%，低于目标 40.0 个百分点）、海淀区（80.0%，低于目标 10.0 个百分点）。")
                .doesNotContain("要达到目标");
        assertThat(problems.get(1).text()).startsWith("（二）职工入会率未达到目标。")
                .contains("差距最大的是东城区（60.0%，低于目标 30.0 个百分点）、海淀区（70.0%，低于目标 20.0 个百分点）。");
        assertThat(problems.get(2).text()).startsWith("（三）京卡办理率未达到目标。")
                .contains("有数据的 3 个区县中 1 个未达到目标");
        assertThat(text(problems)).contains("（四）部分基层工会未按时报送报表。应报送报表的基层工会中，未报送 4 家，逾期报送 1 家"
                + "（报送期限为季度结束后 15 日内），较多的是东城区（未报送 3 家、逾期 1 家）、朝阳区（未报送 1 家、逾期 0 家）。")
                .contains("（五）部分报表数据有误被退回。本期导入的报表中共退回 15 行，未计入统计。按退回原因分："
                        + "人数之间不一致（E09）10 行，人数不是非负整数（E02）5 行。");
        assertThat(content.conditions()).containsEntry("unmet:coverage", true).containsEntry("unmet:enrollment", true)
                .containsEntry("unmet:jingka", true).containsEntry("unmet:info_collection", false)
                .containsEntry("all-met", false).containsEntry("rejected", true).containsEntry("suggestions", true)
                .containsEntry("year", false).containsEntry("intervals", false);
        assertThat(Map.<String, Object>copyOf(content.values())).containsEntry("districts:coverage", "丰台区、东城区、海淀区")
                .containsEntry("districts:enrollment", "东城区、海淀区").containsEntry("value:coverage", "69.5%")
                .containsEntry("target:reporting", "100%");
    }

    @Test
    void withoutAPreviousPeriodOrARegistryNothingIsCompared() {
        Content content = content(facts(false, false, AssessmentAnalyses.NONE));
        String overall = text(content.blocks().get("overall"));

        assertThat(overall).contains("2026年第2季度无评估数据，本期不与上期比较。")
                .contains("全市工会组建率 69.5%").doesNotContain("较上季度").doesNotContain("持平");
        assertThat(text(content.blocks().get("ranking"))).contains("2026年第2季度无评估数据，不作名次比较。")
                .doesNotContain("上升").doesNotContain("新参与排名");
        assertThat(content.tables().get("city").absent()).containsExactlyInAnyOrder("previous", "change");
        assertThat(content.tables().get("districts").absent()).containsExactlyInAnyOrder("change", "interval");
        assertThat(content.conditions()).containsEntry("previous", false);
        assertThat(text(content.blocks().get("basis"))).contains("未导入单位名录，工会组建率无法计算。");
        assertThat(content.values().get("sources_text").toString()).endsWith("（未导入单位名录，工会组建率无法计算）");
    }

    @Test
    void theAnalysesWhereTheyExistAddRankIntervalsWhatReachingTargetsTakesAndWherePointsAreLost() {
        Map<GroupKey, Map<Indicator, Long>> needed = Map.of(GroupKey.CITY, Map.of(Indicator.ENROLLMENT, 20_454L),
                GroupKey.district(DONGCHENG), Map.of(Indicator.ENROLLMENT, 30L),
                GroupKey.district(HAIDIAN), Map.of(Indicator.ENROLLMENT, 20L));
        Map<GroupKey, RankInterval> intervals = Map.of(GroupKey.district(CHAOYANG), new RankInterval(1, 1),
                GroupKey.district(HAIDIAN), new RankInterval(1, 3));
        Map<GroupKey, Map<Indicator, BigDecimal>> lost = Map.of(GroupKey.district(FENGTAI),
                Map.of(Indicator.COVERAGE, new BigDecimal("25.00"), Indicator.ENROLLMENT, BigDecimal.ZERO),
                GroupKey.district(DONGCHENG), Map.of(Indicator.ENROLLMENT, new BigDecimal("8.2"),
                        Indicator.COVERAGE, new BigDecimal("8.2")));
        AssessmentAnalyses analyses = new AssessmentAnalyses(Optional.of(lost), Optional.of(needed),
                Optional.of(intervals));
        Content content = content(facts(true, true, analyses));

        assertThat(text(content.blocks().get("problems"))).contains("要达到目标，全市需新增会员 20,454 名；上述区县要各自达到目标，"
                + "东城区需 30 名、海淀区需 20 名。");
        Table districts = content.tables().get("districts");
        assertThat(districts.absent()).isEmpty();
        assertThat(districts.rows()).extracting(r -> r.get("interval")).containsExactly("1", "1—3", "—", "—", "—");
        assertThat(text(content.blocks().get("ranking"))).contains("名次区间")
                .contains("从得分构成看，排名靠后区县失分最多的指标：东城区工会组建率（失 8.20 分）、丰台区工会组建率（失 25.00 分）。");
        assertThat(content.conditions()).containsEntry("intervals", true).containsEntry("gaps", true)
                .containsEntry("breakdown", true);
    }

    @Test
    void whenEveryTargetIsMetTheProblemsSayOnlyWhatIsTrue() {
        AssessmentFigures all = figures(true);
        Map<Indicator, IndicatorResult> met = indicators("", "0.950000", "0.950000", 100);
        met.put(Indicator.REPORTING, result("", Indicator.REPORTING, 100, 100, "1.000000"));
        GroupFigures city = new GroupFigures("", "", "全市", "City", new BigDecimal("99.00"), "优秀", null, met, null,
                new BigDecimal("98.99"));
        AssessmentFigures figures = new AssessmentFigures(all.period(), all.previous(), true, all.standards(), city,
                List.of(), List.of(), List.of(), met, all.trendPeriods(), all.trend());
        LeadersReportFacts facts = new LeadersReportFacts(figures, List.of(), List.of(), List.of(),
                ReportingGaps.NONE, AssessmentAnalyses.NONE, 17, 20, LocalDate.of(2026, 10, 31).atStartOfDay());
        Content content = content(facts);

        assertThat(text(content.blocks().get("problems")))
                .isEqualTo("本期各项指标均达到目标，应报的基层工会均按时报送，没有被退回的报表数据。");
        assertThat(text(content.blocks().get("overall"))).contains("较上季度提高 0.01 分");
        assertThat(content.conditions()).containsEntry("all-met", true).containsEntry("suggestions", false)
                .containsEntry("reporting-gaps", false);
        assertThat(text(content.blocks().get("ranking"))).contains("本期没有区县参与排名。");
    }
}
