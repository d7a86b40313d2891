package org.unionstat.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.unionstat.testing.Reports;
import org.unionstat.testing.Workbooks;
import org.unionstat.text.Messages;

/** Reading records: CSV quoting, CRLF, blank lines and line numbers; XLSX numeric, text and date cells. */
class SourceRowsTest {

    /** The messages as docs/inputs.md states them in English. */
    private static final Messages EN = Messages.inEnglish();

    private static final InputLayout LAYOUT = InputLayout.UNIT_REGISTRY;

    @TempDir
    Path dir;

    private List<SourceRow> readCsv(String text) throws IOException {
        Path file = Reports.write(dir.resolve("rows.csv"), text);
        return readAll(SourceRows.open(file, FileFormat.CSV, StandardCharsets.UTF_8, LAYOUT));
    }

    static List<SourceRow> readAll(SourceRows rows) throws IOException {
        try (rows) {
            List<SourceRow> all = new ArrayList<>();
            for (SourceRow row = rows.next(); row != null; row = rows.next()) {
                all.add(row);
            }
            return all;
        }
    }

    @Test
    void csvQuotingAndTrimming() throws IOException {
        List<SourceRow> rows = readCsv("unit_id,unit_name,district_code,industry_code,employees\n"
                + "A1,\"Foo, Ltd\",110105, C ,\"1,234\"\n"
                + "A2,\"He said \"\"hi\"\"\",110105,C,5\n");

        assertThat(rows).extracting(r -> r.cell("unit_name")).containsExactly("Foo, Ltd", "He said \"hi\"");
        assertThat(rows.get(0).cell("industry_code")).isEqualTo("C");
        assertThat(rows.get(0).cell("employees")).isEqualTo("1,234");
        assertThat(rows.get(1).raw()).isEqualTo("A2,\"He said \"\"hi\"\"\",110105,C,5");
    }

    @Test
    void csvCrlfBlankLinesAndMultiLineCells() throws IOException {
        String text = "\r\nunit_id,unit_name,district_code,industry_code,employees\r\n"
                + "\r\n"
                + "A1,\"two\r\nlines\",110105,C,1\r\n"
                + "\r\n\r\n"
                + ",,,,\r\n"
                + "   \r\n"
                + "A2,x,110105,C,2\r\n"
                + "\r\n";

        List<SourceRow> rows = readCsv(text);

        // the header is record 1; blank lines, whitespace-only lines and rows of empty cells are not records
        assertThat(rows).extracting(SourceRow::line).containsExactly(2L, 3L);
        assertThat(rows.get(0).cell("unit_name")).isEqualTo("two\r\nlines");
        assertThat(rows.get(0).raw()).isEqualTo("A1,\"two\r\nlines\",110105,C,1");
        assertThat(rows.get(1).raw()).isEqualTo("A2,x,110105,C,2");
        assertThat(rows.get(1).cell("employees")).isEqualTo("2");
    }

