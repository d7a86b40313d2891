package org.unionstat.report.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unionstat.testing.WorkbookAssertions.text;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.github.pjfanning.xlsx.StreamingReader;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.unionstat.domain.UserFacingException;
import org.unionstat.report.sheet.StreamedTable;
import org.unionstat.testing.Workbooks;

class TemplateWorkbookTests {

    @TempDir
    Path dir;

    /**
     * Sheet "small": title with placeholders, a table "a" with a conditional format on column B, a note below it and
     * a frozen pane below the note. Sheet "long": header, style row "b" (text, percent, date) as its last row.
     */
    static XSSFWorkbook template() {
        XSSFWorkbook wb = new XSSFWorkbook();
        XSSFCellStyle percent = wb.createCellStyle();
        percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
        XSSFCellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));

        XSSFSheet small = wb.createSheet("small");
        small.createRow(0).createCell(0).setCellValue("{{title}} · 生成于 {{generated}} {{unknown}}");
        small.getRow(0).createCell(1).setCellValue("{{target}}");
        small.getRow(0).getCell(1).setCellStyle(percent);
        Row style = small.createRow(1);
        style.createCell(0).setCellValue("{{rows:a}}");
        style.createCell(1).setCellStyle(percent);
        small.createRow(3).createCell(0).setCellValue("note below");
        small.createRow(4).createCell(0).setCellValue("header of a later list");
        small.createFreezePane(0, 5);
        XSSFSheetConditionalFormatting cf = small.getSheetConditionalFormatting();
        cf.addConditionalFormatting(new CellRangeAddress[] {CellRangeAddress.valueOf("B2")},
                cf.createConditionalFormattingRule("B2<0.9"));

        XSSFSheet long_ = wb.createSheet("long");
        long_.createRow(0).createCell(0).setCellValue("名称");
        Row rows = long_.createRow(1);
        rows.createCell(0).setCellValue("{{rows:b}}");
        rows.createCell(1).setCellStyle(percent);
        rows.createCell(2).setCellStyle(date);
        long_.setAutoFilter(CellRangeAddress.valueOf("A1:C2"));
        return wb;
    }

    @Test
    void placeholdersBecomeTextOrKeepTheirNumberType() throws IOException {
        Path file = dir.resolve("p.xlsx");
        try (TemplateWorkbook wb = new TemplateWorkbook("test", template())) {
            wb.fill(Map.of("title", "2026年第3季度", "generated", "2026-10-31 10:00:00",
                    "target", new BigDecimal("0.90"), "unknown", "=1+1"));
            wb.write(file);
        }
        try (XSSFWorkbook wb = Workbooks.open(file)) {
            Row row = wb.getSheet("small").getRow(0);
            assertThat(text(row.getCell(0))).isEqualTo("2026年第3季度 · 生成于 2026-10-31 10:00:00 =1+1");
            assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(0.9);
            assertThat(row.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
        }
    }

    @Test
    void aMarkerUnionstatDoesNotKnowIsAnErrorNamingTemplateSheetAndCell() {
        try (TemplateWorkbook wb = new TemplateWorkbook("templates/test.xlsx", template())) {
            assertThatThrownBy(() -> wb.fill(Map.of("title", "t", "generated", "g", "target", BigDecimal.ONE)))
                    .isInstanceOf(UserFacingException.class)
                    .hasMessage("workbook template templates/test.xlsx: sheet small, cell A1: unknown marker {{unknown}}"
                            + " (docs/templates.md lists the markers)");
        }
    }

    @Test
    void aSmallTableMovesWhatIsBelowItAndStretchesItsConditionalFormats() throws IOException {
        Path file = dir.resolve("t.xlsx");
        try (TemplateWorkbook wb = new TemplateWorkbook("test", template())) {
            wb.fillTable("small", "a", List.of(List.of("x", 0.5), List.of("y", 0.95), List.of("z", 1)));
            wb.write(file);
        }
        try (XSSFWorkbook wb = Workbooks.open(file)) {
            XSSFSheet sheet = wb.getSheet("small");
            assertThat(text(sheet.getRow(1).getCell(0))).isEqualTo("x");
            assertThat(text(sheet.getRow(3).getCell(0))).isEqualTo("z");
            assertThat(sheet.getRow(3).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(text(sheet.getRow(5).getCell(0))).isEqualTo("note below");
            assertThat((int) sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo(7);
            assertThat(sheet.getSheetConditionalFormatting().getConditionalFormattingAt(0).getFormattingRanges())
                    .containsExactly(CellRangeAddress.valueOf("B2:B4"));
        }
    }

    /**
     * A rule comparing a cell with its whole column of the table names the style row's cell with absolute rows
     * (B$2:B$2): that range is stretched with the table, while ranges of other rows (B$4) are moved with them only.
     */
    @Test
    void rangesOfTheStyleRowInAConditionalFormatsFormulaCoverTheTable() throws IOException {
        Path file = dir.resolve("f.xlsx");
        XSSFWorkbook template = template();
        XSSFSheetConditionalFormatting cf = template.getSheet("small").getSheetConditionalFormatting();
        cf.addConditionalFormatting(new CellRangeAddress[] {CellRangeAddress.valueOf("B2")},
                cf.createConditionalFormattingRule("AND(B2>0,B2=MAX(B$2:B$2),B2<>$A$4,B2<>MAX($B2:$C2))"));
        try (TemplateWorkbook wb = new TemplateWorkbook("test", template)) {
            wb.fillTable("small", "a", List.of(List.of("x", 0.5), List.of("y", 0.95), List.of("z", 1)));
            wb.write(file);
        }
        try (XSSFWorkbook wb = Workbooks.open(file)) {
            var format = wb.getSheet("small").getSheetConditionalFormatting().getConditionalFormattingAt(1);
            assertThat(format.getFormattingRanges()).containsExactly(CellRangeAddress.valueOf("B2:B4"));
            assertThat(format.getRule(0).getFormula1())
                    .isEqualTo("AND(B2>0,B2=MAX(B$2:B$4),B2<>$A$6,B2<>MAX($B2:$C2))");
        }
    }

    /** A table a newer version added may be missing from an older template: the outputs ask before writing it. */
    @Test
    void aTemplateSaysWhichTablesItHasLeftToWrite() {
        try (TemplateWorkbook wb = new TemplateWorkbook("test", template())) {
            assertThat(wb.hasTable("small", "a")).isTrue();
            assertThat(wb.hasTable("small", "focus")).isFalse();
            assertThat(wb.hasTable("no such sheet", "a")).isFalse();
            wb.fillTable("small", "a", List.of());
            wb.startStreaming(10);
            assertThat(wb.hasTable("long", "b")).isTrue();
            wb.stream("long", "b").close();
            assertThat(wb.hasTable("long", "b")).as("written already").isFalse();
            assertThat(wb.hasTable("small", "a")).as("filled in place, not streamed").isFalse();
        }
    }

    @Test
    void anEmptyTableSaysSo() throws IOException {
        Path file = dir.resolve("e.xlsx");
        try (TemplateWorkbook wb = new TemplateWorkbook("test", template())) {
            wb.fillTable("small", "a", List.of());
            wb.startStreaming(10);
            wb.stream("long", "b").close();
            wb.write(file);
        }
        try (XSSFWorkbook wb = Workbooks.open(file)) {
            assertThat(text(wb.getSheet("small").getRow(1).getCell(0))).isEqualTo(TemplateWorkbook.NONE);
            assertThat(text(wb.getSheet("long").getRow(1).getCell(0))).isEqualTo(TemplateWorkbook.NONE);
        }
    }

    @Test
    void formulaLikeTextStaysTextWithAQuotePrefix() throws IOException {
        List<String> dangerous = List.of("=HYPERLINK(\"http://x\",\"y\")", "+1", "-2", "@SUM(A1)", "=1+1");
        Path file = dir.resolve("q.xlsx");
        try (TemplateWorkbook wb = new TemplateWorkbook("test", template())) {
            wb.fillTable("small", "a", List.of(List.of("=cmd|' /C calc'!A0"), List.of("plain")));
            wb.startStreaming(10);
            try (TemplateWorkbook.TableStream table = wb.stream("long", "b")) {
                dangerous.forEach(name -> table.row(List.of(name)));
                table.row(List.of("2026Q3 工会"));
            }
            wb.write(file);
        }
        try (XSSFWorkbook wb = Workbooks.open(file)) {
            Sheet small = wb.getSheet("small");
            assertQuoted(small.getRow(1).getCell(0), "=cmd|' /C calc'!A0");
            assertThat(small.getRow(2).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
            Sheet sheet = wb.getSheet("long");
            for (int i = 0; i < dangerous.size(); i++) {
                assertQuoted(sheet.getRow(1 + i).getCell(0), dangerous.get(i));
            }
            Cell plain = sheet.getRow(1 + dangerous.size()).getCell(0);
            assertThat(plain.getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    @Test
    void rowsBeyondTheLastRowOfASheetAreCountedInItsLastRow() throws IOException {
        int rows = StreamedTable.LAST_ROW_INDEX + 5; // the header takes row 0: 6 rows too many
        Path file = dir.resolve("x.xlsx");
        try (TemplateWorkbook wb = new TemplateWorkbook("test", template())) {
            wb.fillTable("small", "a", List.of());
            wb.startStreaming(100);
            try (TemplateWorkbook.TableStream table = wb.stream("long", "b")) {
                List<Object> row = List.of("工会");
                for (int i = 0; i < rows; i++) {
                    table.row(row);
                }
                assertThat(table.omitted()).isEqualTo(6);
            }
            wb.write(file);
        }
        try (InputStream in = Files.newInputStream(file);
                Workbook wb = StreamingReader.builder().rowCacheSize(1000).open(in)) {
            Row last = null;
            for (Row row : wb.getSheet("long")) {
                last = row;
            }
            assertThat(last.getRowNum()).isEqualTo(StreamedTable.LAST_ROW_INDEX);
            assertThat(last.getCell(0).getStringCellValue()).startsWith("另有 6 行未列出").contains("6 more rows not listed");
        }
    }

    @Test
    void aLongTableIsStreamedInTheStyleRowsStylesAndStretchesItsAutofilter() throws IOException {
        int rows = 100_000;
        Path file = dir.resolve("l.xlsx");
        try (TemplateWorkbook wb = new TemplateWorkbook("test", template())) {
            wb.fillTable("small", "a", List.of());
            wb.startStreaming(100);
            try (TemplateWorkbook.TableStream table = wb.stream("long", "b")) {
                for (int i = 0; i < rows; i++) {
                    table.row(Arrays.asList("工会" + i, i % 100 / 100.0, LocalDate.of(2026, 10, 1).plusDays(i % 30)));
                }
            }
            wb.write(file);
        }
        try (InputStream in = Files.newInputStream(file);
                Workbook wb = StreamingReader.builder().rowCacheSize(100).open(in)) {
            Sheet sheet = wb.getSheet("long");
            int count = 0;
            Row last = null;
            for (Row row : sheet) {
                count++;
                last = row;
            }
            assertThat(count).as("header + rows").isEqualTo(rows + 1);
            assertThat(last.getCell(0).getStringCellValue()).isEqualTo("工会" + (rows - 1));
            assertThat(last.getCell(1).getNumericCellValue()).isEqualTo(0.99);
        }
        try (XSSFWorkbook wb = Workbooks.open(file)) {
            assertThat(wb.getSheet("long").getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:C" + (rows + 1));
            assertThat(wb.getSheet("long").getCTWorksheet().getDimension().getRef()).isEqualTo("A2:C" + (rows + 1));
            Row first = wb.getSheet("long").getRow(1);
            assertThat(first.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(first.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 10, 1));
        }
    }

    @Test
    void columnsRepeatAHeaderCellWithItsStyleAndWidth() throws IOException {
        XSSFWorkbook template = template();
        XSSFSheet sheet = template.getSheet("long");
        sheet.getRow(0).createCell(1).setCellValue("{{columns:codes}}");
        sheet.setColumnWidth(1, 3000);
        Path file = dir.resolve("c.xlsx");
        try (TemplateWorkbook wb = new TemplateWorkbook("test", template)) {
            wb.expandColumns("long", "codes", List.of("A 农业", "B 采矿业", "C 制造业"));
            wb.fillTable("long", "b", List.of(List.of("朝阳区", 0.5, 0.6, 0.7)));
            wb.write(file);
        }
        try (XSSFWorkbook wb = Workbooks.open(file)) {
            XSSFSheet written = wb.getSheet("long");
            assertThat(text(written.getRow(0).getCell(3))).isEqualTo("C 制造业");
            assertThat(written.getColumnWidth(3)).isEqualTo(3000);
            assertThat(written.getRow(1).getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
        }
    }

    @Test
    void templateMistakesAreReportedToTheStatistician() {
        try (TemplateWorkbook wb = new TemplateWorkbook("templates/x.xlsx", template())) {
            assertThatThrownBy(() -> wb.fillTable("small", "missing", List.of()))
                    .isInstanceOf(UserFacingException.class).hasMessageContaining("templates/x.xlsx")
                    .hasMessageContaining("{{rows:missing}}");
            assertThatThrownBy(() -> wb.fillTable("nope", "a", List.of()))
                    .isInstanceOf(UserFacingException.class).hasMessageContaining("no sheet named nope");
            assertThatThrownBy(() -> wb.startStreaming(10)).as("table a is not the last row of its sheet")
                    .isInstanceOf(UserFacingException.class).hasMessageContaining("{{rows:a}}");
        }
    }

    private static void assertQuoted(Cell cell, String text) {
        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).isEqualTo(text);
        assertThat(cell.getCellStyle().getQuotePrefixed()).as(text).isTrue();
    }
}
