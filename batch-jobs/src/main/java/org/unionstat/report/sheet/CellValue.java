package org.unionstat.report.sheet;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.apache.poi.ss.usermodel.DateUtil;

/**
 * What a table's value becomes in its cell, for cells set through POI ({@link CellWriter}) and for rows written
 * straight to a sheet's spool ({@link StreamedTable}) alike: nothing for null, a number (a date or a time as the day
 * number Excel holds for it), or a text cut to the longest a cell holds, shown quote-prefixed when it would start a
 * formula.
 */
public record CellValue(Kind kind, double number, String text) {

    public enum Kind { BLANK, NUMBER, TEXT }

    /** The longest text a cell holds (Excel's limit). */
    static final int MAX_TEXT = 32_767;

    private static final CellValue BLANK = new CellValue(Kind.BLANK, 0, null);

    public static CellValue of(Object value, boolean date1904) {
        if (value == null) {
            return BLANK;
        }
        if (value instanceof Number number) {
            return new CellValue(Kind.NUMBER, number.doubleValue(), null);
        }
        if (value instanceof LocalDate date) {
            return new CellValue(Kind.NUMBER, DateUtil.getExcelDate(date.atStartOfDay(), date1904), null);
        }
        if (value instanceof LocalDateTime time) {
            return new CellValue(Kind.NUMBER, DateUtil.getExcelDate(time, date1904), null);
        }
        String text = value.toString();
        return new CellValue(Kind.TEXT, 0, text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT - 1) + "…" : text);
    }

    /** Whether the cell is a text that would start a formula if typed into Excel: it is shown quote-prefixed. */
    public boolean formulaLike() {
        return kind == Kind.TEXT && looksLikeFormula(text);
    }

    static boolean looksLikeFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }
}
