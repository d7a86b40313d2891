package org.unionstat.report.figures;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import org.unionstat.domain.FollowUpStatus;
import org.unionstat.domain.QualityRule;
import org.unionstat.text.MessageKey;
import org.unionstat.text.Messages;

/**
 * One flagged figure of a report (docs/data-quality.md) as the outputs show it: the report's codes and name, what the
 * rule compared, how far it went, and the district's answer if one was imported.
 *
 * @param previousValue the figure compared with: the previous report's (Q01, Q02: employees), the registry's (Q03),
 *        the report's employees (Q06); null when the rule compares with a fixed bar (Q04, Q05)
 * @param measure Q01 the modified z-score, Q03 reported ÷ registry employees, Q04 the activities, Q05 the satisfaction
 *        (1), Q06 members ÷ employees (1); null where it cannot be worked out
 * @param reference Q01 the previous report's quarter, Q02 the first quarter of the repeated figures, Q03 the
 *        registry's year; null otherwise
 * @param status the district's answer (已核实无误 / 已更正 / 待核实), null when none was imported
 * @param earlierPeriod the quarter of the latest earlier answer about the same rule and field of the union (its
 *        status and note follow), null when there is none
 */
public record Anomaly(String period, String districtCode, String industryCode, String unionId, String unionName,
        String rule, String field, Long previousValue, long currentValue, BigDecimal measure, String reference,
        String status, String answerNote, String answerFile, LocalDateTime answeredAt, String earlierPeriod,
        String earlierStatus, String earlierNote) {

    public QualityRule qualityRule() {
        return QualityRule.of(rule).orElseThrow();
    }

    /** The status as a value of the list, or null. */
    public FollowUpStatus followUp() {
        return status == null ? null : FollowUpStatus.of(status).orElse(null);
    }

    /** The texts of an explanation besides the rule's own. */
    public enum Texts implements MessageKey {
        PREVIOUS_REPORT, UNCHANGED_SINCE, REGISTRY_OF_YEAR, RULE_WHERE, EARLIER_ANSWER, EARLIER_ANSWER_NOTE, ANSWER,
        ANSWER_NOTE, SUMMARY, SUMMARY_RULE, SUMMARY_SEPARATOR;

        @Override
        public String key() {
            return "anomaly." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** What the rule compared: the rule, then where the figure compared with comes from. */
    public String explanation(Messages messages) {
        QualityRule r = qualityRule();
        String where = switch (r) {
            case Q01 -> messages.text(Texts.PREVIOUS_REPORT, reference);
            case Q02 -> messages.text(Texts.UNCHANGED_SINCE, reference);
            case Q03 -> messages.text(Texts.REGISTRY_OF_YEAR, reference);
            default -> null;
        };
        String text = where == null ? messages.rule(r) : messages.text(Texts.RULE_WHERE, messages.rule(r), where);
        if (earlierPeriod != null) {
            text += earlierNote == null || earlierNote.isEmpty()
                    ? messages.text(Texts.EARLIER_ANSWER, earlierPeriod, earlierStatus)
                    : messages.text(Texts.EARLIER_ANSWER_NOTE, earlierPeriod, earlierStatus, earlierNote);
        }
        return text;
    }

    /** The explanation, then the district's answer when there is one (the CSV's note). */
    public String note(Messages messages) {
        if (status == null) {
            return explanation(messages);
        }
        return explanation(messages) + (answerNote == null || answerNote.isEmpty()
                ? messages.text(Texts.ANSWER, status, answerFile)
                : messages.text(Texts.ANSWER_NOTE, status, answerNote, answerFile));
    }
}
