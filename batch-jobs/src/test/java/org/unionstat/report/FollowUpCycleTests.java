package org.unionstat.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionstat.testing.WorkbookAssertions.text;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import org.unionstat.domain.Period;
import org.unionstat.indicators.PeriodComputation;
import org.unionstat.ingest.FollowUps;
import org.unionstat.report.csv.AnomaliesCsv;
import org.unionstat.testing.H2Test;
import org.unionstat.testing.MariaDbTest;
import org.unionstat.testing.OnQualityFixture;
import org.unionstat.testing.QualityFixture;
import org.unionstat.testing.Workbooks;

/**
 * The follow-up cycle on {@link QualityFixture} (its flags are worked out in QualityFlaggingTests): the 疑似异常 sheets
 * of 2041Q3, a district's workbook returned with answers and bad answers, import-followup, the answers beside the
 * flags when 2041Q3 is reported again, and 2041Q4, where the figure confirmed as correct is not flagged again.
 */
class FollowUpCycleTests {

    static final Period Q3 = Period.parse("2041Q3");
    static final Period Q4 = Period.parse("2041Q4");
    /** 疑似异常 of a district workbook: the header in row 4, the columns of WorkbookLayouts.ANOMALY_HEADERS. */
    static final int HEADER = 3;
    static final int STATUS = 12;
    static final int NOTE = 13;

    abstract static class Cycle extends OnQualityFixture {
        @Autowired
        PeriodComputation computation;
        @Autowired
        PeriodReport report;
        @Autowired
        FollowUps followUps;
        @Autowired
        org.unionstat.indicators.QualityFlagging flagging;

        @TempDir
        Path out;

