package org.unionstat.domain;

import java.util.Optional;

/**
 * The data-quality rules (docs/data-quality.md): a report that passes E01–E10 but whose figures are doubtful gets a
 * flag with one of these codes. A flag never rejects a row and never changes a figure; it is sent to the district to
 * check. The rule is said in Chinese for the workbooks and in English as docs/data-quality.md says it; the thresholds
 * are settings ({@code unionstat.quality}).
 */
public enum QualityRule {

    Q01("人数较上期突变", "a count changed far more than other unions' did since the union's previous report"),
    Q02("连续两个季度照抄上期数字", "every count repeats the previous quarter's, two quarters running"),
    Q03("职工人数与单位名录相差悬殊", "employees differ widely from the registry's employees of the union's units"),
    Q04("本季度活动次数过多", "more activities in the quarter than are plausible"),
    Q05("评议满意率为百分之百且参评人数较多", "satisfaction of exactly 100 % with many members evaluated"),
    Q06("会员人数恰好等于职工人数（大单位）", "members exactly equal to employees in a large union");

    private final String ruleInChinese;
    private final String ruleInEnglish;

    QualityRule(String ruleInChinese, String ruleInEnglish) {
        this.ruleInChinese = ruleInChinese;
        this.ruleInEnglish = ruleInEnglish;
    }

    /** "Q01": as stored in quality_flag.rule and written in the anomalies files. */
    public String code() {
        return name();
    }

    public String ruleInChinese() {
        return ruleInChinese;
    }

    public String ruleInEnglish() {
        return ruleInEnglish;
    }

    /** The field of a flag (a count of the report, or all_counts for Q02) in Chinese, as the reports' headers say it. */
    public static String fieldInChinese(String key) {
        return switch (key) {
            case "employees" -> "职工人数";
            case "members" -> "会员人数";
            case "migrant_employees" -> "农民工人数";
            case "migrant_members" -> "农民工会员人数";
            case "info_collected" -> "已采集信息会员数";
            case "cards_issued" -> "京卡办理数";
            case "evaluated" -> "参评会员数";
            case "activities" -> "本季度活动次数";
            case "all_counts" -> "全部人数";
            default -> key;
        };
    }

    /** The field key written as {@code text}: the key itself or its Chinese name; empty for anything else. */
    public static Optional<String> fieldKey(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        for (String key : FIELDS) {
            if (key.equalsIgnoreCase(t) || fieldInChinese(key).equals(t)) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }

    private static final java.util.List<String> FIELDS = java.util.List.of("employees", "members",
            "migrant_employees", "migrant_members", "info_collected", "cards_issued", "evaluated", "activities",
            "all_counts");

    /** The code written as {@code text} (surrounding blanks ignored, any case); empty for anything else. */
    public static Optional<QualityRule> of(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String code = text.strip();
        for (QualityRule value : values()) {
            if (value.name().equalsIgnoreCase(code)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
