package org.unionstat.ingest.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.unionstat.domain.Period;
import org.unionstat.domain.RejectCode;
import org.unionstat.ingest.ImportSummary;
import org.unionstat.testing.Config;
import org.unionstat.testing.Reports;
import org.unionstat.testing.Workbooks;
import org.unionstat.text.Messages;

/** Checking files as import would, with nothing stored: summaries, rejects files and feedback workbooks. */
class FileCheckTest {

    private static final Period QUARTER = Period.parse("2094Q1");

    @TempDir
    Path dir;

    private static final Messages CHINESE = Messages.inChinese();
    private final FileCheck check = new FileCheck(Config.referenceData(), CHINESE);

    private Path out() {
        return dir.resolve("out");
    }

    private List<ImportSummary> checkPaths(Path... paths) {
        List<ImportSummary> progress = new ArrayList<>();
        List<ImportSummary> summaries = check.checkPaths(QUARTER, List.of(paths), out(), progress::add);
        assertThat(progress).isEqualTo(summaries);
        return summaries;
    }

    @Test
    void aCleanFileIsSaidCorrectWithAnEmptyRejectsFile() throws IOException {
        Path file = Reports.write(dir.resolve("110105-朝阳区.csv"),
                Reports.reportsCsv(Reports.report("2094Q1", 1), Reports.report("2094Q1", 2)));

        List<ImportSummary> summaries = checkPaths(file);

        assertThat(summaries).singleElement().extracting(s -> s.line(CHINESE))
                .isEqualTo("2094Q1 110105-朝阳区.csv：读取 2 行，接收 2 行，拒收 0 行");
        Path checked = out().resolve("check/2094Q1");
        assertThat(rejects(checked.resolve("110105-朝阳区.csv.rejects.csv"))).hasSize(1); // the header alone
        try (XSSFWorkbook workbook = Workbooks.open(checked.resolve("110105-朝阳区.csv.xlsx"))) {
            assertThat(sheetNames(workbook)).containsExactly("概况", "错误明细", "按错误代码汇总");
            assertThat(texts(workbook.getSheet("概况"))).containsExactly(
                    List.of("文件", file.toString()), List.of("报告期", "2094Q1"), List.of("读取行数", "2"),
                    List.of("接收行数", "2"), List.of("拒收行数", "0"), List.of("结论", "逻辑正确"));
            assertThat(texts(workbook.getSheet("错误明细"))).containsExactly(List.of("行号", "编号", "错误代码", "错误说明", "原始数据"));
            assertThat(texts(workbook.getSheet("按错误代码汇总"))).containsExactly(List.of("代码", "规则", "行数"));
        }
    }

    @Test
    void rejectedRowsAreCountedWrittenAndExplainedAsImportWould() throws IOException {
        Path file = Reports.write(dir.resolve("reports.csv"), Reports.reportsCsv(
                Reports.report("2094Q1", 1),
                Reports.report("2094Q1", 2, "members", "-3"),
                Reports.report("2094Q1", 1, "union_name", "第一工会（重报）"),
                Reports.report("=1+1", 5),
                Reports.report("2094Q1", 4)));

        ImportSummary summary = checkPaths(file).get(0);

        assertThat(summary.line(CHINESE)).isEqualTo("2094Q1 reports.csv：读取 5 行，接收 2 行，拒收 3 行（E02 1，E08 1，E10 1）");
        String repeated = "E10 工会统一社会信用代码：" + Reports.unionId(1) + " 已在第 2 行被接收";
        List<CSVRecord> rejects = rejects(out().resolve("check/2094Q1/reports.csv.rejects.csv"));
        assertThat(rejects).hasSize(4);
        assertThat(rejects.get(0).toList()).containsExactly("source_file", "line", "id", "reason_code", "reasons", "raw");
        assertThat(rejects.get(1).toList().subList(0, 4)).containsExactly("reports.csv", "3", Reports.unionId(2), "E02");
        assertThat(rejects.get(1).get(4)).startsWith("E02 会员人数：");
        assertThat(rejects.get(2).toList().subList(0, 5))
                .containsExactly("reports.csv", "4", Reports.unionId(1), "E10", repeated);
        assertThat(rejects.get(3).toList().subList(1, 4)).containsExactly("5", Reports.unionId(5), "E08");
        assertThat(rejects.get(3).get(5)).as("neutralised as in every rejects file").startsWith("'=1+1,");

        try (XSSFWorkbook workbook = Workbooks.open(out().resolve("check/2094Q1/reports.csv.xlsx"))) {
            assertThat(texts(workbook.getSheet("概况"))).contains(List.of("读取行数", "5"), List.of("接收行数", "2"),
                    List.of("拒收行数", "3"), List.of("结论", "有错误"));
            List<List<String>> details = texts(workbook.getSheet("错误明细"));
            assertThat(details).hasSize(4);
            assertThat(details.get(1).subList(0, 3)).containsExactly("3", Reports.unionId(2), "E02");
            assertThat(details.get(1).get(3)).startsWith("E02 会员人数：");
            assertThat(details.get(2).subList(0, 4)).containsExactly("4", Reports.unionId(1), "E10", repeated);
            assertThat(details.get(3).subList(0, 3)).containsExactly("5", Reports.unionId(5), "E08");
            assertThat(details.get(3).get(4)).as("the raw record as written, a string").startsWith("=1+1,");
            assertNoFormula(workbook);
            assertThat(texts(workbook.getSheet("按错误代码汇总"))).containsExactly(List.of("代码", "规则", "行数"),
                    List.of("E02", CHINESE.rule(RejectCode.E02), "1"), List.of("E08", CHINESE.rule(RejectCode.E08), "1"),
                    List.of("E10", CHINESE.rule(RejectCode.E10), "1"));
        }
    }

