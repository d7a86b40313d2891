package org.unionstat.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Small XLSX files in tests: built from rows (each a list of cells, a cell a String, Number, LocalDate or Boolean),
 * and read back whole.
 */
public final class Workbooks {

    private Workbooks() {
    }

    public static Path xlsx(Path file, List<List<Object>> rows) {
        try (Workbook workbook = new XSSFWorkbook()) {
            fill(workbook, rows);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole workbook in memory (close it). */
    public static XSSFWorkbook open(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows are written from sheet row 1; a null row is left blank. */
    public static void fill(Workbook workbook, List<List<Object>> rows) {
        Sheet sheet = workbook.createSheet("报表");
        CellStyle dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r) == null) {
                continue;
            }
            Row row = sheet.createRow(r);
            List<Object> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                Object value = cells.get(c);
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (value instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                } else if (value instanceof LocalDate date) {
                    cell.setCellValue(date);
                    cell.setCellStyle(dateStyle);
                } else if (value instanceof Boolean flag) {
                    cell.setCellValue(flag);
                } else {
                    cell.setCellValue(value.toString());
                }
            }
        }
    }
}
