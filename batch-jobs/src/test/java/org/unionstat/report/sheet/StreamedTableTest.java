package org.unionstat.report.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.unionstat.testing.Workbooks;

class StreamedTableTest {

    @TempDir
    Path dir;

    /** Sheet "long": a header, and below it a style row (text, percent) taken out, as a template's table is. */
    private static XSSFWorkbook filled() {
        XSSFWorkbook wb = new XSSFWorkbook();
        XSSFCellStyle percent = wb.createCellStyle();
        percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
        XSSFSheet sheet = wb.createSheet("long");
        sheet.createRow(0).createCell(0).setCellValue("名称");
        XSSFRow style = sheet.createRow(1);
        style.createCell(0);
        style.createCell(1).setCellStyle(percent);
        return wb;
    }

    private static StyleRow takeStyleRow(XSSFWorkbook wb) {
        XSSFSheet sheet = wb.getSheet("long");
        StyleRow style = StyleRow.of(sheet.getRow(1), 0);
        sheet.removeRow(sheet.getRow(1));
        return style;
    }

    @Test
    void rowsGoToTheSpoolAsTheyComeAndNoneIsHeldInMemory() throws IOException {
        int rows = 50_000;
        XSSFWorkbook filled = filled();
        StyleRow style = takeStyleRow(filled);
        Path file = dir.resolve("long.xlsx");
        try (StreamedWorkbook wb = new StreamedWorkbook(filled, 100, new CellWriter(filled))) {
            StreamedTable table = wb.table("long", style, omitted -> List.of(omitted + " more"));
            table.row(List.of("工会0", 0.5));
            assertThat(table.spooledRows()).as("the latest row waits for the next or the end").isZero();
            for (int i = 1; i < rows; i++) {
                table.row(Arrays.asList("工会" + i, i % 100 / 100.0));
            }

            assertThat(table.count()).isEqualTo(rows);
            assertThat(table.spooledRows()).as("every row but the latest in the sheet's spool").isEqualTo(rows - 1);
            assertThat(table.rowsInMemory()).as("no row objects in the streamed sheet").isZero();
            assertThat(filled.getSheet("long").getPhysicalNumberOfRows()).as("none in the filled sheet either")
                    .isEqualTo(1);

            table.close();

            assertThat(table.rowsInMemory()).as("the last row, made by SXSSF for the sheet's dimension").isEqualTo(1);
            assertThat(table.omitted()).isZero();
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        try (XSSFWorkbook wb = Workbooks.open(file)) {
            XSSFSheet sheet = wb.getSheet("long");
            assertThat(sheet.getLastRowNum()).isEqualTo(rows);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("工会0");
            Row last = sheet.getRow(rows);
            assertThat(last.getCell(0).getStringCellValue()).isEqualTo("工会" + (rows - 1));
            assertThat(last.getCell(1).getNumericCellValue()).isEqualTo(0.99);
            assertThat(last.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(sheet.getCTWorksheet().getDimension().getRef()).isEqualTo("A2:B" + (rows + 1));
        }
    }

    @Test
    void aTableOfNoRowsWritesNothing() throws IOException {
        XSSFWorkbook filled = filled();
        StyleRow style = takeStyleRow(filled);
        Path file = dir.resolve("empty.xlsx");
        try (StreamedWorkbook wb = new StreamedWorkbook(filled, 100, new CellWriter(filled))) {
            StreamedTable table = wb.table("long", style, omitted -> List.of(omitted + " more"));
            table.close();
            assertThat(table.count()).isZero();
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        try (XSSFWorkbook wb = Workbooks.open(file)) {
            assertThat(wb.getSheet("long").getLastRowNum()).isZero();
            assertThat(wb.getSheet("long").getRow(0).getCell(0).getCellType()).isEqualTo(CellType.STRING);
        }
    }
}
