package org.unionstat.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionstat.testing.WorkbookAssertions.column;
import static org.unionstat.testing.WorkbookAssertions.headerRow;
import static org.unionstat.testing.WorkbookAssertions.rowWith;
import static org.unionstat.testing.WorkbookAssertions.rowsBelow;
import static org.unionstat.testing.WorkbookAssertions.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import org.unionstat.domain.Period;
import org.unionstat.indicators.PeriodComputation;
import org.unionstat.testing.ExplanationFixture;
import org.unionstat.testing.H2Test;
import org.unionstat.testing.MariaDbTest;

/**
 * Points lost, gaps and rank intervals of the hand-made {@link ExplanationFixture}, computed and reported on H2 and
 * on MariaDB, every figure worked out by hand below (default targets and weights: coverage 25, enrollment 25,
 * satisfaction 20, info 10, jingka 5, reporting 10, activity 5; targets 0.90, reporting 1.00). The rank intervals
 * take 10 draws from the seed 4754.
 */
@TestPropertySource(properties = {"unionstat.assessment.robustness.draws=10",
        "unionstat.assessment.robustness.noise-factor=0.25", "unionstat.assessment.robustness.seed=4754"})
class ExplainedAssessmentTests {

    static final Period Q2 = Period.parse(ExplanationFixture.PERIOD);

    static final List<String> SCORES = List.of(
            "period,dimension,district_code,industry_code,score,rank,grade",
            "2033Q2,city,,,85.74,,良好",
            "2033Q2,district,110101,,100.00,1,优秀",
            "2033Q2,district,110102,,92.50,2,良好",
            "2033Q2,district,110105,,91.67,3,良好",
            "2033Q2,district,110108,,50.83,4,待改进",
            "2033Q2,industry,,C,93.27,1,良好",
            "2033Q2,industry,,F,50.83,2,待改进",
            "2033Q2,district_industry,110101,C,100.00,,优秀",
            "2033Q2,district_industry,110102,C,92.50,,良好",
            "2033Q2,district_industry,110105,C,91.67,,良好",
            "2033Q2,district_industry,110108,F,50.83,,待改进");

