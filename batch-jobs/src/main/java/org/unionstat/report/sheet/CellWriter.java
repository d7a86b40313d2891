package org.unionstat.report.sheet;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Puts values in the cells of one workbook ({@link CellValue}). Text never becomes a formula: it is written as a
 * string cell, and one that starts like a formula ({@code = + - @}) gets a quote-prefixed copy of its style (made
 * once per style), so Excel keeps it text even when the cell is edited.
 */
public final class CellWriter {

    private final XSSFWorkbook workbook;
    private final boolean date1904;
    private final Map<Integer, CellStyle> quotedStyles = new HashMap<>();

    public CellWriter(XSSFWorkbook workbook) {
        this.workbook = workbook;
        this.date1904 = workbook.isDate1904();
    }

    /** What {@code value} becomes in a cell of this workbook. */
    CellValue value(Object value) {
        return CellValue.of(value, date1904);
    }

    /** Sets the cell to {@code value}, in {@code style} (null: the cell's own). */
    public void put(Cell cell, Object value, CellStyle style) {
        if (style != null) {
            cell.setCellStyle(style);
        }
        CellValue content = value(value);
        switch (content.kind()) {
            case BLANK -> cell.setBlank();
            case NUMBER -> cell.setCellValue(content.number());
            case TEXT -> {
                if (content.formulaLike()) {
                    cell.setCellStyle(quoted(cell.getCellStyle()));
                }
                cell.setCellValue(content.text());
            }
        }
    }

    /** Fills a row of a table: one cell per value or per column of the style row, whichever are more. */
    public void writeRow(Row row, StyleRow style, List<?> values) {
        if (style.height() >= 0) {
            row.setHeight(style.height());
        }
        int width = Math.max(values.size(), style.styles().size());
        for (int i = 0; i < width; i++) {
            put(row.createCell(style.firstColumn() + i), i < values.size() ? values.get(i) : null, style.style(i));
        }
    }

    /** {@code base} with the quote prefix. */
    CellStyle quoted(CellStyle base) {
        if (base.getQuotePrefixed()) {
            return base;
        }
        return quotedStyles.computeIfAbsent((int) base.getIndex(), index -> {
            CellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(base);
            style.setQuotePrefixed(true);
            return style;
        });
    }
}
