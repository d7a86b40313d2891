package org.unionstat.domain;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The data-quality rules (docs/data-quality.md): a report that passes E01–E10 but whose figures are doubtful gets a
 * flag with one of these codes. A flag never rejects a row and never changes a figure; it is sent to the district to
 * check. The rule is said by the bundles under {@link #messageKey()}; the thresholds
 * are settings ({@code unionstat.quality}).
 */
public enum QualityRule {

    Q01, Q02, Q03, Q04, Q05, Q06;

    /** The counts whose sudden changes Q01 looks for, in the order of the report's columns. */
    public static final List<ReportColumn> COUNTS = List.of(ReportColumn.EMPLOYEES, ReportColumn.MEMBERS,
            ReportColumn.MIGRANT_EMPLOYEES, ReportColumn.MIGRANT_MEMBERS, ReportColumn.INFO_COLLECTED,
            ReportColumn.CARDS_ISSUED);

    /** The field of a Q02 flag: the whole report, not one count. */
    public static final String ALL_COUNTS = "all_counts";

    /** The fields a flag can name: the counts, what Q04 and Q05 look at, and Q02's whole report. */
    private static final List<String> FIELDS = Stream.concat(
            Stream.concat(COUNTS.stream(), Stream.of(ReportColumn.EVALUATED, ReportColumn.ACTIVITIES))
                    .map(ReportColumn::key), Stream.of(ALL_COUNTS)).toList();

    /** "Q01": as stored in quality_flag.rule and written in the anomalies files. */
    public String code() {
        return name();
    }

    /** The key of the rule's text in the bundles: "quality.Q01", as each language says the rule. */
    public String messageKey() {
        return "quality." + name();
    }

    /** The field of a flag (a count of the report, or all_counts for Q02) in Chinese, as the reports' headers say. */
    public static String fieldInChinese(String key) {
        if (ALL_COUNTS.equals(key)) {
            return "全部人数";
        }
        return ReportColumn.ofKey(key).map(ReportColumn::chineseHeader).orElse(key);
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
