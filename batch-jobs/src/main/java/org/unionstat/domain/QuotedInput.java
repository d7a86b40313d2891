package org.unionstat.domain;

import java.util.List;

/**
 * Input text quoted in a message or kept in the job repository, shortened: a header cell, a value or a list of column
 * names can be megabytes long, and a message (or an execution context) must not grow with the input. Text longer than
 * {@link #MAX_CHARS} characters keeps its beginning and ends with "…"; a list names its first {@link #MAX_ITEMS}
 * entries and counts the rest.
 */
public final class QuotedInput {

    public static final int MAX_CHARS = 200;
    public static final int MAX_ITEMS = 5;

    private QuotedInput() {
    }

    /** The text, or its first {@value #MAX_CHARS} characters and "…". */
    public static String shorten(String text) {
        return shorten(text, MAX_CHARS);
    }

    public static String shorten(String text, int maxChars) {
        if (text == null || text.length() <= maxChars) {
            return text;
        }
        return Text.truncate(text, maxChars) + "…";
    }

    /** Items as listed in a message: the first few, each shortened, and how many were left out. */
    public record Listed(String shown, int omitted) {
    }

    /** "a, b, c, d, e" with 9,995 omitted, each item shortened; the message says how many more there are. */
    public static Listed list(List<String> items) {
        StringBuilder text = new StringBuilder();
        int shown = Math.min(items.size(), MAX_ITEMS);
        for (int i = 0; i < shown; i++) {
            if (i > 0) {
                text.append(", ");
            }
            text.append(shorten(items.get(i), 40));
            if (text.length() > MAX_CHARS) {
                shown = i + 1;
                break;
            }
        }
        return new Listed(text.toString(), items.size() - shown);
    }
}
