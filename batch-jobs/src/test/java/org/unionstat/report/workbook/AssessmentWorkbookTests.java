package org.unionstat.report.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unionstat.testing.AssessmentFixtures.CHAOYANG;
import static org.unionstat.testing.AssessmentFixtures.FORMULA_NAME;
import static org.unionstat.testing.AssessmentFixtures.FORMULA_UNION;
import static org.unionstat.testing.AssessmentFixtures.GOOD_UNION;
import static org.unionstat.testing.AssessmentFixtures.PLUS_UNION;
import static org.unionstat.testing.AssessmentFixtures.SILENT_UNION;
import static org.unionstat.testing.WorkbookAssertions.cell;
import static org.unionstat.testing.WorkbookAssertions.column;
import static org.unionstat.testing.WorkbookAssertions.headerRow;
import static org.unionstat.testing.WorkbookAssertions.rowWith;
import static org.unionstat.testing.WorkbookAssertions.rowsBelow;
import static org.unionstat.testing.WorkbookAssertions.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.unionstat.domain.District;
import org.unionstat.domain.Period;
import org.unionstat.domain.ReferenceData;
import org.unionstat.domain.UserFacingException;
import org.unionstat.report.chart.AssessmentCharts;
import org.unionstat.report.figures.Anomalies;
import org.unionstat.report.figures.AssessmentFiguresLoader;
import org.unionstat.report.figures.WorkbookMapper;
import org.unionstat.report.template.TemplateWorkbook;
import org.unionstat.report.template.WorkbookTemplates;
import org.unionstat.testing.AssessmentFixtures;
import org.unionstat.testing.H2Test;
import org.unionstat.testing.MariaDbTest;
import org.unionstat.testing.Workbooks;

/** The assessment and district workbooks written from fixture tables, read back with POI, on H2 and MariaDB. */
class AssessmentWorkbookTests {