    // Points earned: 100 × weight × min(value ÷ target, 1) ÷ Σ weights, lost: 100 × weight ÷ Σ weights − earned, each
    // half-up to 2 decimals from the exact fraction; rows in the order of scores-P.csv, indicators of the score only
    // (migrant_enrollment has weight 0).
    static final List<String> BREAKDOWN = List.of(
            "period,dimension,district_code,industry_code,indicator,weight,value,target,points,points_lost",
            // city, Σ weights 100 (shares = weights): coverage 6/9 → 25 × (2/3)/0.9 = 18.5185… lost 6.4815…; enrollment
            // 293/400 → 25 × 0.7325/0.9 = 20.3472… lost 4.6528…; satisfaction 35/40 → 20 × 0.875/0.9 = 19.4444…;
            // info 273/293 ≥ 0.9: all 10; jingka 263/293 → 5 × 263/263.7 = 4.9867… lost 0.0133…; reporting 4/5 → 8;
            // activity 4/5 → 5 × 0.8/0.9 = 4.4444…; Σ = 5426399/63288 = 85.7413… (the score 85.74)
            "2033Q2,city,,,coverage,25,0.666667,0.900000,18.52,6.48",
            "2033Q2,city,,,enrollment,25,0.732500,0.900000,20.35,4.65",
            "2033Q2,city,,,satisfaction,20,0.875000,0.900000,19.44,0.56",
            "2033Q2,city,,,info_collection,10,0.931741,0.900000,10.00,0.00",
            "2033Q2,city,,,jingka,5,0.897611,0.900000,4.99,0.01",
            "2033Q2,city,,,reporting,10,0.800000,1.000000,8.00,2.00",
            "2033Q2,city,,,activity,5,0.800000,0.900000,4.44,0.56",
            // 东城区 meets every target: each indicator earns its whole weight
            "2033Q2,district,110101,,coverage,25,1.000000,0.900000,25.00,0.00",
            "2033Q2,district,110101,,enrollment,25,0.950000,0.900000,25.00,0.00",
            "2033Q2,district,110101,,satisfaction,20,1.000000,0.900000,20.00,0.00",
            "2033Q2,district,110101,,info_collection,10,1.000000,0.900000,10.00,0.00",
            "2033Q2,district,110101,,jingka,5,1.000000,0.900000,5.00,0.00",
            "2033Q2,district,110101,,reporting,10,1.000000,1.000000,10.00,0.00",
            "2033Q2,district,110101,,activity,5,1.000000,0.900000,5.00,0.00",
            // 西城区: enrollment 0.63 → 25 × 0.63/0.9 = 17.5, lost 7.5; Σ = 92.5
            "2033Q2,district,110102,,coverage,25,1.000000,0.900000,25.00,0.00",
            "2033Q2,district,110102,,enrollment,25,0.630000,0.900000,17.50,7.50",
            "2033Q2,district,110102,,satisfaction,20,1.000000,0.900000,20.00,0.00",
            "2033Q2,district,110102,,info_collection,10,1.000000,0.900000,10.00,0.00",
            "2033Q2,district,110102,,jingka,5,1.000000,0.900000,5.00,0.00",
            "2033Q2,district,110102,,reporting,10,1.000000,1.000000,10.00,0.00",
            "2033Q2,district,110102,,activity,5,1.000000,0.900000,5.00,0.00",
            // 朝阳区: coverage 3/5 → 25 × 0.6/0.9 = 16.6666… → 16.67, lost 8.3333… → 8.33; Σ = 275/3 = 91.6666…
            "2033Q2,district,110105,,coverage,25,0.600000,0.900000,16.67,8.33",
            "2033Q2,district,110105,,enrollment,25,0.950000,0.900000,25.00,0.00",
            "2033Q2,district,110105,,satisfaction,20,1.000000,0.900000,20.00,0.00",
            "2033Q2,district,110105,,info_collection,10,1.000000,0.900000,10.00,0.00",
            "2033Q2,district,110105,,jingka,5,1.000000,0.900000,5.00,0.00",
            "2033Q2,district,110105,,reporting,10,1.000000,1.000000,10.00,0.00",
            "2033Q2,district,110105,,activity,5,1.000000,0.900000,5.00,0.00",
            // 海淀区: coverage 1/2 → 25 × 5/9 = 13.8888…; enrollment 40/100 → 25 × 4/9 = 11.1111…; satisfaction 5/10 →
            // 20 × 5/9 = 11.1111…; info 20/40 → 10 × 5/9 = 5.5555…; jingka 10/40 → 5 × 0.25/0.9 = 1.3888…; reporting 1/2
            // → 5; activity 1/2 → 5 × 5/9 = 2.7777…; Σ = 305/6 = 50.8333… → 50.83, while the rounded parts add up to 50.84
            "2033Q2,district,110108,,coverage,25,0.500000,0.900000,13.89,11.11",
            "2033Q2,district,110108,,enrollment,25,0.400000,0.900000,11.11,13.89",
            "2033Q2,district,110108,,satisfaction,20,0.500000,0.900000,11.11,8.89",
            "2033Q2,district,110108,,info_collection,10,0.500000,0.900000,5.56,4.44",
            "2033Q2,district,110108,,jingka,5,0.250000,0.900000,1.39,3.61",
            "2033Q2,district,110108,,reporting,10,0.500000,1.000000,5.00,5.00",
            "2033Q2,district,110108,,activity,5,0.500000,0.900000,2.78,2.22",
            // C = 东城区 + 西城区 + 朝阳区: coverage 5/7 → 25 × (5/7)/0.9 = 19.8412…, lost 5.1587…; enrollment 253/300 →
            // 25 × 253/270 = 23.4259…, lost 1.5740…; the rest met; Σ = 35255/378 = 93.2671… → 93.27
            "2033Q2,industry,,C,coverage,25,0.714286,0.900000,19.84,5.16",
            "2033Q2,industry,,C,enrollment,25,0.843333,0.900000,23.43,1.57",
            "2033Q2,industry,,C,satisfaction,20,1.000000,0.900000,20.00,0.00",
            "2033Q2,industry,,C,info_collection,10,1.000000,0.900000,10.00,0.00",
            "2033Q2,industry,,C,jingka,5,1.000000,0.900000,5.00,0.00",
            "2033Q2,industry,,C,reporting,10,1.000000,1.000000,10.00,0.00",
            "2033Q2,industry,,C,activity,5,1.000000,0.900000,5.00,0.00",
            // F = 海淀区
            "2033Q2,industry,,F,coverage,25,0.500000,0.900000,13.89,11.11",
            "2033Q2,industry,,F,enrollment,25,0.400000,0.900000,11.11,13.89",
            "2033Q2,industry,,F,satisfaction,20,0.500000,0.900000,11.11,8.89",
            "2033Q2,industry,,F,info_collection,10,0.500000,0.900000,5.56,4.44",
            "2033Q2,industry,,F,jingka,5,0.250000,0.900000,1.39,3.61",
            "2033Q2,industry,,F,reporting,10,0.500000,1.000000,5.00,5.00",
            "2033Q2,industry,,F,activity,5,0.500000,0.900000,2.78,2.22",
            // each district is one pair: the pairs repeat the districts
            "2033Q2,district_industry,110101,C,coverage,25,1.000000,0.900000,25.00,0.00",
            "2033Q2,district_industry,110101,C,enrollment,25,0.950000,0.900000,25.00,0.00",
            "2033Q2,district_industry,110101,C,satisfaction,20,1.000000,0.900000,20.00,0.00",
            "2033Q2,district_industry,110101,C,info_collection,10,1.000000,0.900000,10.00,0.00",
            "2033Q2,district_industry,110101,C,jingka,5,1.000000,0.900000,5.00,0.00",
            "2033Q2,district_industry,110101,C,reporting,10,1.000000,1.000000,10.00,0.00",
            "2033Q2,district_industry,110101,C,activity,5,1.000000,0.900000,5.00,0.00",
            "2033Q2,district_industry,110102,C,coverage,25,1.000000,0.900000,25.00,0.00",
            "2033Q2,district_industry,110102,C,enrollment,25,0.630000,0.900000,17.50,7.50",
            "2033Q2,district_industry,110102,C,satisfaction,20,1.000000,0.900000,20.00,0.00",
            "2033Q2,district_industry,110102,C,info_collection,10,1.000000,0.900000,10.00,0.00",
            "2033Q2,district_industry,110102,C,jingka,5,1.000000,0.900000,5.00,0.00",
            "2033Q2,district_industry,110102,C,reporting,10,1.000000,1.000000,10.00,0.00",
            "2033Q2,district_industry,110102,C,activity,5,1.000000,0.900000,5.00,0.00",
            "2033Q2,district_industry,110105,C,coverage,25,0.600000,0.900000,16.67,8.33",
            "2033Q2,district_industry,110105,C,enrollment,25,0.950000,0.900000,25.00,0.00",
            "2033Q2,district_industry,110105,C,satisfaction,20,1.000000,0.900000,20.00,0.00",
            "2033Q2,district_industry,110105,C,info_collection,10,1.000000,0.900000,10.00,0.00",
            "2033Q2,district_industry,110105,C,jingka,5,1.000000,0.900000,5.00,0.00",
            "2033Q2,district_industry,110105,C,reporting,10,1.000000,1.000000,10.00,0.00",
            "2033Q2,district_industry,110105,C,activity,5,1.000000,0.900000,5.00,0.00",
            "2033Q2,district_industry,110108,F,coverage,25,0.500000,0.900000,13.89,11.11",
            "2033Q2,district_industry,110108,F,enrollment,25,0.400000,0.900000,11.11,13.89",
            "2033Q2,district_industry,110108,F,satisfaction,20,0.500000,0.900000,11.11,8.89",
            "2033Q2,district_industry,110108,F,info_collection,10,0.500000,0.900000,5.56,4.44",
            "2033Q2,district_industry,110108,F,jingka,5,0.250000,0.900000,1.39,3.61",
            "2033Q2,district_industry,110108,F,reporting,10,0.500000,1.000000,5.00,5.00",
            "2033Q2,district_industry,110108,F,activity,5,0.500000,0.900000,2.78,2.22");

