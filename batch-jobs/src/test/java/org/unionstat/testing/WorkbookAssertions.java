package org.unionstat.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import org.unionstat.report.template.TemplateWorkbook;

/** Finding things in a workbook read back: rows by their first cell, columns by header text. */
public final class WorkbookAssertions {

    private WorkbookAssertions() {
    }

    public static String text(Cell cell) {
        return cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue();
    }

    public static Cell cell(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        assertThat(r).as("row %d of %s", row, sheet.getSheetName()).isNotNull();
        return r.getCell(column);
    }

    /** The index of the first row whose first cell reads {@code firstCell}. */
    public static int headerRow(Sheet sheet, String firstCell) {
        return rowWith(sheet, 0, firstCell).getRowNum();
    }

    /** The first row with {@code value} in {@code column}. */
    public static Row rowWith(Sheet sheet, int column, String value) {
        for (Row row : sheet) {
            if (value.equals(text(row.getCell(column)))) {
                return row;
            }
        }
        throw new AssertionError("no row of " + sheet.getSheetName() + " has " + value + " in column " + column);
    }

    /** Header text to column index. */
    public static Map<String, Integer> column(Sheet sheet, int headerRow) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (Cell cell : sheet.getRow(headerRow)) {
            columns.putIfAbsent(text(cell), cell.getColumnIndex());
        }
        return columns;
    }

    /** Exactly {@code count} rows right below the header: the row after them is absent or empty. */
    public static List<Row> rowsBelow(Sheet sheet, int headerRow, int count) {
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Row row = sheet.getRow(headerRow + i);
            assertThat(row).as("row %d below the header of %s", i, sheet.getSheetName()).isNotNull();
            assertThat(text(row.getCell(0))).as("row %d below the header of %s", i, sheet.getSheetName())
                    .isNotEqualTo(TemplateWorkbook.NONE);
            rows.add(row);
        }
        Row after = sheet.getRow(headerRow + count + 1);
        assertThat(after == null || after.getCell(0) == null || after.getCell(0).getCellType() == CellType.BLANK
                || text(after.getCell(0)).isEmpty() && after.getCell(0).getCellType() != CellType.NUMERIC)
                .as("no more than %d rows below the header of %s", count, sheet.getSheetName()).isTrue();
        return rows;
    }
}
