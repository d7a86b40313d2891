package org.unionstat.ingest.check;

import java.util.Locale;

import org.unionstat.text.MessageKey;

/** The texts of a feedback workbook: its sheets, headers, labels and verdicts. */
enum FeedbackText implements MessageKey {

    SUMMARY_SHEET,
    DETAILS_SHEET,
    BY_CODE_SHEET,
    PASSED,
    HAS_ERRORS,
    REFUSED,
    LINE,
    ID,
    ERROR_CODE,
    CODE,
    REASONS,
    RAW,
    RULE,
    ROWS,
    FILE,
    YEAR,
    PERIOD,
    READ,
    ACCEPTED,
    REJECTED,
    VERDICT,
    REASON,
    NOTE;

    @Override
    public String key() {
        return "feedback." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
