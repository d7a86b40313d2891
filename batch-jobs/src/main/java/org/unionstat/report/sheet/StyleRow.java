package org.unionstat.report.sheet;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;

/**
 * The style row of a table: the row it starts at, the first column, the style of each column and the row height
 * (-1: the default). Each row of the table is written in these styles.
 */
public record StyleRow(int row, int firstColumn, List<CellStyle> styles, short height) {

    /** The styles of {@code row} from {@code firstColumn} to its last cell. */
    public static StyleRow of(XSSFRow row, int firstColumn) {
        List<CellStyle> styles = new ArrayList<>();
        for (int c = firstColumn; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            styles.add(cell == null ? null : cell.getCellStyle());
        }
        boolean custom = row.getCTRow().isSetCustomHeight() && row.getCTRow().getCustomHeight();
        return new StyleRow(row.getRowNum(), firstColumn, styles, custom ? row.getHeight() : -1);
    }

    /** The style of the table's {@code column}th column (from 0), or null for a column beyond the style row. */
    public CellStyle style(int column) {
        return column < styles.size() ? styles.get(column) : null;
    }
}
