package org.unionstat.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import org.unionstat.domain.Period;
import org.unionstat.indicators.QualityFlagMapper.StoredFlag;
import org.unionstat.report.csv.AnomaliesCsv;
import org.unionstat.testing.H2Test;
import org.unionstat.testing.MariaDbTest;
import org.unionstat.testing.OnQualityFixture;
import org.unionstat.testing.QualityFixture;

/**
 * The data-quality rules on the hand-made {@link QualityFixture}, on H2 and on MariaDB: one case of every rule and a
 * near miss of each, worked out by hand below, and anomalies-P.csv written from them.
 */
class QualityFlaggingTests {

    // ---------------------------------------------------------------------------------------------------------------
    // Q01, 2041Q3. The unions with a report of 2041Q3 and one of the four quarters before: U01–U09 (U07's previous is
    // 2041Q1, the latest of the four; U13–U25 are new). r = ln((x + 1) / (x_prev + 1)).
    // employees (previous 99 = 100 − 1, except U08 1 → 9):
    //   U01 ln 1.10 = 0.095310   U02 ln 1.05 = 0.048790   U03 ln 1 = 0          U04 ln 0.95 = −0.051293
    //   U05 ln 0.90 = −0.105361  U06 ln 1.20 = 0.182322   U07 ln 4 = 1.386294   U08 ln(10/2) = 1.609438
    //   U09 ln 2.35 = 0.854415
    //   median (5th of 9) = 0.095310 (U01). |r − median|: 0, 0.046520, 0.087011, 0.095310, 0.146603, 0.200671,
    //   0.759105, 1.290984, 1.514128 → MAD = 0.146603 (= ln(1.10 / 0.95)).
    //   U07: z = 0.6745 × 1.290984 / 0.146603 = 5.9396 > 3.5 and |399 − 99| = 300 ≥ 10: flagged.
    //   U08: z = 0.6745 × 1.514128 / 0.146603 = 6.9663 > 3.5 but |9 − 1| = 8 < 10: near miss, not flagged.
    //   U09: z = 0.6745 × 0.759105 / 0.146603 = 3.4925 ≤ 3.5 (with 235 employees: 3.5121), |Δ| 135: near miss.
    // members: 1 → 1 for all but U03 (1 → 41, r = ln 21 = 3.044522): median 0 and MAD 0 (eight zeros), so the scale
    //   is 1.253314 × mean |r − 0| = 1.253314 × 3.044522 / 9 = 0.423971; U03: z = 3.044522 / 0.423971 = 7.1810.
    // The other counts are 0 throughout: no change, no flag.
    //
    // Q03, 2041Q3: no registry of 2041, so 2040's (2042's is a decoy that would turn both flags off).
    //   U13 201 against B13 100: 201 > 2 × 100 and 101 ≥ 50: flagged, 201 / 100 = 2.0100.
    //   U14 200 against 100: not more than twice: near miss.   U15 61 against 30: twice and more, but 31 < 50: near miss.
    //   U16 99 against 200: 99 × 2 = 198 < 200 and 101 ≥ 50: flagged, 99 / 200 = 0.4950.
    //   U17, a joint union, 220 against B17 100 + its covered unit B27 120 = 220: not flagged.
    // Q04: U18 91 activities > 90: flagged; U19 90: near miss.
    // Q05: U20 100 evaluated, 60 + 40 satisfied: flagged; U21 99 evaluated, all satisfied: near miss; U22 100
    //   evaluated, one dissatisfied: near miss.
    // Q06: U23 500 members of 500 employees: flagged; U24 499 of 499: near miss; U25 599 of 600: near miss.
    //
    // Strength (how many times its threshold; most significant first): U03 7.1810 / 3.5 = 2.05, U07 5.9396 / 3.5 =
    // 1.70, U18 91 / 90 = 1.011, U16 (200 + 1) / (99 + 1) / 2 = 1.005, then 1.0 by district and union: U20 U23
    // (110105), U13 (110108: (201 + 1) / (100 + 1) / 2 = 1.0).
    // ---------------------------------------------------------------------------------------------------------------
    static final List<String> FLAGS_2041Q3 = List.of(
            "U03|Q01|members|1|41|7.1810|2041Q2",
            "U07|Q01|employees|99|399|5.9396|2041Q1",
            "U13|Q03|employees|100|201|2.0100|2040",
            "U16|Q03|employees|200|99|0.4950|2040",
            "U18|Q04|activities||91|91|",
            "U20|Q05|evaluated||100|1.0000|",
            "U23|Q06|members|500|500|1.0000|");

