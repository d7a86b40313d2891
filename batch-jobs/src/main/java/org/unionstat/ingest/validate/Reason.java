package org.unionstat.ingest.validate;

import java.util.List;

import org.unionstat.text.MessageKey;

/**
 * What is wrong with a cell, as a key of the bundles: the text of a problem completes "E02 COLUMN: …" in the language
 * set. A reason's arguments are kept, not formatted, so only rejected rows pay for their text.
 */
public enum Reason implements MessageKey {

    /** The line of one problem: code, column, what is wrong. */
    PROBLEM,
    /** Between two problems of a row. */
    SEPARATOR,
    EMPTY,
    FORMULA_ERROR_VALUE,
    FORMULA_ERROR_NUMBER,
    TOO_LARGE,
    NEGATIVE,
    NOT_WHOLE,
    NOT_NUMBER,
    IMPOSSIBLE_DATE,
    NOT_DATE,
    USCC_LENGTH,
    USCC_CHARACTER,
    USCC_CHECK,
    NOT_UNION,
    NOT_DISTRICT,
    NOT_INDUSTRY,
    NOT_QUARTER,
    OTHER_PERIOD,
    MORE_THAN,
    NOT_SUM,
    REPEATED;

    @Override
    public String key() {
        return "reason." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** This reason with its arguments; a {@link ColumnName} among them is said as the column is. */
    public Detail with(Object... args) {
        return new Detail(this, List.of(args));
    }

    /** A reason and its arguments, not yet text. */
    public record Detail(Reason reason, List<Object> args) {
    }

    /** A column named in a reason's text: its Chinese header or its English key, as the problem's own column. */
    public record ColumnName(String key) {
    }
}