    static final List<String> GAPS = List.of(
            "period,dimension,district_code,industry_code,indicator,numerator,denominator,target,needed",
            // city: coverage 6/9 (0.8999995 × 9 = 8.0999955 → 9, so 3 units); enrollment 293/400 (359.9998 → 360: 67
            // members); satisfaction 35/40 (35.99998 → 36); info 273/293 meets it; jingka 263/293 (263.6998… → 264, one
            // card: 264/293 = 0.901024); reporting 4/5, target 1 (4.9999975 → 5); activity 4/5 (4.4999975 → 5);
            // migrant_enrollment 5/10 (weight 0, below its target all the same: 8.999995 → 9)
            "2033Q2,city,,,coverage,6,9,0.900000,3",
            "2033Q2,city,,,enrollment,293,400,0.900000,67",
            "2033Q2,city,,,satisfaction,35,40,0.900000,1",
            "2033Q2,city,,,jingka,263,293,0.900000,1",
            "2033Q2,city,,,reporting,4,5,1.000000,1",
            "2033Q2,city,,,activity,4,5,0.900000,1",
            "2033Q2,city,,,migrant_enrollment,5,10,0.900000,4",
            // 东城区 meets everything; 西城区 63/100 → 90 members: 27; 朝阳区 3/5 → 4.4999975 → 5 units: 2
            "2033Q2,district,110102,,enrollment,63,100,0.900000,27",
            "2033Q2,district,110105,,coverage,3,5,0.900000,2",
            // 海淀区: 1/2 → 1.799999 → 2; 40/100 → 90; 5/10 → 9; 20/40 → 35.99998 → 36; 10/40 → 36; 1/2 of target 1 →
            // 1.999999 → 2; 1/2 → 2; 5/10 → 9
            "2033Q2,district,110108,,coverage,1,2,0.900000,1",
            "2033Q2,district,110108,,enrollment,40,100,0.900000,50",
            "2033Q2,district,110108,,satisfaction,5,10,0.900000,4",
            "2033Q2,district,110108,,info_collection,20,40,0.900000,16",
            "2033Q2,district,110108,,jingka,10,40,0.900000,26",
            "2033Q2,district,110108,,reporting,1,2,1.000000,1",
            "2033Q2,district,110108,,activity,1,2,0.900000,1",
            "2033Q2,district,110108,,migrant_enrollment,5,10,0.900000,4",
            // C: 5/7 → 6.2999965 → 7 units: 2; 253/300 → 269.99985 → 270 members: 17
            "2033Q2,industry,,C,coverage,5,7,0.900000,2",
            "2033Q2,industry,,C,enrollment,253,300,0.900000,17",
            // F = 海淀区, and the pairs repeat their districts
            "2033Q2,industry,,F,coverage,1,2,0.900000,1",
            "2033Q2,industry,,F,enrollment,40,100,0.900000,50",
            "2033Q2,industry,,F,satisfaction,5,10,0.900000,4",
            "2033Q2,industry,,F,info_collection,20,40,0.900000,16",
            "2033Q2,industry,,F,jingka,10,40,0.900000,26",
            "2033Q2,industry,,F,reporting,1,2,1.000000,1",
            "2033Q2,industry,,F,activity,1,2,0.900000,1",
            "2033Q2,industry,,F,migrant_enrollment,5,10,0.900000,4",
            "2033Q2,district_industry,110102,C,enrollment,63,100,0.900000,27",
            "2033Q2,district_industry,110105,C,coverage,3,5,0.900000,2",
            "2033Q2,district_industry,110108,F,coverage,1,2,0.900000,1",
            "2033Q2,district_industry,110108,F,enrollment,40,100,0.900000,50",
            "2033Q2,district_industry,110108,F,satisfaction,5,10,0.900000,4",
            "2033Q2,district_industry,110108,F,info_collection,20,40,0.900000,16",
            "2033Q2,district_industry,110108,F,jingka,10,40,0.900000,26",
            "2033Q2,district_industry,110108,F,reporting,1,2,1.000000,1",
            "2033Q2,district_industry,110108,F,activity,1,2,0.900000,1",
            "2033Q2,district_industry,110108,F,migrant_enrollment,5,10,0.900000,4");