    @Test
    void csvLastRecordWithoutLineBreakAndShortRecords() throws IOException {
        List<SourceRow> rows = readCsv("unit_id,unit_name,district_code,industry_code,employees\nA1,x\nA2,y,110105,C,3,extra");

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).cell("employees")).isEmpty();
        assertThat(rows.get(1).raw()).isEqualTo("A2,y,110105,C,3,extra");
        assertThat(rows.get(1).cell("employees")).isEqualTo("3");
    }

    @Test
    void csvWithBomKeepsTheRawTextWithoutIt() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "unit_id,unit_name,district_code,industry_code,employees\nA1,某公司,110105,C,1\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = Arrays.copyOf(bom, bom.length + body.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        Path file = dir.resolve("bom.csv");
        java.nio.file.Files.write(file, all);

        List<SourceRow> rows = readAll(SourceRows.open(file, FileFormat.CSV, StandardCharsets.UTF_8, LAYOUT));

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.cell("unit_id")).isEqualTo("A1");
            assertThat(row.raw()).isEqualTo("A1,某公司,110105,C,1");
        });
    }

    @Test
    void csvRawTextSurvivesLongFiles() throws IOException {
        StringBuilder text = new StringBuilder("unit_id,unit_name,district_code,industry_code,employees\n");
        for (int i = 0; i < 3000; i++) {
            text.append("U").append(i).append(",\"名称 ").append(i).append("\",110105,C,").append(i).append('\n');
        }

        List<SourceRow> rows = readCsv(text.toString());

        assertThat(rows).hasSize(3000);
        assertThat(rows.get(2999).line()).isEqualTo(3001);
        assertThat(rows.get(2999).raw()).isEqualTo("U2999,\"名称 2999\",110105,C,2999");
        assertThat(rows.get(1234).raw()).isEqualTo("U1234,\"名称 1234\",110105,C,1234");
    }

    @Test
    void xlsxNumericTextAndDateCells() throws IOException {
        Path file = Workbooks.xlsx(dir.resolve("rows.xlsx"), List.of(
                List.of("unit_id", "unit_name", "district_code", "industry_code", "employees", "note"),
                List.of("91350100M000100Y43", "某公司", 110105, "C", 30.0, LocalDate.of(2026, 10, 8)),
                Arrays.asList(null, null, null, null, null),
                Arrays.asList("A2", " 名称 ", "110105", "c", 12.5, true),
                Arrays.asList("A3", "x", 110105, "C", 1234567890123.0, "2026/10/8")));
        SourceRows opened = SourceRows.open(file, FileFormat.XLSX, null, LAYOUT);
        assertThat(opened.header().warning().map(d -> d.in(EN))).hasValue("unknown columns ignored: note");

        List<SourceRow> rows = readAll(opened);

        assertThat(rows).extracting(SourceRow::line).containsExactly(2L, 4L, 5L);
        assertThat(rows.get(0).cells()).containsEntry("district_code", "110105").containsEntry("employees", "30");
        assertThat(rows.get(0).raw()).isEqualTo("91350100M000100Y43,某公司,110105,C,30,2026-10-08");
        assertThat(rows.get(1).cells()).containsEntry("unit_name", "名称").containsEntry("employees", "12.5");
        // as CSV: a cell with surrounding spaces is quoted so the spaces survive
        assertThat(rows.get(1).raw()).isEqualTo("A2,\" 名称 \",110105,c,12.5,TRUE");
        assertThat(rows.get(2).cell("employees")).isEqualTo("1234567890123");
    }

    @Test
    void xlsxDateCellsBecomeIsoDates() throws IOException {
        Path file = Workbooks.xlsx(dir.resolve("dates.xlsx"), List.of(
                List.of("submitted_on"), List.of(LocalDate.of(2026, 1, 5)), List.of(LocalDate.of(2026, 12, 31))));

        List<SourceRow> rows = readAll(SourceRows.open(file, FileFormat.XLSX, null, InputLayout.QUARTERLY_REPORT));

        assertThat(rows).extracting(r -> r.cell("submitted_on")).containsExactly("2026-01-05", "2026-12-31");
    }

    @Test
    void xlsxHeaderMustBeRowOne() throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(null);
        rows.add(List.of("unit_id", "unit_name", "district_code", "industry_code", "employees"));
        Path file = Workbooks.xlsx(dir.resolve("low.xlsx"), rows);

        try (SourceRows opened = SourceRows.open(file, FileFormat.XLSX, null, LAYOUT)) {
            assertThat(opened.header().isBlank()).isTrue();
        }
    }

    @Test
    void numbersAsText() {
        assertThat(XlsxSourceRows.number(12.0)).isEqualTo("12");
        assertThat(XlsxSourceRows.number(0.0)).isEqualTo("0");
        assertThat(XlsxSourceRows.number(-3.0)).isEqualTo("-3");
        assertThat(XlsxSourceRows.number(12.5)).isEqualTo("12.5");
        assertThat(XlsxSourceRows.number(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(XlsxSourceRows.number(1e20)).isEqualTo("100000000000000000000");
    }
}