    static final Period Q3 = Period.parse("2026Q3");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-31T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    abstract static class Written {

        @Autowired
        JdbcTemplate jdbc;
        @Autowired
        AssessmentFiguresLoader loader;
        @Autowired
        WorkbookMapper mapper;
        @Autowired
        WorkbookRows rows;
        @Autowired
        AssessmentCharts charts;
        @Autowired
        WorkbookTemplates templates;
        @Autowired
        ReferenceData reference;
        @Autowired
        Anomalies anomalies;

        @TempDir
        Path out;

        @BeforeEach
        void loadFixtures() {
            new AssessmentFixtures(jdbc).load();
        }

        AssessmentWorkbookOutput assessment(Clock clock) {
            return new AssessmentWorkbookOutput(loader, mapper, rows, charts, templates, reference, clock, anomalies);
        }

        DistrictWorkbookOutput districts() {
            return new DistrictWorkbookOutput(loader, mapper, rows, templates, reference, CLOCK, anomalies);
        }

        @Test
        void quarterWorkbookHasEverySheetWithRanksArrowsAndSafeText() throws IOException {
            assessment(CLOCK).write(Q3, out);

            try (XSSFWorkbook wb = Workbooks.open(out.resolve("2026Q3/assessment-2026Q3.xlsx"))) {
                assertThat(sheetNames(wb)).containsExactly("封面", "概览", "区县排名", "行业排名", "区县×行业",
                        "区县×行业明细", "未达标基层工会", "数据质量", "缺报迟报", "图表", "疑似异常");

                XSSFSheet cover = wb.getSheet("封面");
                assertThat(text(cover.getRow(0).getCell(0))).isEqualTo("2026年第3季度 基层工会工作评估");
                assertThat(text(cover.getRow(1).getCell(0))).isEqualTo("生成时间：2026-10-31 10:00:00");
                int sources = headerRow(cover, "类型");
                List<Row> sourceRows = rowsBelow(cover, sources, 3);
                assertThat(sourceRows).extracting(r -> text(r.getCell(2)))
                        .containsExactly("reports-a.csv", "reports-b.csv", "registry-2026.csv");
                assertThat(text(sourceRows.get(0).getCell(3))).as("the latest completed import of reports-a.csv")
                        .isEqualTo(AssessmentFixtures.SHA_A);
                assertThat(sourceRows.get(0).getCell(5).getNumericCellValue()).isEqualTo(2);
                assertThat(text(sourceRows.get(2).getCell(0))).isEqualTo("单位名录");
                Row coverage = rowWith(cover, 0, "工会组建率");
                assertThat(coverage.getCell(4).getNumericCellValue()).isEqualTo(0.9);
                assertThat(coverage.getCell(5).getNumericCellValue()).isEqualTo(25);

                XSSFSheet districts = wb.getSheet("区县排名");
                int header = headerRow(districts, "名次");
                Map<String, Integer> col = column(districts, header);
                assertThat(text(cell(districts, header + 1, col.get("区县")))).isEqualTo("全市");
                Row first = districts.getRow(header + 2);
                assertThat(first.getCell(col.get("名次")).getNumericCellValue()).isEqualTo(1);
                assertThat(text(first.getCell(col.get("区县")))).isEqualTo("朝阳区");
                assertThat(first.getCell(col.get("得分")).getNumericCellValue()).isEqualTo(96.5);
                assertThat(text(first.getCell(col.get("等级")))).isEqualTo("优秀");
                assertThat(text(first.getCell(col.get("名次变化")))).isEqualTo("↑1");
                assertThat(first.getCell(col.get("得分变化")).getNumericCellValue()).isEqualTo(5.5);
                assertThat(first.getCell(col.get("工会组建率")).getNumericCellValue()).isEqualTo(0.98);
                assertThat(first.getCell(col.get("工会组建率")).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
                assertThat(text(districts.getRow(header + 3).getCell(col.get("名次变化")))).isEqualTo("↓1");
                assertThat(text(districts.getRow(header + 4).getCell(col.get("区县")))).isEqualTo("东城区");
                assertThat(text(districts.getRow(header + 4).getCell(col.get("名次变化")))).isEqualTo("新");
                Row unranked = districts.getRow(header + 5);
                assertThat(unranked.getCell(col.get("名次")).getCellType()).isEqualTo(CellType.BLANK);
                assertThat(text(unranked.getCell(col.get("名次变化")))).isEqualTo("—");
                assertThat(districts.getLastRowNum()).as("the city and the 17 districts")
                        .isEqualTo(header + 1 + reference.districts().size());
                assertThat(cell(districts, header - 2, col.get("京卡办理率")).getNumericCellValue())
                        .as("target row").isEqualTo(0.9);
                assertThat(cell(districts, header - 1, col.get("职工入会率")).getNumericCellValue())
                        .as("weight row").isEqualTo(25);
                assertThat(conditionalRangeRows(districts, col.get("工会组建率")))
                        .as("met / not met colours cover every data row")
                        .contains(new int[] {header + 1, districts.getLastRowNum()});
                assertThat(districts.getPaneInformation().isFreezePane()).isTrue();
                assertThat((int) districts.getPaneInformation().getHorizontalSplitPosition()).isEqualTo(header + 1);
                PrintSetup print = districts.getPrintSetup();
                assertThat(print.getPaperSize()).isEqualTo((short) PrintSetup.A4_PAPERSIZE);
                assertThat(print.getLandscape()).isTrue();
                assertThat(print.getFitWidth()).isEqualTo((short) 1);
                assertThat(print.getFitHeight()).isEqualTo((short) 0);
                assertThat(districts.getFitToPage()).isTrue();

                XSSFSheet industries = wb.getSheet("行业排名");
                int iHeader = headerRow(industries, "名次");
                assertThat(text(cell(industries, iHeader + 2, 2))).isEqualTo("制造业");
                assertThat(text(cell(industries, iHeader + 2, column(industries, iHeader).get("名次变化"))))
                        .as("2026Q2 has scores, but none of industry C").isEqualTo("新");

                XSSFSheet matrix = wb.getSheet("区县×行业");
                int mHeader = headerRow(matrix, "区县代码");
                assertThat(text(cell(matrix, mHeader, 2))).isEqualTo("A 农、林、牧、渔业");
                assertThat(matrix.getRow(mHeader).getLastCellNum()).isEqualTo((short) (2 + reference.industries().size()));
                Row chaoyang = rowWith(matrix, 0, CHAOYANG);
                assertThat(chaoyang.getCell(2 + 2).getNumericCellValue()).as("朝阳区 × C").isEqualTo(95.1);
                assertThat(chaoyang.getCell(2).getCellType()).isEqualTo(CellType.BLANK);

                XSSFSheet shortfalls = wb.getSheet("未达标基层工会");
                int uHeader = headerRow(shortfalls, "区县代码");
                Map<String, Integer> ucol = column(shortfalls, uHeader);
                List<Row> unions = rowsBelow(shortfalls, uHeader, 2);
                assertThat(unions).extracting(r -> text(r.getCell(ucol.get("工会统一社会信用代码"))))
                        .containsExactly(FORMULA_UNION, PLUS_UNION);
                var formula = unions.get(0).getCell(ucol.get("工会名称"));
                assertThat(formula.getCellType()).isEqualTo(CellType.STRING);
                assertThat(formula.getStringCellValue()).isEqualTo(FORMULA_NAME);
                assertThat(formula.getCellStyle().getQuotePrefixed()).isTrue();
                assertThat(unions.get(1).getCell(ucol.get("工会名称")).getCellStyle().getQuotePrefixed()).isTrue();
                assertThat(unions.get(0).getCell(ucol.get("职工入会率")).getNumericCellValue()).isEqualTo(0.5);
                assertThat(text(unions.get(0).getCell(ucol.get("未达标项")))).isEqualTo("职工入会率");
                assertThat(text(unions.get(1).getCell(ucol.get("未达标项")))).isEqualTo("活动次数");
                assertThat(unions.get(0).getCell(ucol.get("区县")).getCellStyle().getQuotePrefixed()).isFalse();
                assertThat(shortfalls.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A" + (uHeader + 1) + ":O"
                        + (uHeader + 3));

                XSSFSheet quality = wb.getSheet("数据质量");
                assertThat(text(quality.getRow(1).getCell(0))).contains("应报未报 1 家，逾期报送 1 家");
                Row e06 = rowWith(quality, 0, "E06");
                assertThat(e06.getCell(2).getNumericCellValue()).isEqualTo(1);
                int rHeader = headerRow(quality, "报告期");
                Map<String, Integer> rcol = column(quality, rHeader);
                List<Row> rejected = rowsBelow(quality, rHeader, 2);
                assertThat(rejected).extracting(r -> r.getCell(rcol.get("行号")).getNumericCellValue())
                        .as("only the latest import of reports-a.csv").containsExactly(5d, 7d);
                assertThat(text(rejected.get(0).getCell(rcol.get("归属区县")))).isEqualTo("海淀区");
                assertThat(text(rejected.get(1).getCell(rcol.get("归属区县")))).as("by the union's own reports")
                        .isEqualTo("朝阳区");
                assertThat(rejected.get(0).getCell(rcol.get("记录代码")).getCellStyle().getQuotePrefixed()).isTrue();
                assertThat((int) quality.getPaneInformation().getHorizontalSplitPosition()).as("pane moved with the rows")
                        .isEqualTo(rHeader + 1);

                XSSFSheet gaps = wb.getSheet("缺报迟报");
                int gHeader = headerRow(gaps, "报告期");
                Map<String, Integer> gcol = column(gaps, gHeader);
                List<Row> gapRows = rowsBelow(gaps, gHeader, 2);
                assertThat(gapRows).extracting(r -> text(r.getCell(gcol.get("工会统一社会信用代码"))))
                        .containsExactly(SILENT_UNION, PLUS_UNION);
                assertThat(text(gapRows.get(0).getCell(gcol.get("状态")))).isEqualTo("未报送");
                assertThat(text(gapRows.get(0).getCell(gcol.get("区县")))).isEqualTo("东城区");
                assertThat(text(gapRows.get(1).getCell(gcol.get("状态")))).isEqualTo("逾期报送");
                assertThat(gapRows.get(1).getCell(gcol.get("逾期天数")).getNumericCellValue()).isEqualTo(5);

                int charts = (int) Files.list(out.resolve("2026Q3/charts")).count();
                assertThat(charts).as("scores ×2, the city's indicators, seven weighted indicators, the trend and the rank intervals")
                        .isEqualTo(12);
                XSSFDrawing drawing = wb.getSheet("图表").getDrawingPatriarch();
                assertThat(drawing.getShapes()).hasSize(charts).allSatisfy(shape -> {
                    XSSFClientAnchor anchor = ((XSSFPicture) shape).getClientAnchor();
                    assertThat((int) anchor.getCol2()).as("shown wider than a column").isGreaterThan(anchor.getCol1() + 3);
                    assertThat(anchor.getRow2()).as("and taller than a row").isGreaterThan(anchor.getRow1() + 10);
                });
                assertThat(wb.getAllPictures()).hasSize(charts);
            }
            assertThat(out.resolve("2026Q3/charts/district-scores.png")).exists();
            assertThat(out.resolve("2026Q3/charts/indicator-info-collection.png")).exists();
            assertThat(out.resolve("2026Q3/charts/score-trend.png")).exists();
            assertThat(out.resolve("2026Q3/charts/rank-intervals.png")).exists();
        }

        @Test
        void annualWorkbookComparesWithTheYearBefore() throws IOException {
            assessment(CLOCK).write(Period.ofYear(2026), out);

            try (XSSFWorkbook wb = Workbooks.open(out.resolve("2026/assessment-2026.xlsx"))) {
                assertThat(text(wb.getSheet("封面").getRow(0).getCell(0))).isEqualTo("2026年度 基层工会工作评估");
                XSSFSheet districts = wb.getSheet("区县排名");
                int header = headerRow(districts, "名次");
                Map<String, Integer> col = column(districts, header);
                assertThat(text(districts.getRow(1).getCell(0))).contains("较2025年度");
                assertThat(text(districts.getRow(header + 2).getCell(col.get("区县")))).isEqualTo("朝阳区");
                assertThat(text(districts.getRow(header + 2).getCell(col.get("名次变化")))).isEqualTo("↑1");
                assertThat(text(districts.getRow(header + 4).getCell(col.get("名次变化")))).isEqualTo("↓2");
                XSSFSheet overview = wb.getSheet("概览");
                assertThat(text(overview.getRow(1).getCell(0))).isEqualTo("全市综合得分 90.00，等级 良好");
                Row top = rowWith(overview, 0, "前三名");
                assertThat(text(top.getCell(2))).isEqualTo("朝阳区");
                Row bottom = rowWith(overview, 0, "后三名");
                assertThat(text(bottom.getCell(2))).isEqualTo("朝阳区");
                XSSFSheet shortfalls = wb.getSheet("未达标基层工会");
                assertThat(text(shortfalls.getRow(1).getCell(0))).contains("24 次");
                assertThat(rowsBelow(shortfalls, headerRow(shortfalls, "区县代码"), 4))
                        .as("each union by its latest report of the year, activities summed: all below 24")
                        .extracting(r -> text(r.getCell(2)))
                        .containsExactly(SILENT_UNION, FORMULA_UNION, GOOD_UNION, PLUS_UNION);
                try (var charts = Files.list(out.resolve("2026/charts"))) {
                    assertThat(wb.getAllPictures()).as("every chart of the year").hasSize((int) charts.count());
                }
            }
            assertThat(out.resolve("2026/charts/score-trend.png")).exists();
        }

        @Test
        void everyDistrictGetsItsOwnFeedbackWorkbook() throws IOException {
            districts().write(Q3, out);

            for (District district : reference.districts()) {
                assertThat(DistrictWorkbookOutput.file(out, Q3, district)).exists();
            }
            District chaoyang = reference.district(CHAOYANG).orElseThrow();
            Path file = DistrictWorkbookOutput.file(out, Q3, chaoyang);
            assertThat(file.getFileName().toString()).isEqualTo("110105-朝阳区.xlsx");
            try (XSSFWorkbook wb = Workbooks.open(file)) {
                assertThat(sheetNames(wb)).containsExactly("概况", "基层工会", "退回记录", "缺报迟报", "疑似异常");
                XSSFSheet summary = wb.getSheet("概况");
                assertThat(text(summary.getRow(0).getCell(0))).isEqualTo("朝阳区 2026年第3季度 基层工会工作评估反馈");
                assertThat(text(summary.getRow(2).getCell(0))).contains("96.50").contains("第 1 名").contains("↑1");
                Row coverage = rowWith(summary, 0, "工会组建率");
                assertThat(coverage.getCell(1).getNumericCellValue()).isEqualTo(0.98);
                assertThat(coverage.getCell(2).getNumericCellValue()).as("the city").isEqualTo(0.95);
                assertThat(text(coverage.getCell(4))).isEqualTo("达标");

                XSSFSheet unions = wb.getSheet("基层工会");
                int header = headerRow(unions, "区县代码");
                assertThat(rowsBelow(unions, header, 2)).extracting(r -> text(r.getCell(2)))
                        .containsExactly(FORMULA_UNION, GOOD_UNION);
                assertThat(unions.getRow(header + 1).getCell(3).getCellStyle().getQuotePrefixed()).isTrue();
                XSSFSheet rejected = wb.getSheet("退回记录");
                assertThat(rowsBelow(rejected, headerRow(rejected, "报告期"), 1))
                        .extracting(r -> text(r.getCell(3))).containsExactly(FORMULA_UNION);
                XSSFSheet gaps = wb.getSheet("缺报迟报");
                assertThat(text(cell(gaps, headerRow(gaps, "报告期") + 1, 0))).isEqualTo(TemplateWorkbook.NONE);
            }
            try (XSSFWorkbook wb = Workbooks.open(DistrictWorkbookOutput.file(out, Q3,
                    reference.district(AssessmentFixtures.DONGCHENG).orElseThrow()))) {
                XSSFSheet gaps = wb.getSheet("缺报迟报");
                assertThat(text(cell(gaps, headerRow(gaps, "报告期") + 1, 3))).isEqualTo(SILENT_UNION);
            }
        }

        @Test
        void sameInputsGiveTheSameWorkbookButForTheGeneratedTime() throws IOException {
            assessment(CLOCK).write(Q3, out.resolve("a"));
            assessment(CLOCK).write(Q3, out.resolve("b"));
            assessment(Clock.offset(CLOCK, Duration.ofHours(5))).write(Q3, out.resolve("c"));

            Map<String, byte[]> a = entries(out.resolve("a/2026Q3/assessment-2026Q3.xlsx"));
            Map<String, byte[]> b = entries(out.resolve("b/2026Q3/assessment-2026Q3.xlsx"));
            Map<String, byte[]> c = entries(out.resolve("c/2026Q3/assessment-2026Q3.xlsx"));
            assertThat(b.keySet()).isEqualTo(a.keySet());
            a.forEach((name, bytes) -> assertThat(b.get(name)).as(name).isEqualTo(bytes));
            Set<String> differing = new HashSet<>();
            a.forEach((name, bytes) -> {
                if (!Arrays.equals(bytes, c.get(name))) {
                    differing.add(name);
                }
            });
            assertThat(differing).as("only the generated time changes")
                    .containsExactlyInAnyOrder("docProps/core.xml", "xl/sharedStrings.xml");
        }

        @Test
        void theBuiltInLayoutStandsInForMissingTemplates() throws IOException {
            WorkbookTemplates none = new WorkbookTemplates(out.resolve("no-templates"));
            new AssessmentWorkbookOutput(loader, mapper, rows, charts, none, reference, CLOCK, anomalies).write(Q3, out);
            new DistrictWorkbookOutput(loader, mapper, rows, none, reference, CLOCK, anomalies).write(Q3, out);

            try (XSSFWorkbook wb = Workbooks.open(out.resolve("2026Q3/assessment-2026Q3.xlsx"))) {
                XSSFSheet shortfalls = wb.getSheet("未达标基层工会");
                assertThat(rowsBelow(shortfalls, headerRow(shortfalls, "区县代码"), 2)).hasSize(2);
            }
            assertThat(DistrictWorkbookOutput.file(out, Q3, reference.district(CHAOYANG).orElseThrow())).exists();
        }

        @Test
        void aPeriodNeverComputedIsRefusedWithAHint() {
            assertThatThrownBy(() -> assessment(CLOCK).write(Period.parse("2024Q1"), out))
                    .isInstanceOf(UserFacingException.class).hasMessageContaining("compute --period 2024Q1");
        }
    }

    @Nested
    @H2Test
    class OnH2 extends Written {
    }

    @Nested
    @MariaDbTest
    class OnMariaDb extends Written {
    }

    static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    /** First and last row of every conditional-format range that covers the column. */
    static List<int[]> conditionalRangeRows(XSSFSheet sheet, int column) {
        List<int[]> rows = new ArrayList<>();
        var formats = sheet.getSheetConditionalFormatting();
        for (int i = 0; i < formats.getNumConditionalFormattings(); i++) {
            XSSFConditionalFormatting format = formats.getConditionalFormattingAt(i);
            for (CellRangeAddress range : format.getFormattingRanges()) {
                if (range.getFirstColumn() <= column && column <= range.getLastColumn()) {
                    rows.add(new int[] {range.getFirstRow(), range.getLastRow()});
                }
            }
        }
        return rows;
    }

    static Map<String, byte[]> entries(Path xlsx) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return entries;
    }
}