        @Test
        void answersComeBackBesideTheFlagsAndAConfirmedFigureIsNotFlaggedAgain() throws IOException {
            // forced: the fixture writes the tables directly, so an earlier run's compute of the same inputs, recorded
            // in a database kept between runs (MariaDB), would be taken as done while its figures were cleared
            computation.compute(Q3, true);
            report.writeFiles(Q3, out);

            // the assessment workbook: counts by district and rule (朝阳 U07 U18 U20 U23; 海淀 U03 U13 U16), all rows
            try (XSSFWorkbook wb = Workbooks.open(out.resolve("2041Q3/assessment-2041Q3.xlsx"))) {
                XSSFSheet sheet = wb.getSheet("疑似异常");
                Row chaoyang = org.unionstat.testing.WorkbookAssertions.rowWith(sheet, 0, QualityFixture.CHAOYANG);
                assertThat(numbers(chaoyang, 2, 9)).containsExactly(1L, 0L, 0L, 1L, 1L, 1L, 4L);
                Row haidian = org.unionstat.testing.WorkbookAssertions.rowWith(sheet, 0, QualityFixture.HAIDIAN);
                assertThat(numbers(haidian, 2, 9)).containsExactly(1L, 0L, 2L, 0L, 0L, 0L, 3L);
                Row city = org.unionstat.testing.WorkbookAssertions.rowWith(sheet, 1, "全市");
                assertThat(numbers(city, 2, 9)).containsExactly(2L, 0L, 2L, 1L, 1L, 1L, 7L);
                int header = org.unionstat.testing.WorkbookAssertions.headerRow(sheet, "报告期");
                assertThat(org.unionstat.testing.WorkbookAssertions.rowsBelow(sheet, header, 7))
                        .extracting(r -> text(r.getCell(4)).substring(15) + " " + text(r.getCell(6)))
                        .containsExactly("U03 Q01", "U07 Q01", "U18 Q04", "U16 Q03", "U20 Q05", "U23 Q06", "U13 Q03");
                assertThat(text(wb.getSheet("数据质量").getRow(2).getCell(0)))
                        .contains("Q01 人数较上期突变 2 份").contains("Q03 职工人数与单位名录相差悬殊 2 份")
                        .contains("Q02 连续两个季度照抄上期数字 0 份");
            }

            // 朝阳区's workbook: its four flags, most significant first, 核实情况 offering the list on every row
            Path districtFile = out.resolve("2041Q3/districts/110105-朝阳区.xlsx");
            Path returned = out.resolve("110105-朝阳区-反馈.xlsx");
            try (XSSFWorkbook wb = Workbooks.open(districtFile)) {
                XSSFSheet sheet = wb.getSheet("疑似异常");
                assertThat(text(sheet.getRow(HEADER).getCell(STATUS))).isEqualTo("核实情况");
                List<Row> rows = org.unionstat.testing.WorkbookAssertions.rowsBelow(sheet, HEADER, 4);
                assertThat(rows).extracting(r -> text(r.getCell(4)).substring(15) + " " + text(r.getCell(6)) + " "
                        + text(r.getCell(8))).containsExactly("U07 Q01 职工人数", "U18 Q04 本季度活动次数",
                                "U20 Q05 参评会员数", "U23 Q06 会员人数");
                List<XSSFDataValidation> validations = sheet.getDataValidations();
                assertThat(validations).hasSize(1);
                assertThat(validations.get(0).getValidationConstraint().getExplicitListValues())
                        .containsExactly("已核实无误", "已更正", "待核实");
                assertThat(validations.get(0).getRegions().getCellRangeAddresses()[0].formatAsString())
                        .isEqualTo("M5:M8");

                // the district answers: U18 with a value outside the list, U07 not at all, and a union it made up
                rows.get(1).createCell(STATUS).setCellValue("核实中");
                rows.get(2).createCell(STATUS).setCellValue("已更正");
                rows.get(2).createCell(NOTE).setCellValue("满意度已重新统计");
                rows.get(3).createCell(STATUS).setCellValue("已核实无误");
                rows.get(3).createCell(NOTE).setCellValue("职工全部入会");
                Row madeUp = sheet.createRow(HEADER + 5);
                for (int c = 0; c <= NOTE; c++) {
                    madeUp.createCell(c).setCellValue(text(rows.get(3).getCell(c)));
                }
                madeUp.getCell(4).setCellValue(QualityFixture.union("U99"));
                try (OutputStream o = Files.newOutputStream(returned)) {
                    wb.write(o);
                }
            }
            FollowUps.Summary summary = followUps.importFile(returned, out);
            assertThat(summary.read()).isEqualTo(5);
            assertThat(summary.unanswered()).isEqualTo(1);
            assertThat(summary.accepted()).isEqualTo(2);
            assertThat(summary.rejectedByCode()).containsExactly(Map.entry("F01", 1L), Map.entry("F03", 1L));
            assertThat(Files.readAllLines(out.resolve("rejects/followup/110105-朝阳区-反馈.xlsx.rejects.csv"),
                    StandardCharsets.UTF_8)).hasSize(3).element(1).asString()
                    .startsWith("110105-朝阳区-反馈.xlsx,6,810000000000041U18,F03,");
            assertThat(jdbc.queryForList("SELECT CONCAT(union_id, ' ', rule, ' ', field, ' ', current_value, ' ', status,"
                    + " ' ', source_file) FROM followup_answer WHERE period = '2041Q3' ORDER BY union_id", String.class))
                    .containsExactly("810000000000041U20 Q05 evaluated 100 已更正 110105-朝阳区-反馈.xlsx",
                            "810000000000041U23 Q06 members 500 已核实无误 110105-朝阳区-反馈.xlsx");

            // reported again: the answers beside their flags
            report.writeFiles(Q3, out);
            assertThat(Files.readAllLines(AnomaliesCsv.file(Q3, out), StandardCharsets.UTF_8)).contains(
                    "2041Q3,110105,C,810000000000041U23,工会U23,Q06,members,500,500,1.0000,会员人数恰好等于职工人数（大单位）"
                            + "；核实情况：已核实无误；说明：职工全部入会（110105-朝阳区-反馈.xlsx）",
                    "2041Q3,110105,C,810000000000041U18,工会U18,Q04,activities,,91,91.0000,本季度活动次数过多");
            try (XSSFWorkbook wb = Workbooks.open(districtFile)) {
                Row u23 = org.unionstat.testing.WorkbookAssertions.rowsBelow(wb.getSheet("疑似异常"), HEADER, 4).get(3);
                assertThat(text(u23.getCell(STATUS))).isEqualTo("已核实无误");
                assertThat(text(u23.getCell(NOTE))).isEqualTo("职工全部入会");
                assertThat(text(u23.getCell(NOTE + 1))).startsWith("110105-朝阳区-反馈.xlsx，");
            }

            // 2041Q4: U20 and U23 file the same figures again; U23's were confirmed, U20's only said corrected
            fixture.copyReport("U20", "2041Q3", "2041Q4");
            fixture.copyReport("U23", "2041Q3", "2041Q4");
            computation.compute(Q4, true);
            report.writeFiles(Q4, out);
            assertThat(Files.readAllLines(AnomaliesCsv.file(Q4, out), StandardCharsets.UTF_8)).containsExactly(
                    "period,district_code,industry_code,union_id,union_name,rule,field,previous,current,measure,note",
                    "2041Q4,110105,C,810000000000041U20,工会U20,Q05,evaluated,,100,1.0000,评议满意率为百分之百且参评人数较多"
                            + "；2041Q3 核实情况：已更正，满意度已重新统计");
        }

