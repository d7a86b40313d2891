package org.unionstat.report.sheet;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.function.IntFunction;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * Spools the rows of a streamed sheet to its temporary file as the XML POI's own writer makes, byte for byte, at a
 * fraction of the cost for the cells a report has (blank, number, text): POI formats every cell reference anew, makes
 * five writes per attribute and a char array per character of text. Other cells are left to POI.
 */
public final class SheetXmlWriter extends SheetDataWriter {

    private static final long NEGATIVE_ZERO = Double.doubleToRawLongBits(-0.0);
    private static final int BUFFERED_CHARS = 1 << 16;

    private final TextsByNumber columnLetters = new TextsByNumber(CellReference::convertNumToColString);
    private final TextsByNumber styleIndexes = new TextsByNumber(Integer::toString);
    private String rowNumber;
    private int rowsWritten;
    private int firstRowWritten;
    private int lastRowWritten = -1;
    private int cellsOfLastRowWritten;

    /** Spools to a temporary file, as SXSSF does. */
    public SheetXmlWriter() throws IOException {
        super();
    }

    /** Writes to {@code out} (for tests). */
    SheetXmlWriter(Writer out) throws IOException {
        super(out);
    }

    @Override
    public Writer createWriter(File file) throws IOException {
        return new SheetFileWriter(new FileOutputStream(file), BUFFERED_CHARS);
    }

    @Override
    public void writeRow(int rownum, SXSSFRow row) throws IOException {
        rowNumber = Integer.toString(rownum + 1);
        super.writeRow(rownum, row);
    }

    @Override
    public void writeCell(int column, Cell cell) throws IOException {
        if (cell == null) {
            return;
        }
        int style = cell.getCellStyle().getIndex() & 0xffff;
        switch (cell.getCellType()) {
            case BLANK -> blankCell(column, style);
            case NUMERIC -> numberCell(column, style, cell.getNumericCellValue());
            case STRING -> textCell(column, style, cell.getStringCellValue());
            default -> super.writeCell(column, cell);
        }
    }

    /**
     * Starts a row written straight from its values, without POI's row and cell objects (a long table's rows, see
     * {@link StreamedTable}): the same XML as a row of {@code height} twips (negative: the default)
     * flushed by SXSSF. Its cells follow in column order, then {@link #endRow(int)}. The rows are counted as flushed
     * rows, so the sheet knows where its data ends.
     */
    public void startRow(int rownum, short height) throws IOException {
        if (rowsWritten == 0) {
            firstRowWritten = rownum;
        }
        rowsWritten++;
        lastRowWritten = Math.max(rownum, lastRowWritten);
        rowNumber = Integer.toString(rownum + 1);
        Writer out = _out;
        out.write("<row r=\"");
        out.write(rowNumber);
        out.write('"');
        if (height >= 0) {
            out.write(" customHeight=\"1\" ht=\"");
            out.write(Float.toString((float) height / 20));
            out.write('"');
        }
        out.write(">\n");
    }

    /** Ends a row begun by {@link #startRow}; {@code cellEnd} is the column after its last cell. */
    public void endRow(int cellEnd) throws IOException {
        cellsOfLastRowWritten = cellEnd;
        _out.write("</row>\n");
    }

    public void blankCell(int column, int style) throws IOException {
        startCell(column, style);
        _out.write("></c>");
    }

    /** A number, or the error value SXSSF gives one that is not finite. */
    public void numberCell(int column, int style, double value) throws IOException {
        startCell(column, style);
        Writer out = _out;
        if (Double.isFinite(value)) {
            out.write(" t=\"n\"><v>");
            out.write(number(value));
        } else {
            out.write(" t=\"e\"><v>");
            out.write(Double.isNaN(value) ? "#NUM!" : "#DIV/0!");
        }
        out.write("</v></c>");
    }

    public void textCell(int column, int style, String text) throws IOException {
        startCell(column, style);
        Writer out = _out;
        out.write(" t=\"inlineStr\"><is><t");
        if (hasLeadingOrTrailingSpace(text)) {
            out.write(" xml:space=\"preserve\"");
        }
        out.write('>');
        writeEscaped(text);
        out.write("</t></is></c>");
    }