    /**
     * The draws: for each, 7 factors (coverage, enrollment, satisfaction, info, jingka, reporting, activity) from
     * SplittableRandom(4754), each 0.75 + 0.5 × nextDouble(). 西城区 and 朝阳区 differ only in coverage and
     * enrollment: 西城区 loses 0.3 of the enrollment weight 25u_e, 朝阳区 1/3 of the coverage weight 25u_c, so 朝阳区
     * comes first exactly when u_c/3 &lt; 0.3 u_e, i.e. u_c &lt; 0.9 u_e:
     * <pre>
     * draw  u_c       0.9 u_e   first   (scores 西城区 / 朝阳区)
     *  1    0.786368  0.822458  朝阳区   93.11 / 93.41
     *  2    0.921243  0.992129  朝阳区   92.13 / 92.70
     *  3    0.904236  0.832070  西城区   92.35 / 91.69
     *  4    1.186564  0.959916  西城区   92.31 / 90.50
     *  5    1.076903  1.122586  朝阳区   91.30 / 91.65
     *  6    1.068196  1.102961  朝阳区   91.01 / 91.29
     *  7    0.773811  0.993510  朝阳区   90.97 / 92.97
     *  8    1.243759  0.784130  西城区   93.49 / 89.67
     *  9    0.958199  1.030461  朝阳区   91.03 / 91.66
     * 10    1.147393  0.995384  西城区   91.50 / 90.20
     * </pre>
     * 西城区 is 3rd in 6 draws and 2nd in 4: sorted 2 2 2 2 3 3 3 3 3 3; by nearest rank the 5th percentile is the
     * ⌈0.5⌉ = 1st rank (2), the median the ⌈5⌉ = 5th (3), the 95th the ⌈9.5⌉ = 10th (3). 朝阳区: 2 2 2 2 2 2 3 3 3 3 →
     * 2, 2, 3. 东城区 scores 100 in every draw (1st), 海淀区, whose attainments are all 5/9 or less, at most 55.6 (4th);
     * industry C (at least 88) is always above F. The scores stay within their grades (西城区, 朝阳区 between 89.6 and
     * 93.5: 良好), so every group keeps its grade in all 10 draws.
     */
    static final List<String> ROBUSTNESS = List.of(
            "period,dimension,district_code,industry_code,rank,median_rank,rank_p5,rank_p95,grade_kept_share",
            "2033Q2,district,110101,,1,1,1,1,1.000000",
            "2033Q2,district,110102,,2,3,2,3,1.000000",
            "2033Q2,district,110105,,3,2,2,3,1.000000",
            "2033Q2,district,110108,,4,4,4,4,1.000000",
            "2033Q2,industry,,C,1,1,1,1,1.000000",
            "2033Q2,industry,,F,2,2,2,2,1.000000");

