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
