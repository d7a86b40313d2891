package org.unionstat.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.unionstat.testing.HostileFiles;
import org.unionstat.testing.Reports;

/** The reader against hostile and broken files (docs/inputs.md#hostile-input): refused whole, or a bad cell of a row. */
class HostileSourceTest {

    private static final InputLayout LAYOUT = InputLayout.UNIT_REGISTRY;
    private static final String HEADER = HostileFiles.texts("unit_id", "unit_name", "district_code", "industry_code",
            "employees");

    @TempDir
    Path dir;

    private static List<SourceRow> readAll(Path file, FileFormat format) throws IOException {
        return SourceRowsTest.readAll(SourceRows.open(file, format, StandardCharsets.UTF_8, LAYOUT));
    }

    @Test
    void aCachedFormulaErrorIsTheCellsTextAndTheOtherRowsGoOn() throws IOException {
        Path file = HostileFiles.xlsx(dir.resolve("errors.xlsx"), HEADER,
                HostileFiles.texts(Reports.unitId(1), "甲") + HostileFiles.text("110105") + HostileFiles.text("C")
                        + HostileFiles.formulaError("#DIV/0!"),
                HostileFiles.texts(Reports.unitId(2)) + HostileFiles.formulaError("#N/A")
                        + HostileFiles.texts("110105", "C") + HostileFiles.number("7"));

        Inspection inspection = FileInspector.inspect(file, LAYOUT);
        List<SourceRow> rows = readAll(file, FileFormat.XLSX);

        assertThat(inspection.dataRows()).isEqualTo(2);
        assertThat(rows).extracting(r -> r.cell("employees")).containsExactly("#DIV/0!", "7");
        assertThat(rows).extracting(r -> r.cell("unit_name")).containsExactly("甲", "#N/A");
    }

    @Test
    void anIsoDateCellIsADate() throws IOException {
        Path file = HostileFiles.xlsx(dir.resolve("dates.xlsx"), HEADER,
                HostileFiles.texts(Reports.unitId(1), "甲", "110105", "C") + HostileFiles.isoDate("2026-10-08T00:00:00"));

        assertThat(readAll(file, FileFormat.XLSX)).singleElement()
                .satisfies(r -> assertThat(r.cell("employees")).isEqualTo("2026-10-08"));
    }

    @Test
    void aRowFarWiderThanTheHeaderRefusesTheWorkbookBeforeItIsRead() {
        Path file = HostileFiles.xlsx(dir.resolve("wide.xlsx"), HEADER,
                HostileFiles.texts(Reports.unitId(1), "甲", "110105", "C", "7") + HostileFiles.emptyCells(200_000));

        assertThatThrownBy(() -> FileInspector.inspect(file, LAYOUT)).isInstanceOf(FileRefusedException.class)
                .hasMessage("row 2 has more than 1,005 cells (the header's columns and a margin of 1,000); nothing was"
                        + " stored");
    }

    @Test
    void aHeaderWiderThanExcelAllowsIsRefused() {
        Path file = HostileFiles.xlsx(dir.resolve("wide-header.xlsx"), HEADER + HostileFiles.emptyCells(20_000));

        assertThatThrownBy(() -> FileInspector.inspect(file, LAYOUT)).isInstanceOf(FileRefusedException.class)
                .hasMessageStartingWith("row 1 has more than 16,384 cells");
    }

    @Test
    void aCsvRecordOfMegabytesIsRefusedNamingItsLine() throws IOException {
        Path file = dir.resolve("long.csv");
        Files.writeString(file, "unit_id,unit_name,district_code,industry_code,employees\n" + Reports.unitId(1)
                + ",\"" + "x".repeat(3_000_000) + "\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> FileInspector.inspect(file, LAYOUT)).isInstanceOf(FileRefusedException.class)
                .hasMessageStartingWith("line 2").hasMessageContaining("a record longer than 1,000,000 characters");
    }

    @Test
    void aHeaderOfMegabytesIsRefusedWithoutQuotingIt() throws IOException {
        Path file = dir.resolve("header.csv");
        Files.writeString(file, "x".repeat(3_000_000) + "\n1,2\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> FileInspector.inspect(file, LAYOUT)).isInstanceOf(FileRefusedException.class)
                .hasMessageStartingWith("line 1: a record longer than 1,000,000 characters")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300));
    }

    @Test
    void tenThousandUnknownColumnsAreNamedAFewAndCounted() throws IOException {
        List<String> header = new ArrayList<>(List.of("unit_id", "unit_name", "district_code", "industry_code", "employees"));
        for (int i = 0; i < 10_000; i++) {
            header.add("extra" + i);
        }
        Path file = Reports.write(dir.resolve("wide.csv"), String.join(",", header) + "\n" + Reports.unitId(1)
                + ",甲,110105,C,7" + String.join("", Collections.nCopies(10_000, ",")) + "\n");

        Inspection inspection = FileInspector.inspect(file, LAYOUT);

        assertThat(inspection.warning().in(org.unionstat.text.Messages.inEnglish()))
                .isEqualTo("unknown columns ignored: extra0, extra1, extra2, extra3, extra4 and 9,995 more");
        assertThat(inspection.warning().in(org.unionstat.text.Messages.inChinese()))
                .isEqualTo("已忽略无法识别的列：extra0, extra1, extra2, extra3, extra4 等（另有 9,995 列）");
    }
}