    /** Computed and reported once; the tests read the files. */
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class Explaining {

        @Autowired
        JdbcTemplate jdbc;

        @Autowired
        PeriodComputation computation;

        @Autowired
        PeriodReport report;

        Path out;

        @BeforeAll
        void computeAndReport(@TempDir Path dir) {
            out = dir;
            new ExplanationFixture(jdbc).load();
            computation.compute(Q2, true);
            report.write(Q2, out);
        }

        /** The fixture's registry year would otherwise be the registry of other tests' later periods on MariaDB. */
        @AfterAll
        void clearFixture() {
            new ExplanationFixture(jdbc).clear();
        }

        @Test
        void scoreBreakdownGapsAndRankIntervalsAsWorkedOutByHand() throws IOException {
            assertThat(csv("scores-2033Q2.csv")).containsExactlyElementsOf(SCORES);
            assertThat(csv("score-breakdown-2033Q2.csv")).containsExactlyElementsOf(BREAKDOWN);
            assertThat(csv("gaps-2033Q2.csv")).containsExactlyElementsOf(GAPS);
            assertThat(csv("rank-robustness-2033Q2.csv")).containsExactlyElementsOf(ROBUSTNESS);
            assertThat(out.resolve("2033Q2/charts/rank-intervals.png")).isNotEmptyFile();
        }

        /** The ranking sheet: 排名区间, 保持等级, 失分 (the largest in red) and 差距 (numbers that read as words). */
        @Test
        void theRankingSheetShowsIntervalsLossesAndGaps() throws IOException {
            try (XSSFWorkbook wb = open(out.resolve("2033Q2/assessment-2033Q2.xlsx"))) {
                XSSFSheet sheet = wb.getSheet("区县排名");
                int header = headerRow(sheet, "名次");
                Map<String, Integer> col = column(sheet, header);
                Row xicheng = rowWith(sheet, col.get("区县"), "西城区");
                assertThat(text(xicheng.getCell(col.get("排名区间")))).isEqualTo("2–3");
                assertThat(xicheng.getCell(col.get("保持等级")).getNumericCellValue()).isEqualTo(1.0);
                assertThat(xicheng.getCell(col.get("失分：职工入会率")).getNumericCellValue()).isEqualTo(7.5);
                assertThat(xicheng.getCell(col.get("失分：工会组建率")).getNumericCellValue()).isZero();
                var gap = xicheng.getCell(col.get("差距：职工入会率"));
                assertThat(gap.getNumericCellValue()).isEqualTo(27);
                assertThat(gap.getCellStyle().getDataFormatString()).isEqualTo("\"需新增会员 \"#,##0\" 人\"");
                assertThat(xicheng.getCell(col.get("差距：工会组建率")).getCellType())
                        .isEqualTo(org.apache.poi.ss.usermodel.CellType.BLANK);
                Row haidian = rowWith(sheet, col.get("区县"), "海淀区");
                assertThat(text(haidian.getCell(col.get("排名区间")))).isEqualTo("4");
                assertThat(haidian.getCell(col.get("差距：按时报送率")).getNumericCellValue()).isEqualTo(1);
                Row city = rowWith(sheet, col.get("区县"), "全市");
                assertThat(city.getCell(col.get("失分：京卡办理率")).getNumericCellValue()).isEqualTo(0.01);
                assertThat(city.getCell(col.get("差距：京卡办理率")).getNumericCellValue()).isEqualTo(1);
                assertThat(largestLossFormula(sheet, col.get("失分：工会组建率"), haidian.getRowNum()))
                        .as("the largest loss of each row in red").contains("MAX(");
            }
        }

        /**
         * A district's first sheet: its score and largest losses, its rank interval, the points and gaps of each
         * indicator, and the unions that would close its gaps.
         */
        @Test
        void theDistrictWorkbookSaysWhereThePointsWentAndWhoCanCloseTheGap() throws IOException {
            try (XSSFWorkbook wb = open(out.resolve("2033Q2/districts/110102-西城区.xlsx"))) {
                XSSFSheet sheet = wb.getSheet("概况");
                assertThat(text(sheet.getRow(3).getCell(0))).isEqualTo("本期得分 92.50，失分最多：职工入会率 7.50 分。");
                assertThat(text(sheet.getRow(4).getCell(0))).isEqualTo("排名区间：各项权重分别在 ±25% 内随机浮动、"
                        + "重算 10 次，90% 的名次在第 2–3 名（中位第 3 名）；100% 的次数保持“良好”等级。");
                Map<String, Integer> col = column(sheet, rowWith(sheet, 1, "本区值").getRowNum());
                Row enrollment = rowWith(sheet, 0, "职工入会率");
                assertThat(enrollment.getCell(col.get("得分")).getNumericCellValue()).isEqualTo(17.5);
                assertThat(enrollment.getCell(col.get("失分")).getNumericCellValue()).isEqualTo(7.5);
                assertThat(text(enrollment.getCell(col.get("差距")))).isEqualTo("需新增会员 27 人");
                assertThat(largestLossFormula(sheet, col.get("失分"), enrollment.getRowNum()))
                        .as("the largest loss among the eight indicators in red")
                        .isEqualTo("AND(ISNUMBER(J9),J9>0,J9=MAX(J$9:J$16))");
                // U2 alone lacks what the district lacks: 90 − 63 = 27 members
                int focus = rowWith(sheet, 1, "本区差距").getRowNum();
                assertThat(rowsBelow(sheet, focus, 1)).extracting(r -> text(r.getCell(0)) + " " + text(r.getCell(1))
                        + " " + text(r.getCell(2)) + " " + (long) r.getCell(5).getNumericCellValue() + "/"
                        + (long) r.getCell(6).getNumericCellValue() + " " + r.getCell(7).getNumericCellValue() + " "
                        + (long) r.getCell(8).getNumericCellValue() + " " + (long) r.getCell(9).getNumericCellValue())
                        .containsExactly("职工入会率 需新增会员 27 人 " + ExplanationFixture.union("U2")
                                + " 63/100 0.63 27 27");
            }
            try (XSSFWorkbook wb = open(out.resolve("2033Q2/districts/110108-海淀区.xlsx"))) {
                XSSFSheet sheet = wb.getSheet("概况");
                // losses 13.89 (enrollment), 11.11 (coverage), 8.89 (satisfaction), then 5.00, 4.44, 3.61, 2.22
                assertThat(text(sheet.getRow(3).getCell(0))).isEqualTo(
                        "本期得分 50.83，失分最多：职工入会率 13.89 分、工会组建率 11.11 分、会员评议满意率 8.89 分。");
                assertThat(text(sheet.getRow(4).getCell(0))).contains("90% 的名次在第 4 名（中位第 4 名）");
                // U41 and U42 each: enrollment 20/50 → 45 members (44.999975 → 45): 25 each, 50 together = the
                // district's 50; info 10/20 → 18 (17.99999 → 18): 8 each, 16; cards 5/20 → 18: 13 each, 26
                int focus = rowWith(sheet, 1, "本区差距").getRowNum();
                assertThat(rowsBelow(sheet, focus, 6)).extracting(r -> text(r.getCell(0)) + " " + text(r.getCell(2))
                        .substring(15) + " " + (long) r.getCell(8).getNumericCellValue() + " "
                        + (long) r.getCell(9).getNumericCellValue()).containsExactly(
                                "职工入会率 U41 25 25", "职工入会率 U42 25 50",
                                "会员信息采集率 U41 8 8", "会员信息采集率 U42 8 16",
                                "京卡办理率 U41 13 13", "京卡办理率 U42 13 26");
            }
            try (XSSFWorkbook wb = open(out.resolve("2033Q2/districts/110101-东城区.xlsx"))) {
                XSSFSheet sheet = wb.getSheet("概况");
                assertThat(text(sheet.getRow(3).getCell(0))).isEqualTo("本期得分 100.00，各计分指标均达到目标，没有失分。");
                int focus = rowWith(sheet, 1, "本区差距").getRowNum();
                assertThat(text(sheet.getRow(focus + 1).getCell(0))).isEqualTo("（无）");
            }
        }

        /**
         * The year 2033: each union's latest report (2033Q2) for the stock figures; no union reaches 24 activities
         * (U1 6 + 6), so activity is 0 of each district's unions; reporting is Σ on time ÷ Σ expected over the four
         * quarters: for 东城区 Q1 none expected (nobody filed in 2032), Q2 U1 on time, Q3 and Q4 U1 expected but
         * missing: 1/3. 东城区: 25 + 25 + 20 + 10 + 5 + 10 × 1/3 (3.3333… → 3.33, lost 6.67) + 0 (lost 5) = 88.33.
         * 西城区 and 朝阳区 lose the same on reporting and activity, so the same draws swap them (80.83 and 80.00;
         * the scores of the ten draws stay between 78.19 and 82.63, all 合格, and 东城区's between 86.50 and 90.60,
         * all 良好).
         */
        @Test
        void theYearIsExplainedTheSameWay() throws IOException {
            Period year = Period.parse("2033");
            computation.compute(year, true);
            report.write(year, out);
            List<String> breakdown = lines("2033/score-breakdown-2033.csv");
            assertThat(breakdown.stream().filter(l -> l.startsWith("2033,district,110101,")).toList()).containsExactly(
                    "2033,district,110101,,coverage,25,1.000000,0.900000,25.00,0.00",
                    "2033,district,110101,,enrollment,25,0.950000,0.900000,25.00,0.00",
                    "2033,district,110101,,satisfaction,20,1.000000,0.900000,20.00,0.00",
                    "2033,district,110101,,info_collection,10,1.000000,0.900000,10.00,0.00",
                    "2033,district,110101,,jingka,5,1.000000,0.900000,5.00,0.00",
                    "2033,district,110101,,reporting,10,0.333333,1.000000,3.33,6.67",
                    "2033,district,110101,,activity,5,0.000000,0.900000,0.00,5.00");
            // 1 of 3 on time lacks 2 (2.9999985 → 3); 0 of 1 active lacks 1 (0.8999995 → 1)
            assertThat(lines("2033/gaps-2033.csv").stream().filter(l -> l.startsWith("2033,district,110101,")).toList())
                    .containsExactly("2033,district,110101,,reporting,1,3,1.000000,2",
                            "2033,district,110101,,activity,0,1,0.900000,1");
            assertThat(lines("2033/scores-2033.csv")).contains("2033,district,110101,,88.33,1,良好",
                    "2033,district,110102,,80.83,2,合格", "2033,district,110105,,80.00,3,合格");
            assertThat(lines("2033/rank-robustness-2033.csv")).containsExactly(
                    "period,dimension,district_code,industry_code,rank,median_rank,rank_p5,rank_p95,grade_kept_share",
                    "2033,district,110101,,1,1,1,1,1.000000",
                    "2033,district,110102,,2,3,2,3,1.000000",
                    "2033,district,110105,,3,2,2,3,1.000000",
                    "2033,district,110108,,4,4,4,4,1.000000",
                    "2033,industry,,C,1,1,1,1,1.000000",
                    "2033,industry,,F,2,2,2,2,1.000000");
        }

        private List<String> csv(String name) throws IOException {
            return lines("2033Q2/" + name);
        }

        private List<String> lines(String path) throws IOException {
            return Files.readString(out.resolve(path), StandardCharsets.UTF_8).lines().toList();
        }
    }

    /** The formula of the conditional format that covers a cell of the sheet. */
    static String largestLossFormula(XSSFSheet sheet, int column, int row) {
        var formats = sheet.getSheetConditionalFormatting();
        for (int i = 0; i < formats.getNumConditionalFormattings(); i++) {
            XSSFConditionalFormatting format = formats.getConditionalFormattingAt(i);
            for (CellRangeAddress range : format.getFormattingRanges()) {
                if (range.isInRange(row, column)) {
                    return format.getRule(0).getFormula1();
                }
            }
        }
        return "";
    }

    static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    @Nested
    @H2Test
    @Import(ExplanationFixture.ReferenceDataConfiguration.class)
    class OnH2 extends Explaining {
    }

    @Nested
    @MariaDbTest
    @Import(ExplanationFixture.ReferenceDataConfiguration.class)
    class OnMariaDb extends Explaining {
    }
}
