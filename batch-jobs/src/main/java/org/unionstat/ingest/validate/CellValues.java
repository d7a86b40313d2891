package org.unionstat.ingest.validate;

import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.unionstat.domain.QuotedInput;
import org.unionstat.domain.Uscc;

/**
 * Reading typed values out of trimmed cell text (docs/inputs.md#input-files). Each parser returns the value or throws
 * {@link InvalidCellException} whose detail says what is wrong (a key of the bundles and the value).
 */
public final class CellValues {

    private static final Pattern COUNT = Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.0+)?");
    private static final Pattern NEGATIVE = Pattern.compile("-\\s*[\\d,]+(?:\\.\\d+)?");
    private static final Pattern DECIMAL = Pattern.compile("[\\d,]*\\.\\d+|[\\d,]+\\.");
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private static final List<Pattern> DATES = List.of(
            Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})"),
            Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})"),
            Pattern.compile("(\\d{4})(\\d{2})(\\d{2})"),
            Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日"));

    private CellValues() {
    }

    /** A value that breaks a parsing rule; its detail completes "COLUMN: ...". */
    public static final class InvalidCellException extends RuntimeException {

        private final transient Reason.Detail detail;

        InvalidCellException(Reason reason, String value) {
            super(reason.key() + ": " + value, null, false, false); // no stack trace: a rejected cell is no failure
            this.detail = reason.with(value);
        }

        public Reason.Detail detail() {
            return detail;
        }
    }

    /**
     * A count: a non-negative integer, {@code 123}, {@code 1,234} (thousands separators in groups of three) or
     * {@code 12.0}. The empty cell is not a count; callers decide whether it means 0.
     */
    public static long count(String text) {
        long plain = plainCount(text);
        if (plain >= 0) {
            return plain;
        }
        Matcher m = COUNT.matcher(text);
        if (m.matches()) {
            BigInteger value = new BigInteger(m.group(1).replace(",", ""));
            if (value.compareTo(LONG_MAX) > 0) {
                throw new InvalidCellException(Reason.TOO_LARGE, QuotedInput.shorten(text));
            }
            return value.longValueExact();
        }
        if (NEGATIVE.matcher(text).matches()) {
            throw new InvalidCellException(Reason.NEGATIVE, QuotedInput.shorten(text));
        }
        if (DECIMAL.matcher(text).matches()) {
            throw new InvalidCellException(Reason.NOT_WHOLE, QuotedInput.shorten(text));
        }
        if (isFormulaError(text)) {
            throw new InvalidCellException(Reason.FORMULA_ERROR_NUMBER, text);
        }
        throw new InvalidCellException(Reason.NOT_NUMBER, QuotedInput.shorten(text));
    }

    /** Excel's and WPS's error values, as a workbook shows them and a CSV saved from it holds them. */
    private static final Set<String> FORMULA_ERRORS = Set.of("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?",
            "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!",
            "#UNKNOWN!");

    /** Whether a cell holds a spreadsheet's error value rather than a value. */
    public static boolean isFormulaError(String text) {
        return FORMULA_ERRORS.contains(text.toUpperCase(java.util.Locale.ROOT));
    }

    /**
     * The value of a count written as digits alone (what nearly every cell holds), or -1 for any other text: up to 18
     * digits, which no long overflows.
     */
    private static long plainCount(String text) {
        int length = text.length();
        if (length == 0 || length > 18) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** A date as yyyy-M-d, yyyy/M/d, yyyyMMdd or yyyy年M月d日 (XLSX date cells arrive as yyyy-MM-dd). */
    public static LocalDate date(String text) {
        for (Pattern pattern : DATES) {
            Matcher m = pattern.matcher(text);
            if (m.matches()) {
                try {
                    return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                } catch (DateTimeException e) {
                    throw new InvalidCellException(Reason.IMPOSSIBLE_DATE, QuotedInput.shorten(text));
                }
            }
        }
        throw new InvalidCellException(Reason.NOT_DATE, QuotedInput.shorten(text));
    }

    /** Why a normalised code is not a valid USCC (GB 32100-2015), or null when it is one. */
    public static Reason.Detail usccProblem(String code) {
        if (code.length() != 18) {
            return Reason.USCC_LENGTH.with(QuotedInput.shorten(code), code.length());
        }
        for (int i = 0; i < code.length(); i++) {
            if (Uscc.ALPHABET.indexOf(code.charAt(i)) < 0) {
                return Reason.USCC_CHARACTER.with(QuotedInput.shorten(code), code.charAt(i));
            }
        }
        if (!Uscc.isValid(code)) {
            return Reason.USCC_CHECK.with(QuotedInput.shorten(code), Uscc.checkCharacter(code.substring(0, 17)));
        }
        return null;
    }
}
