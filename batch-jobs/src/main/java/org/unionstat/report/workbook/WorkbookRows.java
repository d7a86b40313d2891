package org.unionstat.report.workbook;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.springframework.stereotype.Component;

import org.unionstat.domain.District;
import org.unionstat.domain.Indicator;
import org.unionstat.domain.Period;
import org.unionstat.domain.QualityRule;
import org.unionstat.domain.ReferenceData;
import org.unionstat.domain.RejectCode;
import org.unionstat.indicators.IndicatorResult;
import org.unionstat.report.figures.Anomaly;
import org.unionstat.report.figures.AssessmentFigures;
import org.unionstat.report.figures.ReportScope;
import org.unionstat.report.figures.WorkbookMapper.ReasonCount;
import org.unionstat.report.figures.WorkbookMapper.RejectedRecord;
import org.unionstat.report.figures.WorkbookMapper.ReportingGap;
import org.unionstat.report.figures.WorkbookMapper.ReportingQuery;
import org.unionstat.report.figures.WorkbookMapper.UnionFigures;
import org.unionstat.report.figures.WorkbookStandards;
import org.unionstat.text.Messages;

/**
 * The rows both workbooks share (the assessment workbook and the districts' feedback workbooks), in the column order
 * of the templates' sheets, and the placeholders they share.
 */
@Component
class WorkbookRows {

