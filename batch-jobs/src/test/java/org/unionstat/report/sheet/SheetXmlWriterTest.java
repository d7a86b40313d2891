package org.unionstat.report.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SheetXmlWriterTest {

    private static final List<String> TEXTS = List.of("", "工会名称：北京蓝美家政服务有限公司工会", " leading", "trailing\t",
            "<a href=\"x\">&</a>", "line\nbreak\r\n", "no\u00a0break", "bell\u0007", "\ufffe\uffff", "𠀋𡈽😀",
            "lone\ud800", "=SUM(A1)", "中\u3000");

    private static final double[] NUMBERS = {0, -0.0, 1, -1, 12, 1_234_567, 9_999_999, 10_000_000, 1e15, 0.5,
            0.876543, 1e-4, -3.25, 123_456.000001, Double.NaN, Double.POSITIVE_INFINITY, Long.MAX_VALUE, 4.5e-320};

    @Test
    void writesTheXmlPoiWritesForTextNumbersDatesAndBlanks() throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            SXSSFSheet sheet = workbook.createSheet("基层工会");
            CellStyle styled = workbook.createCellStyle();
            CellStyle dated = workbook.createCellStyle();
            dated.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            SXSSFRow row = sheet.createRow(41);
            int column = 0;
            for (String text : TEXTS) {
                row.createCell(column++).setCellValue(text);
                row.createCell(column++, CellType.STRING).setCellStyle(styled);
            }
            for (double number : NUMBERS) {
                row.createCell(column++).setCellValue(number);
            }
            row.createCell(column++).setCellValue(LocalDate.of(2026, 10, 12));
            row.getCell(column - 1).setCellStyle(dated);
            row.createCell(column++).setBlank();
            row.createCell(column + 700).setCellValue(true);     // left to POI: a report has no booleans
            row.createCell(column + 16_000).setCellStyle(styled); // column XMQ
            assertThat(xml(SheetXmlWriter::new, row))
                    .isEqualTo(xml(SheetDataWriter::new, row))
                    .contains("工会名称", "&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;", "bell?", "xml:space=\"preserve\"");
        }
    }

    @Test
    void writesARowStraightFromValuesAsPoiWritesTheSameCells() throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            SXSSFSheet sheet = workbook.createSheet("未达标基层工会");
            CellStyle styled = workbook.createCellStyle();
            int style = styled.getIndex();
            for (short height : new short[] {-1, 300, 285}) {
                SXSSFRow row = sheet.createRow(7 + height / 100);
                if (height >= 0) {
                    row.setHeight(height);
                }
                StringWriter direct = new StringWriter();
                try (SheetXmlWriter writer = new SheetXmlWriter(direct)) {
                    writer.startRow(row.getRowNum(), height);
                    int column = 2;
                    for (String text : TEXTS) {
                        row.createCell(column).setCellValue(text);
                        writer.textCell(column++, 0, text);
                        row.createCell(column).setCellValue(text);
                        row.getCell(column).setCellStyle(styled);
                        writer.textCell(column++, style, text);
                    }
                    for (double number : NUMBERS) {
                        row.createCell(column).setCellValue(number);
                        row.getCell(column).setCellStyle(styled);
                        writer.numberCell(column++, style, number);
                    }
                    row.createCell(column).setBlank();
                    writer.blankCell(column++, 0);
                    row.createCell(column).setCellStyle(styled);
                    writer.blankCell(column++, style);
                    writer.endRow(column);
                    assertThat(writer.getLastFlushedRow()).isEqualTo(row.getRowNum());
                    assertThat(writer.getNumberOfCellsOfLastFlushedRow()).isEqualTo(row.getLastCellNum());
                }
                assertThat(direct.toString()).as("height %d", height).isEqualTo(xml(SheetDataWriter::new, row))
                        .contains("#NUM!", "#DIV/0!");
            }
        }
    }

    @Test
    void rowsWrittenStraightCountAsFlushedRows() throws IOException {
        try (SheetXmlWriter writer = new SheetXmlWriter(new StringWriter())) {
            assertThat(writer.getNumberOfFlushedRows()).isZero();
            for (int rownum : new int[] {4, 5, 9}) {
                writer.startRow(rownum, (short) -1);
                writer.blankCell(0, 0);
                writer.endRow(rownum);
            }
            assertThat(writer.getNumberOfFlushedRows()).isEqualTo(3);
            assertThat(writer.getLowestIndexOfFlushedRows()).isEqualTo(4);
            assertThat(writer.getLastFlushedRow()).isEqualTo(9);
            assertThat(writer.getNumberOfCellsOfLastFlushedRow()).isEqualTo(9);
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -0.0, 7, -7, 42.5, 9_999_999, 10_000_000, -9_999_999, 1e-3, 0.1, 3e9, Double.NaN,
        0.000999, 0.999999, 0.9999995, 0.1234567, 0.5, 1, 1.5, -0.5, Double.MIN_VALUE, Math.PI / 4})
    void numbersAreWrittenAsDoubleToStringWritesThem(double value) {
        assertThat(SheetXmlWriter.number(value)).isEqualTo(Double.toString(value));
    }

    @Test
    void everyRatioOfSixDecimalsIsWrittenAsDoubleToStringWritesIt() {
        for (long millionths = 0; millionths <= 1_000_000; millionths++) {
            double value = millionths / 1e6;
            assertThat(SheetXmlWriter.number(value)).as("%d millionths", millionths).isEqualTo(Double.toString(value));
        }
    }

    @Test
    void whitespaceIsWhatCharacterSaysItIs() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertThat(SheetXmlWriter.isWhitespace(c)).as("U+%04X", (int) c).isEqualTo(Character.isWhitespace(c));
        }
    }

    private interface WriterOver {
        SheetDataWriter over(Writer out) throws IOException;
    }

    private static String xml(WriterOver writer, SXSSFRow row) throws IOException {
        StringWriter out = new StringWriter();
        try (SheetDataWriter rows = writer.over(out)) {
            rows.writeRow(row.getRowNum(), row);
        }
        return out.toString();
    }
}
