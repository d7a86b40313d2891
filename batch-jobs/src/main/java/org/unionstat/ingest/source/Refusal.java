package org.unionstat.ingest.source;

import java.util.List;
import java.util.Locale;

import org.unionstat.text.MessageKey;
import org.unionstat.text.Messages;

/**
 * Why a whole file is refused, or what is said about its header, as a key of the bundles: the text is made where the
 * language is known (the inspect step, {@code check}).
 */
public enum Refusal implements MessageKey {

    EMPTY_FILE,
    LEGACY_WORKBOOK,
    PDF,
    UTF16,
    BINARY,
    RECORD_TOO_LONG,
    MALFORMED_CSV,
    UNDECODABLE,
    OVERSIZED_WORKBOOK,
    UNREADABLE_WORKBOOK,
    UNREADABLE_WORKBOOK_WHY,
    NO_HEADER,
    NO_DATA_ROWS,
    MISSING_COLUMNS,
    MISSING_AND_UNKNOWN_COLUMNS,
    MISSING_AND_MANY_UNKNOWN_COLUMNS,
    REPEATED_COLUMNS,
    UNKNOWN_COLUMNS_IGNORED,
    MANY_UNKNOWN_COLUMNS_IGNORED,
    ROW_TOO_WIDE_HEADER,
    ROW_TOO_WIDE,
    UNREADABLE,
    CHANGED_SINCE_STARTED,
    // a returned district workbook or CSV of answers (import-followup); {0} is the file
    NO_ANSWER_TABLE,
    NO_ANSWER_TABLE_ON_SHEET,
    NO_ANSWER_COLUMN,
    NO_SHEET,
    NOT_A_WORKBOOK,
    TOO_MANY_CELLS,
    NOT_A_CSV,
    TOO_MANY_ROWS,
    TOO_LARGE,
    CANNOT_BE_READ;

    @Override
    public String key() {
        return "refusal." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public Detail with(Object... args) {
        return new Detail(this, List.of(args));
    }

    /** A refusal and its arguments, not yet text. */
    public record Detail(Refusal refusal, List<Object> args) {

        public Object[] arguments() {
            return args.toArray();
        }

        /** The text in the language of {@code messages}. */
        public String in(Messages messages) {
            return messages.text(refusal, arguments());
        }
    }
}