    static final String NOT_ATTRIBUTED = "未归属";
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^0-9A-Za-z]+");

    /** What a union falls short of, by the bits of {@link UnionFigures#shortfalls}: each of the 16 texts made once. */
    private static final List<String> SHORTFALL_TEXTS = IntStream.range(0, 16).mapToObj(bits -> {
        List<String> failed = new ArrayList<>();
        if ((bits & UnionFigures.ENROLLMENT_SHORT) != 0) {
            failed.add(Indicator.ENROLLMENT.chineseName());
        }
        if ((bits & UnionFigures.INFO_SHORT) != 0) {
            failed.add(Indicator.INFO_COLLECTION.chineseName());
        }
        if ((bits & UnionFigures.JINGKA_SHORT) != 0) {
            failed.add(Indicator.JINGKA.chineseName());
        }
        if ((bits & UnionFigures.ACTIVITY_SHORT) != 0) {
            failed.add("活动次数");
        }
        return String.join("、", failed);
    }).toList();

    private final ReferenceData reference;
    /** Each industry's "code name", made once rather than for every union row. */
    private final Map<String, String> industryLabels = new HashMap<>();

    private final Messages messages;

    WorkbookRows(ReferenceData reference, Messages messages) {
        this.reference = reference;
        this.messages = messages;
        reference.industries().forEach(i -> industryLabels.put(i.code(), i.code() + " " + i.name()));
    }

    /** A row of 疑似异常 (WorkbookLayouts.ANOMALY_HEADERS): the flag, then the district's answer if one came back. */
    List<Object> anomaly(Anomaly a) {
        String answeredBy = a.answerFile() == null ? null
                : a.answerFile() + (a.answeredAt() == null ? "" : "，" + AssessmentWorkbookOutput.TIME.format(a.answeredAt()));
        return Arrays.asList(a.period(), a.districtCode(), districtName(a.districtCode()),
                industryLabels.getOrDefault(a.industryCode(), a.industryCode()), a.unionId(), a.unionName(), a.rule(),
                a.explanation(messages), QualityRule.fieldInChinese(a.field()), a.previousValue(), a.currentValue(), a.measure(),
                a.status(), a.answerNote(), answeredBy);
    }

    /**
     * 按区县和规则汇总: per district of config (and 全市 last), the reports each rule flagged and the reports flagged
     * by any rule.
     */
    List<List<Object>> anomalyCounts(List<Anomaly> anomalies) {
        Map<String, Map<QualityRule, Set<String>>> byDistrict = new HashMap<>();
        for (Anomaly a : anomalies) {
            for (String district : List.of(a.districtCode(), "")) {
                byDistrict.computeIfAbsent(district, d -> new java.util.EnumMap<>(QualityRule.class))
                        .computeIfAbsent(a.qualityRule(), r -> new java.util.HashSet<>()).add(a.period() + a.unionId());
            }
        }
        List<List<Object>> result = new ArrayList<>();
        for (District district : reference.districts()) {
            result.add(anomalyCountRow(district.code(), district.name(), byDistrict.get(district.code())));
        }
        result.add(anomalyCountRow("", "全市", byDistrict.get("")));
        return result;
    }

    private static List<Object> anomalyCountRow(String code, String name, Map<QualityRule, Set<String>> counts) {
        List<Object> row = new ArrayList<>(List.of(code, name));
        Set<String> any = new java.util.HashSet<>();
        for (QualityRule rule : QualityRule.values()) {
            Set<String> reports = counts == null ? Set.of() : counts.getOrDefault(rule, Set.of());
            row.add((long) reports.size());
            any.addAll(reports);
        }
        row.add((long) any.size());
        return row;
    }

    /** 退回原因: each code with its rule and its rows. */
    List<List<Object>> reasonRows(List<ReasonCount> counts) {
        return counts.stream().map(c -> Arrays.<Object>asList(c.reasonCode(),
                RejectCode.of(c.reasonCode()).map(messages::rule).orElse(""),
                c.rowCount())).toList();
    }

    /** 疑似异常（不退回）：Q01 人数较上期突变 3 份，…: the data-quality sheet's line on the flags. */
    String anomalySummary(List<Anomaly> anomalies) {
        Map<QualityRule, Set<String>> reports = new java.util.EnumMap<>(QualityRule.class);
        anomalies.forEach(a -> reports.computeIfAbsent(a.qualityRule(), r -> new java.util.HashSet<>())
                .add(a.period() + a.unionId()));
        List<String> parts = new ArrayList<>();
        for (QualityRule rule : QualityRule.values()) {
            parts.add(messages.text(Anomaly.Texts.SUMMARY_RULE, rule.code(), messages.rule(rule),
                    reports.getOrDefault(rule, Set.of()).size()));
        }
        return messages.text(Anomaly.Texts.SUMMARY,
                String.join(messages.text(Anomaly.Texts.SUMMARY_SEPARATOR), parts));
    }

    /** Placeholders of every workbook of a period: titles, targets, weights, bars. */
    Map<String, Object> placeholders(AssessmentFigures figures, String title, String generated) {
        Map<String, Object> values = new HashMap<>();
        Period period = figures.period();
        WorkbookStandards standards = figures.standards();
        ReportScope scope = ReportScope.of(period);
        values.put("title", title);
        values.put("generated", generated);
        values.put("period_label", period.label());
        values.put("previous_label", figures.previous().label());
        values.put("previous_short", period.isYear() ? "上年" : "上季度");
        values.put("activity_bar", scope.activityBar(standards));
        values.put("activity_scope", scope.activityScope());
        values.put("grade_excellent", standards.excellent().stripTrailingZeros().toPlainString());
        values.put("grade_good", standards.good().stripTrailingZeros().toPlainString());
        values.put("grade_pass", standards.pass().stripTrailingZeros().toPlainString());
        values.put("deadline_days", standards.deadlineDays());
        values.put("robustness_draws", drawsText(standards));
        values.put("robustness_noise", noiseText(standards));
        for (Indicator indicator : Indicator.values()) {
            values.put("target:" + indicator.key(), standards.target(indicator));
            values.put("weight:" + indicator.key(), standards.weight(indicator));
        }
        return values;
    }

    /** The number of weight draws of the rank intervals, as a reader writes it: 1,000. */
    static String drawsText(WorkbookStandards standards) {
        return String.format(Locale.ROOT, "%,d", standards.robustness().draws());
    }

    /** How far each weight may move in the draws, as a percentage: 25%. */
    static String noiseText(WorkbookStandards standards) {
        return standards.robustness().noiseFactor().movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    /** 区县代码 … 报送日期: one union, as in the sheets 未达标基层工会 and 基层工会. */
    List<Object> union(UnionFigures u) {
        return Arrays.asList(u.districtCode(), districtName(u.districtCode()), u.unionId(), u.unionName(), u.unitId(),
                industryLabel(u.industryCode()), u.employees(), u.members(), ratio(u.members(), u.employees()),
                ratio(u.infoCollected(), u.members()), ratio(u.cardsIssued(), u.members()), u.activities(),
                SHORTFALL_TEXTS.get(u.shortfalls() & 15), u.period(), u.submittedOn());
    }

    /** 报告期 … 原始记录: one rejected row, as in the sheets 数据质量 and 退回记录. */
    List<Object> rejected(RejectedRecord r, String district) {
        return Arrays.asList(r.period(), r.fileName(), r.sourceLine(), r.recordId(), r.reasonCode(), r.reasons(),
                district == null ? NOT_ATTRIBUTED : districtName(district), r.rawRecord());
    }

    /** 报告期 … 逾期天数: one union that did not file a quarter, or filed it late. */
    List<Object> gap(ReportingQuery query, ReportingGap g) {
        Long daysLate = g.submittedOn() == null ? null : ChronoUnit.DAYS.between(query.deadline(), g.submittedOn());
        return Arrays.asList(query.period(), g.districtCode(), districtName(g.districtCode()), g.unionId(),
                g.unionName(), g.submittedOn() == null ? "未报送" : "逾期报送", g.lastPeriod(), g.submittedOn(),
                daysLate);
    }

    /**
     * The district a rejected row belongs to: the one district code among the row's own cells, else the district of
     * the union's latest report, else none. The raw record's format does not matter: it is split at every character
     * that is not a letter or digit, and a district code is six digits that no other cell of a report has alone.
     */
    String districtOf(RejectedRecord r) {
        if (r.rawRecord() != null) {
            Set<String> codes = new TreeSet<>();
            for (String token : NOT_ALPHANUMERIC.split(r.rawRecord())) {
                if (reference.isDistrict(token)) {
                    codes.add(token);
                }
            }
            if (codes.size() == 1) {
                return codes.iterator().next();
            }
        }
        return r.knownDistrict() != null && reference.isDistrict(r.knownDistrict()) ? r.knownDistrict() : null;
    }

    String districtName(String code) {
        return code == null ? "" : reference.district(code).map(District::name).orElse(code);
    }

    String industryLabel(String code) {
        return code == null ? "" : industryLabels.getOrDefault(code, code);
    }

    /** 达标, 未达标, or empty when unavailable. */
    static String met(IndicatorResult result) {
        if (result == null || result.met() == null) {
            return "";
        }
        return "Y".equals(result.met()) ? "达标" : "未达标";
    }

    /**
     * numerator / denominator to 6 decimals, half up (as docs/indicators.md rounds values), as the number a cell holds; null when
     * the denominator is 0. A ratio from 0 to 1 is worked out in whole millionths, without the BigDecimal division
     * (three per union row): the same double, since a BigDecimal of 6 decimals becomes its millionths ÷ 10⁶.
     */
    static Double ratio(long numerator, long denominator) {
        if (denominator == 0) {
            return null;
        }
        if (numerator >= 0 && numerator <= denominator && denominator <= EXACT_LIMIT) {
            long millionths = (numerator * 2_000_000 + denominator) / (2 * denominator);
            return millionths / 1e6;
        }
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 6, RoundingMode.HALF_UP)
                .doubleValue();
    }

    /**
     * Up to it, numerator × 2,000,000 + denominator cannot overflow; a ratio up to 1 (what validated counts give) is at
     * most 10⁶ millionths, which a double holds exactly.
     */
    private static final long EXACT_LIMIT = 4_000_000_000_000L;
}
