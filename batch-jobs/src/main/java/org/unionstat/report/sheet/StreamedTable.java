package org.unionstat.report.sheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.LongFunction;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * A long table's rows, written straight to the sheet's spool as the XML SXSSF would write for the same cells
 * ({@link CellWriter#put}), without a row and cell objects per row (at a million unions the report took 17 s instead
 * of 19-21 s). The table's last row alone is made by SXSSF, so that SXSSF knows the columns the table spans when it
 * sets the sheet's dimension. Close it when done.
 */
public final class StreamedTable implements AutoCloseable {

    /** The last row a sheet can have (0-based), Excel's limit. */
    public static final int LAST_ROW_INDEX = SpreadsheetVersion.EXCEL2007.getLastRowIndex();

    private final StreamedWorkbook.FastDeflatingWorkbook workbook;
    private final String sheetName;
    private final SXSSFSheet sheet;
    private final SheetXmlWriter writer;
    private final StyleRow style;
    private final CellWriter cells;
    private final LongFunction<List<?>> overflowRow;
    private List<?> last;
    private int count;
    private long omitted;

    StreamedTable(StreamedWorkbook.FastDeflatingWorkbook workbook, String sheetName, StyleRow style, CellWriter cells,
            LongFunction<List<?>> overflowRow) {
        this.workbook = workbook;
        this.sheetName = sheetName;
        this.sheet = workbook.getSheet(sheetName);
        try {
            sheet.flushRows(); // none are expected; any there are come before the table's
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.writer = workbook.writer(workbook.getSheetIndex(sheet));
        this.style = style;
        this.cells = cells;
        this.overflowRow = overflowRow;
    }

    /**
     * Writes the next row; beyond the last row a sheet can have (Excel: 1,048,576), rows are counted instead and
     * the sheet's last row says how many were left out.
     */
    public void row(List<?> values) {
        if (style.row() + count >= LAST_ROW_INDEX) {
            omitted++;
            return;
        }
        if (last != null) {
            write(style.row() + count - 1, last);
        }
        last = values;
        count++;
    }

    /** The rows written (those left out not counted). */
    public int count() {
        return count;
    }

    /** Rows not written for want of room in the sheet. */
    public long omitted() {
        return omitted;
    }

    /** Rows of the sheet in its spool so far: the table's rows but the last one (held back until the end). */
    int spooledRows() {
        return writer.getNumberOfFlushedRows();
    }

    /** Rows of the sheet SXSSF holds in memory as row objects. */
    int rowsInMemory() {
        return sheet.getPhysicalNumberOfRows() - writer.getNumberOfFlushedRows();
    }

    /** Writes the last row (and the overflow row, if rows were left out); a table of no rows writes nothing. */
    @Override
    public void close() {
        if (last == null) {
            return;
        }
        if (omitted > 0) {
            write(style.row() + count - 1, last);
            cells.writeRow(sheet.createRow(LAST_ROW_INDEX), style, overflowRow.apply(omitted));
        } else {
            cells.writeRow(sheet.createRow(style.row() + count - 1), style, last);
        }
    }

    private void write(int rownum, List<?> values) {
        int width = Math.max(values.size(), style.styles().size());
        try {
            writer.startRow(rownum, style.height());
            for (int i = 0; i < width; i++) {
                writeCell(style.firstColumn() + i, i < values.size() ? values.get(i) : null, style.style(i));
            }
            writer.endRow(style.firstColumn() + width);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot spool sheet " + sheetName + ": " + e.getMessage(), e);
        }
    }

    /** As {@link CellWriter#put} sets a cell, and SXSSF then writes it. */
    private void writeCell(int column, Object value, CellStyle cellStyle) throws IOException {
        CellStyle base = cellStyle != null ? cellStyle : workbook.getCellStyleAt(0);
        CellValue content = cells.value(value);
        switch (content.kind()) {
            case BLANK -> writer.blankCell(column, index(base));
            case NUMBER -> writer.numberCell(column, index(base), content.number());
            case TEXT -> writer.textCell(column, index(content.formulaLike() ? cells.quoted(base) : base),
                    content.text());
        }
    }

    /** A style's index as a cell's {@code s} attribute gives it. */
    private static int index(CellStyle style) {
        return style.getIndex() & 0xffff;
    }
}
