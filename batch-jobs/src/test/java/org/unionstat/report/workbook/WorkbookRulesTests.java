package org.unionstat.report.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.unionstat.domain.Indicator;
import org.unionstat.indicators.AssessmentSettings;
import org.unionstat.report.figures.GroupFigures;
import org.unionstat.report.figures.WorkbookMapper.RejectedRecord;
import org.unionstat.report.figures.WorkbookStandards;
import org.unionstat.testing.Config;

/** The small rules of the workbooks: rank change, attribution of rejected rows, ratios, standards. */
class WorkbookRulesTests {

    @Test
    void rankChangeShowsArrowsNewOrDash() {
        assertThat(ranked(1, 3).rankChange(true)).isEqualTo("↑2");
        assertThat(ranked(4, 1).rankChange(true)).isEqualTo("↓3");
        assertThat(ranked(2, 2).rankChange(true)).isEqualTo("→");
        assertThat(ranked(2, null).rankChange(true)).as("ranked now, not then").isEqualTo("新");
        assertThat(ranked(2, null).rankChange(false)).as("the period before was never computed").isEqualTo("—");
        assertThat(ranked(null, 2).rankChange(true)).as("no rank now").isEqualTo("—");
    }

    @Test
    void theAnomalySummaryCountsReportsByRuleInTheLanguageSet() {
        // two flags of one report under Q01 count it once; the other rules count 0
        List<org.unionstat.report.figures.Anomaly> flagged = List.of(anomaly("U1", "Q01", "employees"),
                anomaly("U1", "Q01", "members"), anomaly("U2", "Q04", "activities"));
        String zh = new WorkbookRows(Config.referenceData(), org.unionstat.text.Messages.inChinese())
                .anomalySummary(flagged);
        String en = new WorkbookRows(Config.referenceData(), org.unionstat.text.Messages.inEnglish())
                .anomalySummary(flagged);
        assertThat(zh).startsWith("疑似异常（不退回，请区县核实，明细见“疑似异常”）：Q01 ").contains(" 1 份；Q02 ")
                .contains("Q04 ").endsWith(" 0 份。").doesNotContain("reports");
        assertThat(en).startsWith("Doubtful figures (not rejected; for the districts to check, listed on the sheet 疑似异常): Q01 ")
                .contains(": 1 reports; Q02 ").endsWith(": 0 reports.").doesNotContain("份");
    }

    private static org.unionstat.report.figures.Anomaly anomaly(String union, String rule, String field) {
        return new org.unionstat.report.figures.Anomaly("2026Q3", "110105", "C", union, "工会" + union, rule, field,
                1L, 2, BigDecimal.ONE, null, null, null, null, null, null, null, null);
    }

    @Test
    void aRejectedRowBelongsToTheOneDistrictItsCellsName() {
        WorkbookRows rows = new WorkbookRows(Config.referenceData(), org.unionstat.text.Messages.inChinese());
        assertThat(rows.districtOf(rejected("2026Q3,81110105MA0000001A,名称,,110108,C,10", null)))
                .as("the union's code contains 110105 but is one 18-character cell").isEqualTo("110108");
        assertThat(rows.districtOf(rejected("{\"district_code\":\"110105\",\"employees\":\"x\"}", "110108")))
                .as("any raw format").isEqualTo("110105");
        assertThat(rows.districtOf(rejected("2026Q3,x,110199,C", "110108")))
                .as("an unknown code: by the union's latest report").isEqualTo("110108");
        assertThat(rows.districtOf(rejected("110101,110102", "110105")))
                .as("two districts named: by the union's latest report").isEqualTo("110105");
        assertThat(rows.districtOf(rejected("2026Q3,x", null))).isNull();
        assertThat(rows.districtOf(rejected(null, "999999"))).as("not a district of config").isNull();
    }

    @Test
    void ratiosRoundHalfUpToSixDecimalsAndAZeroDenominatorHasNone() {
        assertThat(WorkbookRows.ratio(2, 3)).isEqualTo(0.666667);
        assertThat(WorkbookRows.ratio(1, 8)).isEqualTo(0.125);
        assertThat(WorkbookRows.ratio(1, 2_000_000)).isEqualTo(0.000001);
        assertThat(WorkbookRows.ratio(1, 2_000_001)).isEqualTo(0.0);
        assertThat(WorkbookRows.ratio(5, 0)).isNull();
    }

    @Test
    void ratiosAreTheDoublesOfTheRoundedDecimals() {
        Random random = new Random(6);
        List<long[]> pairs = new ArrayList<>();
        for (long d = 1; d <= 300; d++) {
            for (long n = 0; n <= d; n++) {
                pairs.add(new long[] {n, d});
            }
        }
        for (int i = 0; i < 200_000; i++) {
            long d = 1 + (long) (random.nextDouble() * Math.pow(10, random.nextInt(14)));
            pairs.add(new long[] {(long) (random.nextDouble() * d * 1.5), d});
        }
        pairs.add(new long[] {3_591_710_194_602L, 339});
        pairs.add(new long[] {3_999_999_999_999L, 4_000_000_000_000L});
        pairs.add(new long[] {4_000_000_000_001L, 4_000_000_000_003L});
        pairs.add(new long[] {-7, 3});
        pairs.add(new long[] {7, -3});
        for (long[] p : pairs) {
            double expected = BigDecimal.valueOf(p[0]).divide(BigDecimal.valueOf(p[1]), 6, RoundingMode.HALF_UP)
                    .doubleValue();
            assertThat(WorkbookRows.ratio(p[0], p[1])).as(p[0] + " / " + p[1]).isEqualTo(expected);
        }
    }

    @Test
    void standardsAreTheConfiguredAssessmentRules() {
        WorkbookStandards defaults = WorkbookStandards.defaults();
        assertThat(defaults.target(Indicator.REPORTING)).isEqualByComparingTo("1");
        assertThat(defaults.weight(Indicator.SATISFACTION)).isEqualByComparingTo("20");
        assertThat(defaults.annualActivityBar()).isEqualTo(24);

        AssessmentSettings configured = new AssessmentSettings(null,
                new AssessmentSettings.Grades(new BigDecimal("96"), null, null), null, 10, 5, null, null);
        WorkbookStandards standards = WorkbookStandards.of(configured);
        assertThat(standards.activityBar()).isEqualTo(5);
        assertThat(standards.annualActivityBar()).as("four quarters at the bar").isEqualTo(20);
        assertThat(standards.deadlineDays()).isEqualTo(10);
        assertThat(standards.excellent()).isEqualByComparingTo("96");
        assertThat(standards.withTargets(Map.of(Indicator.INFO_COLLECTION, new BigDecimal("0.85")))
                .target(Indicator.INFO_COLLECTION)).as("the computed figures' own targets win")
                .isEqualByComparingTo("0.85");
    }

    private static GroupFigures ranked(Integer now, Integer before) {
        return new GroupFigures("110105", "", "朝阳区", "Chaoyang", now == null ? null : BigDecimal.TEN, null, now,
                Map.of(), before, null);
    }

    private static RejectedRecord rejected(String raw, String knownDistrict) {
        return new RejectedRecord("2026Q3", "a.csv", 2, "x", "E06", "", raw, knownDistrict);
    }
}