    private void startCell(int column, int style) throws IOException {
        Writer out = _out;
        out.write("<c r=\"");
        out.write(columnLetters.of(column));
        out.write(rowNumber);
        out.write('"');
        if (style != 0) {
            out.write(" s=\"");
            out.write(styleIndexes.of(style));
            out.write('"');
        }
    }

    // SXSSF asks its writer where the flushed rows are (to refuse a row above them, and for the sheet's extent):
    // those of startRow count too.

    @Override
    public int getNumberOfFlushedRows() {
        return super.getNumberOfFlushedRows() + rowsWritten;
    }

    @Override
    public int getLowestIndexOfFlushedRows() {
        if (rowsWritten == 0) {
            return super.getLowestIndexOfFlushedRows();
        }
        return super.getNumberOfFlushedRows() == 0 ? firstRowWritten
                : Math.min(firstRowWritten, super.getLowestIndexOfFlushedRows());
    }

    @Override
    public int getLastFlushedRow() {
        return Math.max(super.getLastFlushedRow(), lastRowWritten);
    }

    @Override
    public int getNumberOfCellsOfLastFlushedRow() {
        return lastRowWritten > super.getLastFlushedRow() ? cellsOfLastRowWritten
                : super.getNumberOfCellsOfLastFlushedRow();
    }

    /**
     * As {@link Double#toString}, without its general algorithm for the numbers a report mostly has: whole numbers,
     * and ratios of six decimals from 0.001 up to 1 (below 0.001 Double.toString writes an exponent).
     */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e7
                && Double.doubleToRawLongBits(value) != NEGATIVE_ZERO) {
            return Long.toString((long) value).concat(".0");
        }
        if (value >= 1e-3 && value < 1) {
            long millionths = Math.round(value * 1e6);
            if (millionths / 1e6 == value) {
                return millionths(millionths);
            }
        }
        return Double.toString(value);
    }

    /** 0.dddddd for 1,000 ≤ {@code millionths} < 1,000,000, without trailing zeros. */
    private static String millionths(long millionths) {
        String digits = Long.toString(1_000_000 + millionths);
        int end = digits.length();
        while (digits.charAt(end - 1) == '0') {
            end--;
        }
        return "0.".concat(digits.substring(1, end));
    }

    private static boolean hasLeadingOrTrailingSpace(String text) {
        return !text.isEmpty() && (isWhitespace(text.charAt(0)) || isWhitespace(text.charAt(text.length() - 1)));
    }

    /**
     * {@link Character#isWhitespace}, which POI asks, without its table lookup for the letters and the Chinese
     * characters names begin and end with: no character above U+3000 is whitespace.
     */
    static boolean isWhitespace(char c) {
        if (c > '\u3000' || c > ' ' && c < '\u0080') {
            return false;
        }
        return Character.isWhitespace(c);
    }

    /** XML-escaped as POI does: its entities for markup and line breaks, {@code ?} for other control characters. */
    private void writeEscaped(String text) throws IOException {
        Writer out = _out;
        int plainFrom = 0;
        for (int i = 0; i < text.length(); i++) {
            String replacement = replacement(text.charAt(i));
            if (replacement != null) {
                out.write(text, plainFrom, i - plainFrom);
                out.write(replacement);
                plainFrom = i + 1;
            }
        }
        out.write(text, plainFrom, text.length() - plainFrom);
    }

    private static String replacement(char c) {
        return switch (c) {
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '&' -> "&amp;";
            case '"' -> "&quot;";
            case '\n' -> "&#xa;";
            case '\r' -> "&#xd;";
            case '\t' -> "&#x9;";
            case '\u00A0' -> "&#xa0;";
            default -> c < ' ' || c >= '\uFFFE' ? "?" : null;
        };
    }

    /** The texts of small numbers (column letters, style indexes), each made once. */
    private static final class TextsByNumber {

        private final IntFunction<String> text;
        private String[] made = new String[64];

        TextsByNumber(IntFunction<String> text) {
            this.text = text;
        }

        String of(int number) {
            if (number >= made.length) {
                made = Arrays.copyOf(made, Math.max(number + 1, made.length * 2));
            }
            String result = made[number];
            if (result == null) {
                result = text.apply(number);
                made[number] = result;
            }
            return result;
        }
    }
}
