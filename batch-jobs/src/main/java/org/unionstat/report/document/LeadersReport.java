package org.unionstat.report.document;

import static org.unionstat.report.document.OfficialNumbers.againstTarget;
import static org.unionstat.report.document.OfficialNumbers.count;
import static org.unionstat.report.document.OfficialNumbers.percent;
import static org.unionstat.report.document.OfficialNumbers.pointsAgainstTarget;
import static org.unionstat.report.document.OfficialNumbers.pointsChange;
import static org.unionstat.report.document.OfficialNumbers.pointsMovement;
import static org.unionstat.report.document.OfficialNumbers.rank;
import static org.unionstat.report.document.OfficialNumbers.score;
import static org.unionstat.report.document.OfficialNumbers.scoreMovement;
import static org.unionstat.report.document.OfficialNumbers.shortOfTarget;
import static org.unionstat.report.document.OfficialNumbers.signed;
import static org.unionstat.report.document.OfficialNumbers.target;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.unionstat.domain.Indicator;
import org.unionstat.domain.Period;
import org.unionstat.domain.RejectCode;
import org.unionstat.indicators.GroupKey;
import org.unionstat.indicators.IndicatorResult;
import org.unionstat.report.document.LeadersReportFacts.ReportingGaps;
import org.unionstat.report.figures.AssessmentAnalyses.RankInterval;
import org.unionstat.report.figures.AssessmentFigures;
import org.unionstat.report.figures.GroupFigures;
import org.unionstat.report.figures.IndicatorTexts;
import org.unionstat.report.figures.WorkbookMapper.ReasonCount;
import org.unionstat.report.figures.WorkbookMapper.SourceFile;
import org.unionstat.report.template.TemplateDocument;
import org.unionstat.report.template.TemplateDocument.Content;
import org.unionstat.report.template.TemplateDocument.Paragraph;
import org.unionstat.report.template.TemplateDocument.Picture;
import org.unionstat.report.template.TemplateDocument.Table;
import org.unionstat.text.Messages;

/**
 * The text of the leaders' report (通报) of a period, made from its facts (docs/outputs.md#leaders-report): the
 * placeholder values, the conditions, the generated paragraphs of each section and the tables the template
 * {@code templates/report.docx} is filled with. Every sentence states only what the figures show: a comparison with
 * the period before only when it was computed, a change that shows as zero as 持平, an indicator without data as
 * such, a district without reports as such.
 */
final class LeadersReport {

    /** The report is written in Chinese, whatever unionstat.locale says: its prose and template are Chinese. */
    private static final Messages CHINESE = Messages.inChinese();

    static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    /** How many districts a sentence names as the furthest from a target or with the most gaps. */
    static final int NAMED = 3;
    private static final String DASH = "—";

    private final LeadersReportFacts facts;
    private final AssessmentFigures figures;
    private final Period period;
    private final String previousShort;

    LeadersReport(LeadersReportFacts facts) {
        this.facts = facts;
        this.figures = facts.figures();
        this.period = facts.period();
        this.previousShort = period.isYear() ? "上年" : "上季度";
    }

    static String title(Period period) {
        return "关于" + period.label() + "基层工会工作评估情况的通报（初稿）";
    }

    /** The template's content, with the given pictures by chart name. */
    Content content(Map<String, List<Picture>> pictures) {
        Map<String, List<Paragraph>> blocks = new LinkedHashMap<>();
        blocks.put("basis", basis());
        blocks.put("overall", overall());
        blocks.put("ranking", ranking());
        blocks.put("problems", problems());
        Map<String, Table> tables = new LinkedHashMap<>();
        tables.put("city", cityTable());
        tables.put("districts", rankingTable(figures.districts(), true));
        tables.put("industries", rankingTable(figures.industries(), false));
        tables.put("sources", sourcesTable());
        return new Content(values(), conditions(), blocks, tables, pictures);
    }

    /** The indicators the city falls short of, in the order of docs/indicators.md. */
    List<Indicator> unmet() {
        return List.of(Indicator.values()).stream().filter(i -> isUnmet(figures.city(), i)).toList();
    }

