package org.unionstat.domain;

import java.util.regex.Pattern;

/**
 * A text cell of a CSV file unionstat writes, made safe to open in Excel or WPS: text that a spreadsheet would take for
 * a formula or a command (it begins with {@code = + - @}, their full-width forms, a tab or a carriage return) gets a
 * leading apostrophe, as the OWASP advice on CSV injection says. A plain number ({@code -0.25}) is left as it is: a
 * spreadsheet reads it as the number it is, so a negative gap stays a number.
 */
public final class CsvCell {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?[0-9]+(\\.[0-9]+)?");

    private CsvCell() {
    }

    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return startsLikeAFormula(text) && !PLAIN_NUMBER.matcher(text).matches() ? "'" + text : text;
    }

    /** Whether a spreadsheet could read this text as a formula or a command. */
    public static boolean startsLikeAFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '＝' || first == '＋' || first == '－' || first == '＠';
    }
}