    @Test
    void aRefusedFileGetsItsReasonAndNoRejectsFile() throws IOException {
        Path file = Reports.write(dir.resolve("header.csv"), "union_id,members\n" + Reports.unionId(1) + ",3\n");
        Path stale = Reports.write(out().resolve("check/2094Q1/header.csv.rejects.csv"), "from an earlier check\n");

        ImportSummary summary = checkPaths(file).get(0);

        assertThat(summary.refusal()).startsWith(file + "：缺少必需的列：报告期（period）、工会名称（union_name）");
        assertThat(summary.line(CHINESE)).isEqualTo("2094Q1 " + summary.refusal());
        assertThat(stale).doesNotExist();
        try (XSSFWorkbook workbook = Workbooks.open(out().resolve("check/2094Q1/header.csv.xlsx"))) {
            assertThat(texts(workbook.getSheet("概况"))).contains(List.of("结论", "文件被拒收"),
                    List.of("原因", summary.refusal()));
        }
    }

    @Test
    void aDirectoryStandsForItsFilesAsForImport() throws IOException {
        Path reports = dir.resolve("reports");
        Reports.write(reports.resolve("a.csv"), Reports.reportsCsv(Reports.report("2094Q1", 1)));
        Reports.write(reports.resolve("b.csv"), Reports.reportsCsv(Reports.report("2094Q1", 2, "district_code", "999999")));
        Reports.write(reports.resolve("notes.txt"), "not a report");

        List<ImportSummary> summaries = checkPaths(reports);

        assertThat(summaries).extracting(s -> s.line(CHINESE)).containsExactly(
                "2094Q1 a.csv：读取 1 行，接收 1 行，拒收 0 行",
                "2094Q1 b.csv：读取 1 行，接收 0 行，拒收 1 行（E06 1）");
        try (Stream<Path> files = Files.list(out().resolve("check/2094Q1"))) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("a.csv.rejects.csv", "a.csv.xlsx", "b.csv.rejects.csv", "b.csv.xlsx");
        }
    }

    @Test
    void filesOfTheSameNameFromTwoDirectoriesGetOutputsOfTheirOwn() {
        Path first = Reports.write(dir.resolve("east/r.csv"), Reports.reportsCsv(Reports.report("2094Q1", 1)));
        Path second = Reports.write(dir.resolve("west/r.csv"), Reports.reportsCsv(Reports.report("2094Q1", 2, "members", "x")));

        checkPaths(first, second);

        try (Stream<Path> files = Files.list(out().resolve("check/2094Q1"))) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).hasSize(4)
                    .contains("r.csv.rejects.csv", "r.csv.xlsx");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aMissingFileIsRefusedAsByImport() {
        ImportSummary summary = checkPaths(dir.resolve("nowhere.csv")).get(0);

        assertThat(summary.refusal()).isEqualTo(dir.resolve("nowhere.csv") + "：文件不存在");
    }

    @Test
    void aRegistryIsCheckedForItsYearWithE10OnUnitId() throws IOException {
        Path file = Reports.write(dir.resolve("registry-2094.csv"),
                Reports.registryCsv(Reports.unit(1), Reports.unit(2), Reports.unit(1)));

        ImportSummary summary = check.checkRegistry(2094, file, out());

        assertThat(summary.line(CHINESE)).isEqualTo("2094 registry-2094.csv：读取 3 行，接收 2 行，拒收 1 行（E10 1）");
        List<CSVRecord> rejects = rejects(out().resolve("check/2094/registry-2094.csv.rejects.csv"));
        assertThat(rejects.get(1).get(4)).isEqualTo("E10 统一社会信用代码：" + Reports.unitId(1) + " 已在第 2 行被接收");
        try (XSSFWorkbook workbook = Workbooks.open(out().resolve("check/2094/registry-2094.csv.xlsx"))) {
            assertThat(texts(workbook.getSheet("概况"))).contains(List.of("年度", "2094"), List.of("结论", "有错误"));
        }
    }

    @Test
    void anXlsxFileIsReadAsImportReadsIt() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(Reports.REPORT_KEYS));
        rows.add(new ArrayList<>(Reports.report("2094Q1", 1).values()));
        rows.add(new ArrayList<>(Reports.report("2094Q1", 2, "employees", "many").values()));
        Path file = Workbooks.xlsx(dir.resolve("reports.xlsx"), rows);

        assertThat(checkPaths(file)).extracting(s -> s.line(CHINESE))
                .containsExactly("2094Q1 reports.xlsx：读取 2 行，接收 1 行，拒收 1 行（E02 1）");
    }

    static List<CSVRecord> rejects(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.parse(reader).getRecords();
        }
    }

    static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    /** Each row's cells as text; numbers as whole numbers. */
    static List<List<String>> texts(Sheet sheet) {
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (Cell cell : row) {
                cells.add(cell.getCellType() == CellType.NUMERIC
                        ? Long.toString((long) cell.getNumericCellValue()) : cell.getStringCellValue());
            }
            rows.add(cells);
        }
        return rows;
    }

    static void assertNoFormula(XSSFWorkbook workbook) {
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).as(sheet.getSheetName() + " " + cell.getAddress())
                            .isNotEqualTo(CellType.FORMULA);
                }
            }
        }
    }
}