    // Q02, 2042Q3: U10 (60 employees) has the same eleven counts in 2042Q1, Q2 and Q3: flagged. U11 repeats 2042Q2 in
    // 2042Q3, but 2042Q2 differs from Q1 (activities 6 against 5): one repeat only, near miss. U12 repeats them
    // twice but has 49 employees < 50: near miss. (Q01 over U10–U12: every change 0, nothing extreme.)
    static final List<String> FLAGS_2042Q3 = List.of("U10|Q02|all_counts|60|60||2042Q1");

    static final List<String> ANOMALIES_CSV_2041Q3 = List.of(
            "period,district_code,industry_code,union_id,union_name,rule,field,previous,current,measure,note",
            "2041Q3,110108,C,810000000000041U03,工会U03,Q01,members,1,41,7.1810,人数较上期突变（上期报表 2041Q2）",
            "2041Q3,110105,C,810000000000041U07,工会U07,Q01,employees,99,399,5.9396,人数较上期突变（上期报表 2041Q1）",
            "2041Q3,110105,C,810000000000041U18,工会U18,Q04,activities,,91,91.0000,本季度活动次数过多",
            "2041Q3,110108,C,810000000000041U16,工会U16,Q03,employees,200,99,0.4950,职工人数与单位名录相差悬殊（2040年单位名录）",
            "2041Q3,110105,C,810000000000041U20,工会U20,Q05,evaluated,,100,1.0000,评议满意率为百分之百且参评人数较多",
            "2041Q3,110105,C,810000000000041U23,工会U23,Q06,members,500,500,1.0000,会员人数恰好等于职工人数（大单位）",
            "2041Q3,110108,C,810000000000041U13,工会U13,Q03,employees,100,201,2.0100,职工人数与单位名录相差悬殊（2040年单位名录）");

    abstract static class Flagging extends OnQualityFixture {

        @Autowired
        QualityFlagging flagging;

        @Autowired
        AnomaliesCsv anomaliesCsv;

        @TempDir
        Path out;

        @Test
        void everyRuleFlagsItsCaseAndNotItsNearMiss() {
            assertThat(shortly(flagging.flag(Period.parse("2041Q3")))).containsExactlyInAnyOrderElementsOf(FLAGS_2041Q3);
            assertThat(shortly(flagging.flag(Period.parse("2042Q3")))).containsExactlyElementsOf(FLAGS_2042Q3);
        }

        @Test
        void anomaliesCsvListsTheFlagsMostSignificantFirst() throws IOException {
            flagging.flagAndStore(Period.parse("2041Q3"));
            anomaliesCsv.write(Period.parse("2041Q3"), out);
            assertThat(Files.readAllLines(AnomaliesCsv.file(Period.parse("2041Q3"), out), StandardCharsets.UTF_8))
                    .containsExactlyElementsOf(ANOMALIES_CSV_2041Q3);
        }

        @Test
        void aYearGathersItsQuartersFlags() throws IOException {
            flagging.flagAndStore(Period.parse("2042"));
            anomaliesCsv.write(Period.parse("2042"), out);
            assertThat(Files.readAllLines(AnomaliesCsv.file(Period.parse("2042"), out), StandardCharsets.UTF_8))
                    .containsExactly(ANOMALIES_CSV_2041Q3.get(0),
                            "2042Q3,110108,C,810000000000041U10,工会U10,Q02,all_counts,60,60,,连续两个季度照抄上期数字（自 2042Q1 起各项人数未变）");
        }

        @Test
        void flagsChangeNoFigure() {
            String before = jdbc.queryForObject("SELECT CONCAT(COUNT(*), '/', SUM(employees), '/', SUM(members))"
                    + " FROM quarterly_report WHERE period = '2041Q3'", String.class);
            flagging.flagAndStore(Period.parse("2041Q3"));
            assertThat(jdbc.queryForObject("SELECT CONCAT(COUNT(*), '/', SUM(employees), '/', SUM(members))"
                    + " FROM quarterly_report WHERE period = '2041Q3'", String.class)).isEqualTo(before);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM quality_flag WHERE period = '2041Q3'", Long.class))
                    .isEqualTo(FLAGS_2041Q3.size());
        }

        private static List<String> shortly(List<StoredFlag> flags) {
            return flags.stream().map(f -> f.unionId().substring(15) + "|" + f.rule() + "|" + f.field() + "|"
                    + (f.previousValue() == null ? "" : f.previousValue()) + "|" + f.currentValue() + "|"
                    + (f.measure() == null ? "" : f.measure().toPlainString()) + "|"
                    + (f.reference() == null ? "" : f.reference())).toList();
        }
    }

    @Nested
    @H2Test
    class OnH2 extends Flagging {
    }

    @Nested
    @MariaDbTest
    class OnMariaDb extends Flagging {
    }
}