    // ---- values and conditions

    Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("title", title(period));
        values.put("period_label", period.label());
        values.put("previous_label", figures.previous().label());
        values.put("previous_short", previousShort);
        values.put("generated", GENERATED.format(facts.generated()));
        values.put("date", DATE.format(facts.generated()));
        values.put("district_count", facts.districts());
        values.put("industry_count", facts.industries());
        values.put("sources_text", sourcesText());
        values.put("deadline_days", figures.standards().deadlineDays());
        values.put("activity_requirement", period.isYear()
                ? "全年不少于 " + figures.standards().annualActivityBar() + " 次"
                : "每季度不少于 " + figures.standards().activityBar() + " 次");
        for (Indicator indicator : Indicator.values()) {
            BigDecimal value = figures.city().value(indicator);
            values.put("value:" + indicator.key(), value == null ? DASH : percent(value));
            values.put("target:" + indicator.key(), target(figures.standards().target(indicator)));
            values.put("districts:" + indicator.key(), concerned(indicator));
        }
        return values;
    }

    /** The districts below an indicator's target, furthest first; 各区县 when that is every district with data. */
    private String concerned(Indicator indicator) {
        List<GroupFigures> below = below(indicator);
        long withData = figures.districts().stream().filter(d -> d.value(indicator) != null).count();
        return below.isEmpty() || below.size() == withData ? "各区县"
                : below.stream().map(GroupFigures::name).collect(Collectors.joining("、"));
    }

    Map<String, Boolean> conditions() {
        Map<String, Boolean> conditions = new LinkedHashMap<>();
        List<Indicator> unmet = unmet();
        conditions.put("year", period.isYear());
        conditions.put("quarter", period.isQuarter());
        conditions.put("previous", figures.previousComputed());
        conditions.put("all-met", unmet.isEmpty());
        conditions.put("rejected", facts.rejectedRows() > 0);
        conditions.put("reporting-gaps", facts.reporting().missing() + facts.reporting().late() > 0);
        conditions.put("suggestions", !unmet.isEmpty() || facts.rejectedRows() > 0);
        conditions.put("breakdown", facts.analyses().pointsLost().isPresent());
        conditions.put("gaps", facts.analyses().needed().isPresent());
        conditions.put("intervals", facts.analyses().rankIntervals().isPresent());
        for (Indicator indicator : Indicator.values()) {
            conditions.put("unmet:" + indicator.key(), unmet.contains(indicator));
        }
        return conditions;
    }

    /** 「2026年第1季度至第3季度各基层工会报送的季度报表和2026年单位名录」. */
    private String sourcesText() {
        List<Period> quarters = reportQuarters();
        String reports = quarters.isEmpty() ? period.label() + "的计算结果（本期未导入季度报表）"
                : quarterSpan(quarters) + "各基层工会报送的季度报表";
        return reports + (facts.registry().isEmpty() ? "（未导入单位名录，工会组建率无法计算）"
                : "和" + facts.registry().get(0).period() + "年单位名录");
    }

    private List<Period> reportQuarters() {
        return facts.reports().stream().map(f -> Period.parse(f.period())).distinct().sorted().toList();
    }

    /** 2026年第3季度; 2026年第1季度至第3季度 (consecutive); 2026年第1、3季度. */
    static String quarterSpan(List<Period> quarters) {
        if (quarters.size() == 1) {
            return quarters.get(0).label();
        }
        Period first = quarters.get(0);
        Period last = quarters.get(quarters.size() - 1);
        boolean consecutive = true;
        for (int i = 1; i < quarters.size(); i++) {
            consecutive &= quarters.get(i).previous().equals(quarters.get(i - 1));
        }
        if (consecutive && first.year() == last.year()) {
            return first.label() + "至第" + last.quarter() + "季度";
        }
        if (consecutive) {
            return first.label() + "至" + last.label();
        }
        return quarters.stream().map(Period::label).collect(Collectors.joining("、"));
    }

    // ---- 数据说明

    private List<Paragraph> basis() {
        long read = facts.reports().stream().mapToLong(SourceFile::rowsRead).sum();
        long accepted = facts.reports().stream().mapToLong(SourceFile::rowsAccepted).sum();
        long rejected = facts.reports().stream().mapToLong(SourceFile::rowsRejected).sum();
        StringBuilder text = new StringBuilder("评估期为").append(period.label());
        List<Period> quarters = reportQuarters();
        if (period.isYear() && !quarters.isEmpty()) {
            text.append("（报表涵盖").append(quarterSpan(quarters)).append("）");
        }
        text.append("。共导入季度报表文件 ").append(count(facts.reports().size())).append(" 个，读取 ")
                .append(count(read)).append(" 行，接收 ").append(count(accepted)).append(" 行，退回 ")
                .append(count(rejected)).append(" 行");
        text.append(rejected > 0 ? "（退回原因见第三部分）；" : "；");
        if (facts.registry().isEmpty()) {
            text.append("未导入单位名录，工会组建率无法计算。");
        } else {
            SourceFile registry = facts.registry().get(0);
            text.append("工会组建率以").append(registry.period()).append("年单位名录（").append(registry.fileName())
                    .append("）计算");
            text.append(Integer.parseInt(registry.period()) < period.year()
                    ? "，" + period.year() + "年尚无名录，沿用此前最近一年的名录。" : "。");
        }
        List<Paragraph> paragraphs = new ArrayList<>();
        paragraphs.add(Paragraph.lead("数据说明：", text.toString()));
        paragraphs.add(Paragraph.of("本通报由 unionstat 于 " + GENERATED.format(facts.generated())
                + " 依据存储的计算结果生成，文中数字与同期 indicators-" + period + ".csv、scores-" + period
                + ".csv 一致。"));
        return paragraphs;
    }

    // ---- 一、总体情况

    private List<Paragraph> overall() {
        List<Paragraph> paragraphs = new ArrayList<>();
        GroupFigures city = figures.city();
        StringBuilder first = new StringBuilder(period.label()).append("，");
        if (city.score() == null) {
            first.append("全市没有可计算综合得分的数据。");
        } else {
            first.append("全市基层工会工作综合得分 ").append(score(city.score())).append(" 分，等级为“")
                    .append(city.grade()).append("”");
            if (city.previousScore() != null) {
                String movement = scoreMovement(city.score().subtract(city.previousScore()));
                first.append(movement.equals("持平") ? "，与" + previousShort + "持平" : "，较" + previousShort + movement);
            } else if (figures.previousComputed()) {
                first.append("，").append(figures.previous().label()).append("全市无综合得分");
            }
            first.append("。");
        }
        if (!figures.previousComputed()) {
            first.append(figures.previous().label()).append("无评估数据，本期不与上期比较。");
        }
        paragraphs.add(Paragraph.of(first.toString()));

        List<Indicator> weighted = figures.weightedIndicators();
        List<Indicator> available = weighted.stream().filter(i -> city.value(i) != null).toList();
        long met = available.stream().filter(i -> isMet(city, i)).count();
        StringBuilder summary = new StringBuilder("纳入综合得分的 ").append(weighted.size()).append(" 项指标中，");
        if (available.isEmpty()) {
            summary.append("本期均无数据");
        } else {
            summary.append(met).append(" 项达到目标，").append(available.size() - met).append(" 项未达到目标");
            List<String> missing = weighted.stream().filter(i -> city.value(i) == null)
                    .map(Indicator::chineseName).toList();
            if (!missing.isEmpty()) {
                summary.append("，").append(String.join("、", missing)).append("本期无数据");
            }
        }
        paragraphs.add(Paragraph.of(summary.append("。").toString()));

        for (Indicator indicator : Indicator.values()) {
            paragraphs.add(Paragraph.of(indicatorSentence(indicator)));
        }
        return paragraphs;
    }

    /** 「全市工会组建率 69.5%（应建会单位 10,000 家，已建会 6,950 家），低于 90% 的目标 20.5 个百分点，较上季度提高 0.1 个百分点。」 */
    private String indicatorSentence(Indicator indicator) {
        IndicatorResult now = figures.city().indicators().get(indicator);
        StringBuilder text = new StringBuilder("全市").append(indicator.chineseName());
        if (now == null || now.value() == null) {
            text.append(indicator == Indicator.COVERAGE && facts.registry().isEmpty()
                    ? "无法计算（未导入单位名录）" : "本期无数据（" + denominatorName(indicator) + "为 0）");
        } else {
            text.append(" ").append(percent(now.value())).append("（").append(basisOf(indicator, now)).append("），")
                    .append(againstTarget(now.value(), now.target(), "Y".equals(now.met())));
            if (figures.previousComputed()) {
                IndicatorResult before = figures.previousCity().get(indicator);
                if (before == null || before.value() == null) {
                    text.append("，").append(previousShort).append("无此项数据");
                } else {
                    String movement = pointsMovement(pointsChange(now.value(), before.value()));
                    text.append(movement.equals("持平") ? "，与" + previousShort + "持平" : "，较" + previousShort + movement);
                }
            }
        }
        if (figures.standards().weight(indicator).signum() == 0) {
            text.append("；该项不计入综合得分");
        }
        return text.append("。").toString();
    }

    /** The numerator and denominator in words: 「应建会单位 10,000 家，已建会 6,950 家」. */
    private String basisOf(Indicator indicator, IndicatorResult r) {
        String den = count(r.denominator());
        String num = count(r.numerator());
        return switch (indicator) {
            case COVERAGE -> "应建会单位 " + den + " 家，已建会 " + num + " 家";
            case ENROLLMENT -> "职工 " + den + " 人，会员 " + num + " 人";
            case SATISFACTION -> (period.isQuarter() ? "年初至本季度" : "全年") + "参评会员 " + den
                    + " 人次，满意和基本满意 " + num + " 人次";
            case INFO_COLLECTION -> "会员 " + den + " 人，已采集信息 " + num + " 人";
            case JINGKA -> "会员 " + den + " 人，已办理京卡 " + num + " 人";
            case REPORTING -> "应报基层工会 " + den + " 家" + (period.isYear() ? "次" : "") + "，按时报送 " + num + " 家"
                    + (period.isYear() ? "次" : "");
            case ACTIVITY -> period.isYear() ? "报送报表的基层工会 " + den + " 家，全年活动达标 " + num + " 家"
                    : "报表 " + den + " 份，活动达标 " + num + " 份";
            case MIGRANT_ENROLLMENT -> "农民工 " + den + " 人，入会 " + num + " 人";
        };
    }

    private static String denominatorName(Indicator indicator) {
        return switch (indicator) {
            case COVERAGE -> "应建会单位数";
            case ENROLLMENT -> "职工人数";
            case SATISFACTION -> "参评会员数";
            case INFO_COLLECTION, JINGKA -> "会员人数";
            case REPORTING -> "应报基层工会数";
            case ACTIVITY -> "报表数";
            case MIGRANT_ENROLLMENT -> "农民工人数";
        };
    }

    private Table cityTable() {
        List<Map<String, String>> rows = new ArrayList<>();
        for (Indicator indicator : Indicator.values()) {
            IndicatorResult now = figures.city().indicators().get(indicator);
            IndicatorResult before = figures.previousCity().get(indicator);
            BigDecimal value = now == null ? null : now.value();
            BigDecimal previous = before == null ? null : before.value();
            BigDecimal goal = figures.standards().target(indicator);
            Map<String, String> row = new LinkedHashMap<>();
            row.put("indicator", indicator.chineseName()
                    + (figures.standards().weight(indicator).signum() == 0 ? "（不计分）" : ""));
            row.put("value", value == null ? DASH : percent(value));
            row.put("target", target(now == null ? goal : now.target()));
            row.put("gap", value == null ? DASH : signed(pointsAgainstTarget(value, now.target())));
            row.put("previous", previous == null ? DASH : percent(previous));
            row.put("change", value == null || previous == null ? DASH : signed(pointsChange(value, previous)));
            rows.add(row);
        }
        return new Table(rows, figures.previousComputed() ? Set.of() : Set.of("previous", "change"));
    }

    // ---- 二、排名情况

    private List<Paragraph> ranking() {
        List<Paragraph> paragraphs = new ArrayList<>();
        List<GroupFigures> ranked = figures.districts().stream().filter(d -> d.rank() != null).toList();
        if (ranked.isEmpty()) {
            paragraphs.add(Paragraph.of("本期没有区县参与排名。"));
        } else if (ranked.size() <= 2 * NAMED) {
            paragraphs.add(Paragraph.of("参与排名的 " + ranked.size() + " 个区县依次为" + named(ranked) + "。"));
        } else {
            int lastTop = ranked.get(NAMED - 1).rank();
            List<GroupFigures> top = ranked.stream().filter(d -> d.rank() <= lastTop).toList();
            int firstBottom = ranked.get(ranked.size() - NAMED).rank();
            List<GroupFigures> bottom = ranked.stream().filter(d -> d.rank() >= firstBottom && !top.contains(d))
                    .toList();
            paragraphs.add(Paragraph.of("参与排名的 " + ranked.size() + " 个区县中，前三名依次为" + named(top)
                    + "；后三名依次为" + named(bottom) + "。"));
        }
        Map<String, Long> grades = new LinkedHashMap<>();
        IndicatorTexts.GRADES.forEach(g -> grades.put(g, 0L));
        ranked.forEach(d -> grades.merge(d.grade(), 1L, Long::sum));
        String byGrade = grades.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getKey() + " " + e.getValue() + " 个").collect(Collectors.joining("、"));
        if (!byGrade.isEmpty()) {
            paragraphs.add(Paragraph.of("按等级划分，" + byGrade + "。"));
        }
        String absent = withoutReports();
        if (!absent.isEmpty()) {
            paragraphs.add(Paragraph.of(absent));
        }
        paragraphs.add(Paragraph.of(movements()));
        facts.analyses().rankIntervals().ifPresent(i -> paragraphs.add(Paragraph.of(
                "表2中“名次区间”为排名稳健性分析给出的各区县在指标权重变动时可能的名次范围。")));
        facts.analyses().pointsLost().ifPresent(lost -> {
            String losses = lossesOf(ranked.subList(Math.max(0, ranked.size() - NAMED), ranked.size()), lost);
            if (!losses.isEmpty()) {
                paragraphs.add(Paragraph.of("从得分构成看，排名靠后区县失分最多的指标：" + losses + "。"));
            }
        });
        return paragraphs;
    }

    /** 「朝阳区（96.50 分，第1名）、海淀区（90.00 分，第2名）」. */
    private static String named(List<GroupFigures> groups) {
        return groups.stream().map(d -> d.name() + "（" + score(d.score()) + " 分，" + rank(d.rank()) + "）")
                .collect(Collectors.joining("、"));
    }

    /** Districts without reports, and districts not ranked for want of any scored figure. */
    private String withoutReports() {
        List<String> sentences = new ArrayList<>();
        List<GroupFigures> noReports = figures.districts().stream().filter(this::hasNoReports).toList();
        List<String> unrankedNone = noReports.stream().filter(d -> d.rank() == null).map(GroupFigures::name).toList();
        List<String> rankedNone = noReports.stream().filter(d -> d.rank() != null).map(GroupFigures::name).toList();
        List<String> unrankedOther = figures.districts().stream().filter(d -> d.rank() == null && !hasNoReports(d))
                .map(GroupFigures::name).toList();
        if (!unrankedNone.isEmpty()) {
            sentences.add(String.join("、", unrankedNone) + "本期没有基层工会报表，未参与排名。");
        }
        if (!rankedNone.isEmpty()) {
            sentences.add(String.join("、", rankedNone) + "本期没有基层工会报表，其得分仅由有数据的指标计算。");
        }
        if (!unrankedOther.isEmpty()) {
            sentences.add(String.join("、", unrankedOther) + "本期没有可计算得分的指标，未参与排名。");
        }
        return String.join("", sentences);
    }

    /** No report of the period: the activity indicator counts reports (a year: unions that filed). */
    private boolean hasNoReports(GroupFigures group) {
        IndicatorResult activity = group.indicators().get(Indicator.ACTIVITY);
        return activity == null || activity.denominator() == 0;
    }

    /** The biggest rises and falls of rank since the period before, and the districts ranked for the first time. */
    private String movements() {
        if (!figures.previousComputed()) {
            return figures.previous().label() + "无评估数据，不作名次比较。";
        }
        List<GroupFigures> compared = figures.districts().stream()
                .filter(d -> d.rank() != null && d.previousRank() != null).toList();
        StringBuilder text = new StringBuilder("与").append(previousShort).append("相比，");
        int most = compared.stream().mapToInt(d -> d.previousRank() - d.rank()).max().orElse(0);
        int least = compared.stream().mapToInt(d -> d.previousRank() - d.rank()).min().orElse(0);
        if (compared.isEmpty()) {
            text.append("没有可比较名次的区县");
        } else if (most == 0 && least == 0) {
            text.append("各区县名次均未变化");
        } else {
            text.append(most > 0 ? "名次上升最多的是" + moved(compared, most) : "没有区县名次上升");
            text.append(least < 0 ? "；下降最多的是" + moved(compared, least) : "；没有区县名次下降");
        }
        List<GroupFigures> entered = figures.districts().stream()
                .filter(d -> d.rank() != null && d.previousRank() == null).toList();
        if (!entered.isEmpty()) {
            text.append("；新参与排名的有").append(entered.stream().map(d -> d.name() + "（" + rank(d.rank()) + "）")
                    .collect(Collectors.joining("、")));
        }
        return text.append("。").toString();
    }

    /** 「朝阳区（由第3名升至第1名，上升2位）」 for every district that moved by {@code up}. */
    private static String moved(List<GroupFigures> compared, int up) {
        return compared.stream().filter(d -> d.previousRank() - d.rank() == up)
                .map(d -> d.name() + "（由" + rank(d.previousRank()) + (up > 0 ? "升至" : "降至") + rank(d.rank())
                        + "，" + (up > 0 ? "上升" : "下降") + Math.abs(up) + "位）")
                .collect(Collectors.joining("、"));
    }

    /** 「房山区工会组建率（失 8.20 分）」 for each group, its indicator costing the most points. */
    private static String lossesOf(List<GroupFigures> groups, Map<GroupKey, Map<Indicator, BigDecimal>> lost) {
        List<String> parts = new ArrayList<>();
        for (GroupFigures g : groups) {
            Map<Indicator, BigDecimal> points = lost.get(GroupKey.district(g.districtCode()));
            if (points == null) {
                continue;
            }
            points.entrySet().stream().filter(e -> e.getValue().signum() > 0)
                    .max(Map.Entry.<Indicator, BigDecimal>comparingByValue()
                            .thenComparing(e -> -e.getKey().ordinal()))
                    .ifPresent(e -> parts.add(g.name() + e.getKey().chineseName() + "（失 " + score(e.getValue())
                            + " 分）"));
        }
        return String.join("、", parts);
    }

    private Table rankingTable(List<GroupFigures> groups, boolean districts) {
        Map<GroupKey, RankInterval> intervals = facts.analyses().rankIntervals().orElse(Map.of());
        List<Map<String, String>> rows = new ArrayList<>();
        for (GroupFigures g : groups) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("rank", g.rank() == null ? DASH : Integer.toString(g.rank()));
            row.put("name", districts ? g.name() : g.industryCode() + " " + g.name());
            row.put("score", g.score() == null ? DASH : score(g.score()));
            row.put("grade", g.grade() == null ? DASH : g.grade());
            row.put("change", OfficialNumbers.rankChange(g.rank(), g.previousRank()));
            RankInterval interval = intervals.get(districts ? GroupKey.district(g.districtCode())
                    : GroupKey.industry(g.industryCode()));
            row.put("interval", interval == null ? DASH : interval.best() == interval.worst()
                    ? Integer.toString(interval.best()) : interval.best() + "—" + interval.worst());
            rows.add(row);
        }
        Set<String> absent = new TreeSet<>();
        if (!figures.previousComputed()) {
            absent.add("change");
        }
        if (facts.analyses().rankIntervals().isEmpty()) {
            absent.add("interval");
        }
        return new Table(rows, absent);
    }

    // ---- 三、存在的问题

    private List<Paragraph> problems() {
        List<Paragraph> paragraphs = new ArrayList<>();
        int n = 0;
        for (Indicator indicator : unmet()) {
            paragraphs.add(Paragraph.lead("（" + TemplateDocument.numeral(++n) + "）" + indicator.chineseName()
                    + "未达到目标。", shortfall(indicator)));
        }
        ReportingGaps reporting = facts.reporting();
        if (reporting.missing() + reporting.late() > 0) {
            paragraphs.add(Paragraph.lead("（" + TemplateDocument.numeral(++n) + "）部分基层工会未按时报送报表。",
                    reportingGaps(reporting)));
        }
        if (facts.rejectedRows() > 0) {
            paragraphs.add(Paragraph.lead("（" + TemplateDocument.numeral(++n) + "）部分报表数据有误被退回。",
                    rejectedRows()));
        }
        if (paragraphs.isEmpty()) {
            paragraphs.add(Paragraph.of("本期各项指标均达到目标，应报的基层工会均按时报送，没有被退回的报表数据。"));
        }
        return paragraphs;
    }

    /**
     * 「全市工会组建率 69.5%，低于 90% 的目标 20.5 个百分点。有数据的 16 个区县中 12 个未达到目标，差距最大的是房山区
     * （52.1%，低于目标 37.9 个百分点）、…」 and, from the gaps where present, what reaching the target takes.
     */
    private String shortfall(Indicator indicator) {
        IndicatorResult city = figures.city().indicators().get(indicator);
        StringBuilder text = new StringBuilder("全市").append(indicator.chineseName()).append(" ")
                .append(percent(city.value())).append("，").append(againstTarget(city.value(), city.target(), false))
                .append("。");
        List<GroupFigures> withData = figures.districts().stream().filter(d -> d.value(indicator) != null).toList();
        List<GroupFigures> below = below(indicator);
        if (below.isEmpty()) {
            text.append("有数据的 ").append(withData.size()).append(" 个区县单独看均达到目标。");
        } else {
            text.append("有数据的 ").append(withData.size()).append(" 个区县")
                    .append(below.size() == withData.size() ? "均未达到目标"
                            : "中 " + below.size() + " 个未达到目标")
                    .append("，差距最大的是")
                    .append(below.subList(0, Math.min(NAMED, below.size())).stream().map(d -> {
                        IndicatorResult r = d.indicators().get(indicator);
                        return d.name() + "（" + percent(r.value()) + "，" + shortOfTarget(r.value(), r.target()) + "）";
                    }).collect(Collectors.joining("、"))).append("。");
        }
        facts.analyses().needed().ifPresent(needed -> {
            Long cityNeeds = needed.getOrDefault(GroupKey.CITY, Map.of()).get(indicator);
            if (cityNeeds != null && cityNeeds > 0) {
                text.append("要达到目标，全市").append(need(indicator, cityNeeds));
                List<String> parts = below.stream().limit(NAMED).map(d -> {
                    Long n = needed.getOrDefault(GroupKey.district(d.districtCode()), Map.of()).get(indicator);
                    return n == null || n <= 0 ? null : d.name() + "需 " + count(n) + " " + unit(indicator);
                }).filter(s -> s != null).toList();
                if (!parts.isEmpty()) {
                    // not 其中: a district below the target can need more than the city as a whole
                    text.append("；上述区县要各自达到目标，").append(String.join("、", parts));
                }
                text.append("。");
            }
        });
        return text.toString();
    }

    /** What closing the gap takes, in the words of each indicator: 「需新增会员 1,234 名」. */
    private String need(Indicator indicator, long n) {
        String amount = count(n) + " " + unit(indicator);
        return switch (indicator) {
            case COVERAGE -> "需新建工会覆盖单位 " + amount;
            case ENROLLMENT -> "需新增会员 " + amount;
            case SATISFACTION -> "需满意和基本满意的评议增加 " + amount;
            case INFO_COLLECTION -> "需新采集会员信息 " + amount;
            case JINGKA -> "需新办理京卡 " + amount;
            case REPORTING -> "需按时报送的基层工会增加 " + amount;
            case ACTIVITY -> period.isYear() ? "需全年活动达标的基层工会增加 " + amount : "需活动达标的报表增加 " + amount;
            case MIGRANT_ENROLLMENT -> "需新增农民工会员 " + amount;
        };
    }

    private String unit(Indicator indicator) {
        return switch (indicator) {
            case COVERAGE, REPORTING -> "家";
            case ENROLLMENT, INFO_COLLECTION, MIGRANT_ENROLLMENT -> "名";
            case SATISFACTION -> "人次";
            case JINGKA -> "张";
            case ACTIVITY -> period.isYear() ? "家" : "份";
        };
    }

    private String reportingGaps(ReportingGaps reporting) {
        String unit = period.isYear() ? " 家次" : " 家";
        StringBuilder text = new StringBuilder(period.isYear() ? "全年各季度应报送报表的基层工会中，累计" : "应报送报表的基层工会中，");
        text.append("未报送 ").append(count(reporting.missing())).append(unit).append("，逾期报送 ")
                .append(count(reporting.late())).append(unit).append("（报送期限为季度结束后 ")
                .append(figures.standards().deadlineDays()).append(" 日内）");
        Function<String, String> name = code -> figures.districts().stream().filter(d -> d.districtCode().equals(code))
                .map(GroupFigures::name).findFirst().orElse(code.isEmpty() ? "未归属区县" : code);
        List<String> most = reporting.byDistrict().entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, ReportingGaps.Count> e) -> -e.getValue().total())
                        .thenComparing(Map.Entry::getKey))
                .limit(NAMED)
                .map(e -> name.apply(e.getKey()) + "（未报送 " + count(e.getValue().missing()) + unit + "、逾期 "
                        + count(e.getValue().late()) + unit + "）")
                .toList();
        if (!most.isEmpty()) {
            text.append("，较多的是").append(String.join("、", most));
        }
        List<Period> imported = reportQuarters();
        List<Period> notYet = period.isYear() ? period.quartersToDate().stream().filter(q -> !imported.contains(q))
                .toList() : List.of();
        if (!notYet.isEmpty()) {
            text.append("；其中").append(quarterSpan(notYet)).append("尚未导入报表，应报的基层工会均计为未报送");
        }
        return text.append("。").toString();
    }

    private String rejectedRows() {
        List<ReasonCount> causes = facts.rejected().stream()
                .sorted(Comparator.comparingLong(ReasonCount::rowCount).reversed()
                        .thenComparing(ReasonCount::reasonCode))
                .toList();
        return "本期导入的报表中共退回 " + count(facts.rejectedRows()) + " 行，未计入统计。按退回原因分："
                + causes.stream().map(c -> {
                    // the rule without its examples: 「人数之间不一致（E09）10 行」
                    String rule = RejectCode.of(c.reasonCode()).map(CHINESE::rule)
                            .orElse(c.reasonCode()).replaceFirst("（.*）$", "");
                    return rule + "（" + c.reasonCode() + "）" + count(c.rowCount()) + " 行";
                }).collect(Collectors.joining("，")) + "。";
    }

    // ---- 附件

    private Table sourcesTable() {
        List<Map<String, String>> rows = new ArrayList<>();
        facts.reports().forEach(f -> rows.add(sourceRow("季度报表", f)));
        facts.registry().forEach(f -> rows.add(sourceRow("单位名录", f)));
        return Table.of(rows);
    }

    private static Map<String, String> sourceRow(String kind, SourceFile f) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("kind", kind);
        row.put("period", f.period());
        row.put("file", f.fileName());
        row.put("read", count(f.rowsRead()));
        row.put("accepted", count(f.rowsAccepted()));
        row.put("rejected", count(f.rowsRejected()));
        return row;
    }

    // ---- the rules of met and unmet

    private static boolean isMet(GroupFigures group, Indicator indicator) {
        IndicatorResult r = group.indicators().get(indicator);
        return r != null && "Y".equals(r.met());
    }

    private static boolean isUnmet(GroupFigures group, Indicator indicator) {
        IndicatorResult r = group.indicators().get(indicator);
        return r != null && r.value() != null && "N".equals(r.met());
    }

    /** The districts below the target of an indicator, the furthest first (ties by code). */
    List<GroupFigures> below(Indicator indicator) {
        return figures.districts().stream().filter(d -> isUnmet(d, indicator))
                .sorted(Comparator.comparing((GroupFigures d) -> d.value(indicator)
                        .subtract(d.indicators().get(indicator).target())).thenComparing(GroupFigures::districtCode))
                .toList();
    }
}