        @Test
        void aCsvOfTheSameColumnsWorksAndBadAnswersAreRejectedWithTheirCodes() throws IOException {
            flagging.flagAndStore(Q3);
            Path csv = out.resolve("answers.csv");
            Files.writeString(csv, String.join("\n",
                    "period,union_id,rule,field,status,note",
                    // U13's Q03 flag, the field by its Chinese name: accepted
                    "2041Q3," + QualityFixture.union("U13") + ",Q03,职工人数,已核实无误,名录数字为上年数",
                    // no rule Q09
                    "2041Q3," + QualityFixture.union("U13") + ",Q09,employees,已核实无误,",
                    // U14 was a near miss: no flag to answer
                    "2041Q3," + QualityFixture.union("U14") + ",Q03,employees,已更正,",
                    // not a quarter
                    "2041," + QualityFixture.union("U13") + ",Q03,employees,已更正,",
                    // a formula for a note is kept as text
                    "2041Q3," + QualityFixture.union("U16") + ",Q03,employees,待核实,=1+1",
                    ""), StandardCharsets.UTF_8);
            FollowUps.Summary summary = followUps.importFile(csv, out);
            assertThat(summary.accepted()).isEqualTo(2);
            assertThat(summary.rejectedByCode()).containsExactly(Map.entry("F01", 1L), Map.entry("F02", 1L),
                    Map.entry("F04", 1L));
            assertThat(jdbc.queryForList("SELECT CONCAT(union_id, ' ', status, ' ', note) FROM followup_answer"
                    + " WHERE period = '2041Q3' ORDER BY union_id", String.class)).containsExactly(
                            "810000000000041U13 已核实无误 名录数字为上年数", "810000000000041U16 待核实 =1+1");
            assertThat(Files.readAllLines(out.resolve("rejects/followup/answers.csv.rejects.csv"), StandardCharsets.UTF_8))
                    .extracting(line -> line.split(",")[1] + " " + line.split(",")[3])
                    .containsExactly("line reason_code", "3 F02", "4 F04", "5 F01");
        }

        private static List<Long> numbers(Row row, int from, int to) {
            return java.util.stream.IntStream.range(from, to)
                    .mapToObj(c -> (long) row.getCell(c).getNumericCellValue()).toList();
        }
    }

    @Nested
    @H2Test
    class OnH2 extends Cycle {
    }

    @Nested
    @MariaDbTest
    class OnMariaDb extends Cycle {
    }
}
