package org.unionstat.domain;

import java.util.Optional;

/**
 * The data-quality rules (docs/data-quality.md): a report that passes E01–E10 but whose figures are doubtful gets a
 * flag with one of these codes. A flag never rejects a row and never changes a figure; it is sent to the district to
 * check. The rule is said by the bundles under {@link #messageKey()}; the thresholds
 * are settings ({@code unionstat.quality}).
 */
public enum QualityRule {

    Q01, Q02, Q03, Q04, Q05, Q06;

    /** "Q01": as stored in quality_flag.rule and written in the anomalies files. */
    public String code() {
        return name();
    }

    /** The key of the rule's text in the bundles: "quality.Q01", as each language says the rule. */
    public String messageKey() {
        return "quality." + name();
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
