package org.unionstat.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import org.unionstat.domain.Period;
import org.unionstat.domain.UserFacingException;
import org.unionstat.report.PeriodReport;
import org.unionstat.testing.H2Test;
import org.unionstat.testing.MariaDbTest;

/**
 * The computeIndicators job on the hand-made {@link IndicatorFixture}, on H2 and on MariaDB: every figure of 2031Q3
 * is worked out by hand below; the annual figures of 2031 are in src/test/resources/indicators/ (the rules peculiar
 * to a year are worked out in {@link Computing#annualFiguresFollowTheAnnualRules()}).
 */
class ComputeIndicatorsTests {

    // ---------------------------------------------------------------------------------------------------------------
    // 2031Q3 by hand. Deadline 2031-09-30 + 15 = 2031-10-15. Targets 0.90 (reporting 1.00); weights 25 25 20 10 5 10 5 0.
    // Reports of 2031Q3 (district/industry: employees, members, migrant employees/members, info, cards, activities):
    //   D1/C U01 100 90 20 10 90 45 act 6 | U02 100 80 0 0 60 40 act 5 (filed 10-16: late)
    //   D1/F U03  40 30 10  5 30 30 act 8 | U08  60 40 0 0 20 10 act 0
    //   D2/C U05  80 72 30 27 72 36 act 7
    //   D2/P U06 200 180 0 0 171 90 act 6 (filed 10-15: on time, the last day) | U07 26 13 6 2 13 13 act 2 (new union)
    //   D4/C U09 120 96 40 36 96 48 act 10
    //   D5/P U10  90 81 0 0 81 81 act 6 | U11 45 18 0 0 9 18 act 3 (filed 10-20: late)
    // ---------------------------------------------------------------------------------------------------------------
    static final List<String> INDICATORS_2031Q3 = List.of(
            "period,dimension,district_code,industry_code,indicator,numerator,denominator,value,target,met,rank",
            // coverage: no registry of 2031, so the latest earlier one, 2030 (2029 and 2032 are decoys).
            //   Required units (employees ≥ 25): A01 A02 A03 (D1/C), A05 A06 (D1/F; A06 has exactly 25), A07 A08 (D2/C),
            //   A09 A10 (D2/P), A11 (D2/F), A12 (D4/C), A13 A14 (D5/P) = 13. Not required: A04 (20), A15 (24, D3), A16 (24).
            //   Covered in 2031Q3: the units of its reports, and A03 (and A04) through U02's covered_unit_ids.
            //   Not covered: A06 (no union), A07 (U04 stopped filing). City 11/13 = 0.846153… → 0.846154.
            "2031Q3,city,,,coverage,11,13,0.846154,0.900000,N,",
            // enrollment: members 90+80+30+40+72+180+13+96+81+18 = 700; employees 100+100+40+60+80+200+26+120+90+45 = 861
            "2031Q3,city,,,enrollment,700,861,0.813008,0.900000,N,",
            // satisfaction, year to date 2031Q1..Q3 (2030Q4 and 2031Q4 left out): satisfied + basically satisfied /
            //   evaluated: U01 Q1 45/50, U05 Q1 70/70, U02 Q2 54/60, U04 Q2 24/30, U09 Q2 90/90, U01 Q3 36/40,
            //   U03 Q3 15/20, U06 Q3 90/100 → 424/460 = 0.921739…
            "2031Q3,city,,,satisfaction,424,460,0.921739,0.900000,Y,",
            // info: 90+60+30+20+72+171+13+96+81+9 = 642 / 700 members = 0.917142857…
            "2031Q3,city,,,info_collection,642,700,0.917143,0.900000,Y,",
            // jingka: 45+40+30+10+36+90+13+48+81+18 = 411 / 700 = 0.587142857…
            "2031Q3,city,,,jingka,411,700,0.587143,0.900000,N,",
            // reporting: expected = a report in 2030Q3..2031Q2: U01 U02 U03 U04 U05 U06 U08 U09 U10 U11 U12 = 11
            //   (U07 is new: not expected). On time: U01 U03 U05 U06 U08 U09 U10 = 7; U02, U11 late; U04, U12 missing.
            "2031Q3,city,,,reporting,7,11,0.636364,1.000000,N,",
            // activity (≥ 6): U01 (6) U03 U05 U06 (6) U09 U10 (6) = 6 of 10 reports; U02 (5) U07 U08 U11 below
            "2031Q3,city,,,activity,6,10,0.600000,0.900000,N,",
            // migrant: members 10+5+27+2+36 = 80 / employees 20+10+30+6+40 = 106 = 0.754716…
            "2031Q3,city,,,migrant_enrollment,80,106,0.754717,0.900000,N,",

            // D1 海淀 (reports U01 U02 U03 U08; U04's 2030Q4 report in D1 does not count: it is attributed by its
            // latest report, 2031Q2 in D2). Ranks among D1 D2 D4 D5 (D3 has no value).
            // coverage A01 A02 A03 A05 of A01 A02 A03 A05 A06 = 4/5; rank: D4 D5 1.0 → 1, D1 D2 0.8 → 3
            "2031Q3,district,110108,,coverage,4,5,0.800000,0.900000,N,3",
            // enrollment 90+80+30+40 = 240 / 100+100+40+60 = 300 = 0.8; ranks: D2 0.8660 1, D1 D4 0.8 2, D5 0.7333 4
            "2031Q3,district,110108,,enrollment,240,300,0.800000,0.900000,N,2",
            // satisfaction U01 45/50 + 36/40, U02 54/60, U03 15/20 → 150/170 = 0.882352…; ranks D4 1, D2 0.92 2, D1 3
            "2031Q3,district,110108,,satisfaction,150,170,0.882353,0.900000,N,3",
            // info 90+60+30+20 = 200 / 240 = 0.833333; ranks D4 1.0 1, D2 0.9660 2, D5 0.9091 3, D1 4
            "2031Q3,district,110108,,info_collection,200,240,0.833333,0.900000,N,4",
            // jingka 45+40+30+10 = 125 / 240 = 0.520833…; ranks D5 1.0 1, D2 0.5245 2, D1 0.5208 3, D4 0.5 4
            "2031Q3,district,110108,,jingka,125,240,0.520833,0.900000,N,3",
            // reporting: expected U01 U02 U03 U08, on time U01 U03 U08 = 3/4; ranks D1 1, D2 0.6667 2, D4 D5 0.5 3
            "2031Q3,district,110108,,reporting,3,4,0.750000,1.000000,N,1",
            // activity U01 U03 of 4 = 0.5; ranks D4 1.0 1, D2 0.6667 2, D1 D5 0.5 3
            "2031Q3,district,110108,,activity,2,4,0.500000,0.900000,N,3",
            // migrant 10+5 / 20+10 = 0.5; ranks D4 0.9 1, D2 0.8056 2, D1 3 (D5 0/0 unranked)
            "2031Q3,district,110108,,migrant_enrollment,15,30,0.500000,0.900000,N,3",

            // D2 东城 (reports U05 U06 U07)
            // coverage A08 A09 A10 A11 of A07 A08 A09 A10 A11 = 4/5 (A11 by the registry, though U08 reports D1/F)
            "2031Q3,district,110101,,coverage,4,5,0.800000,0.900000,N,3",
            // enrollment 72+180+13 = 265 / 80+200+26 = 306 = 0.866013…
            "2031Q3,district,110101,,enrollment,265,306,0.866013,0.900000,N,1",
            // satisfaction U05 Q1 70/70, U04 Q2 24/30 (its own report, D2), U06 Q3 90/100 → 184/200
            "2031Q3,district,110101,,satisfaction,184,200,0.920000,0.900000,Y,2",
            // info 72+171+13 = 256 / 265 = 0.966037…
            "2031Q3,district,110101,,info_collection,256,265,0.966038,0.900000,Y,2",
            // jingka 36+90+13 = 139 / 265 = 0.524528…
            "2031Q3,district,110101,,jingka,139,265,0.524528,0.900000,N,2",
            // reporting: expected U04 (missing; attributed by its latest report, 2031Q2 D2/C), U05, U06 → 2/3
            "2031Q3,district,110101,,reporting,2,3,0.666667,1.000000,N,2",
            // activity U05 U06 of U05 U06 U07 = 2/3
            "2031Q3,district,110101,,activity,2,3,0.666667,0.900000,N,2",
            // migrant 27+2 / 30+6 = 29/36 = 0.805555…
            "2031Q3,district,110101,,migrant_enrollment,29,36,0.805556,0.900000,N,2",

            // D3 朝阳: no report, no required unit (A15 has 24 employees): present, every value empty, no rank
            "2031Q3,district,110105,,coverage,0,0,,0.900000,,",
            "2031Q3,district,110105,,enrollment,0,0,,0.900000,,",
            "2031Q3,district,110105,,satisfaction,0,0,,0.900000,,",
            "2031Q3,district,110105,,info_collection,0,0,,0.900000,,",
            "2031Q3,district,110105,,jingka,0,0,,0.900000,,",
            "2031Q3,district,110105,,reporting,0,0,,1.000000,,",
            "2031Q3,district,110105,,activity,0,0,,0.900000,,",
            "2031Q3,district,110105,,migrant_enrollment,0,0,,0.900000,,",

            // D4 丰台 (report U09; U12 expected but stopped: attributed by its 2030Q4 report, D4/C; A16 below 25)
            "2031Q3,district,110106,,coverage,1,1,1.000000,0.900000,Y,1",
            "2031Q3,district,110106,,enrollment,96,120,0.800000,0.900000,N,2",
            // U09 Q2 90/90 (U12's 2030Q4 evaluation is last year's)
            "2031Q3,district,110106,,satisfaction,90,90,1.000000,0.900000,Y,1",
            "2031Q3,district,110106,,info_collection,96,96,1.000000,0.900000,Y,1",
            "2031Q3,district,110106,,jingka,48,96,0.500000,0.900000,N,4",
            // U09 on time, U12 missing
            "2031Q3,district,110106,,reporting,1,2,0.500000,1.000000,N,3",
            "2031Q3,district,110106,,activity,1,1,1.000000,0.900000,Y,1",
            // 36/40 = 0.9 exactly: met
            "2031Q3,district,110106,,migrant_enrollment,36,40,0.900000,0.900000,Y,1",

            // D5 石景山 (reports U10 U11)
            "2031Q3,district,110107,,coverage,2,2,1.000000,0.900000,Y,1",
            // 81+18 = 99 / 90+45 = 135 = 0.733333…
            "2031Q3,district,110107,,enrollment,99,135,0.733333,0.900000,N,4",
            // nobody evaluated: unavailable, unranked
            "2031Q3,district,110107,,satisfaction,0,0,,0.900000,,",
            // 81+9 = 90 / 99 = 0.909090…
            "2031Q3,district,110107,,info_collection,90,99,0.909091,0.900000,Y,3",
            "2031Q3,district,110107,,jingka,99,99,1.000000,0.900000,Y,1",
            // U10 on time, U11 late
            "2031Q3,district,110107,,reporting,1,2,0.500000,1.000000,N,3",
            "2031Q3,district,110107,,activity,1,2,0.500000,0.900000,N,3",
            // no migrant employees: unavailable
            "2031Q3,district,110107,,migrant_enrollment,0,0,,0.900000,,",

            // F (reports U03 U08; coverage A05 A06 A11)
            // coverage A05 A11 of A05 A06 A11 = 2/3; ranks P 1.0 1, C 0.8333 2, F 0.6667 3
            "2031Q3,industry,,F,coverage,2,3,0.666667,0.900000,N,3",
            // 30+40 / 40+60; ranks C 0.845 1, P 0.8089 2, F 0.7 3
            "2031Q3,industry,,F,enrollment,70,100,0.700000,0.900000,N,3",
            // U03 Q3 15/20; ranks C 0.9382 1, P 0.9 2, F 0.75 3
            "2031Q3,industry,,F,satisfaction,15,20,0.750000,0.900000,N,3",
            // 30+20 / 70 = 0.714285…; ranks C 0.9408 1, P 0.9384 2, F 3
            "2031Q3,industry,,F,info_collection,50,70,0.714286,0.900000,N,3",
            // 30+10 / 70 = 0.571428…; ranks P 0.6918 1, F 0.5714 2, C 0.5 3
            "2031Q3,industry,,F,jingka,40,70,0.571429,0.900000,N,2",
            // U03 U08 both on time; ranks F 1 1, P 0.6667 2, C 0.5 3
            "2031Q3,industry,,F,reporting,2,2,1.000000,1.000000,Y,1",
            // U03 of U03 U08; ranks C 0.75 1, F P 0.5 2 (no 3rd)
            "2031Q3,industry,,F,activity,1,2,0.500000,0.900000,N,2",
            // 5/10; ranks C 0.8111 1, F 0.5 2, P 0.3333 3
            "2031Q3,industry,,F,migrant_enrollment,5,10,0.500000,0.900000,N,2",

            // C (reports U01 U02 U05 U09)
            // coverage A01 A02 A03 A08 A12 of A01 A02 A03 A07 A08 A12 = 5/6
            "2031Q3,industry,,C,coverage,5,6,0.833333,0.900000,N,2",
            // 90+80+72+96 = 338 / 100+100+80+120 = 400
            "2031Q3,industry,,C,enrollment,338,400,0.845000,0.900000,N,1",
            // 45+36 (U01) + 54 (U02) + 70 (U05) + 24 (U04) + 90 (U09) = 319 / 50+40+60+70+30+90 = 340 = 0.938235…
            "2031Q3,industry,,C,satisfaction,319,340,0.938235,0.900000,Y,1",
            // 90+60+72+96 = 318 / 338 = 0.940828…
            "2031Q3,industry,,C,info_collection,318,338,0.940828,0.900000,Y,1",
            // 45+40+36+48 = 169 / 338 = 0.5
            "2031Q3,industry,,C,jingka,169,338,0.500000,0.900000,N,3",
            // expected U01 U02 U04 U05 U09 U12, on time U01 U05 U09 = 3/6
            "2031Q3,industry,,C,reporting,3,6,0.500000,1.000000,N,3",
            // U01 U05 U09 of U01 U02 U05 U09 = 3/4
            "2031Q3,industry,,C,activity,3,4,0.750000,0.900000,N,1",
            // 10+27+36 = 73 / 20+30+40 = 90 = 0.811111…
            "2031Q3,industry,,C,migrant_enrollment,73,90,0.811111,0.900000,N,1",

            // P (reports U06 U07 U10 U11)
            "2031Q3,industry,,P,coverage,4,4,1.000000,0.900000,Y,1",
            // 180+13+81+18 = 292 / 200+26+90+45 = 361 = 0.808864…
            "2031Q3,industry,,P,enrollment,292,361,0.808864,0.900000,N,2",
            // U06 Q3 90/100
            "2031Q3,industry,,P,satisfaction,90,100,0.900000,0.900000,Y,2",
            // 171+13+81+9 = 274 / 292 = 0.938356…
            "2031Q3,industry,,P,info_collection,274,292,0.938356,0.900000,Y,2",
            // 90+13+81+18 = 202 / 292 = 0.691780…
            "2031Q3,industry,,P,jingka,202,292,0.691781,0.900000,N,1",
            // expected U06 U10 U11, on time U06 U10
            "2031Q3,industry,,P,reporting,2,3,0.666667,1.000000,N,2",
            // U06 U10 of U06 U07 U10 U11
            "2031Q3,industry,,P,activity,2,4,0.500000,0.900000,N,2",
            // 2/6
            "2031Q3,industry,,P,migrant_enrollment,2,6,0.333333,0.900000,N,3",

            // district × industry pairs with data, by district then industry in config order (no rank):
            // D1/F D1/C D2/F D2/C D2/P D4/C D5/P. Absent: D1/P, D2 nothing else, D3/*, D4/F D4/P, D5/F D5/C.
            // D1/F: U03 U08; coverage A05 of A05 A06; satisfaction U03 15/20
            "2031Q3,district_industry,110108,F,coverage,1,2,0.500000,0.900000,N,",
            "2031Q3,district_industry,110108,F,enrollment,70,100,0.700000,0.900000,N,",
            "2031Q3,district_industry,110108,F,satisfaction,15,20,0.750000,0.900000,N,",
            "2031Q3,district_industry,110108,F,info_collection,50,70,0.714286,0.900000,N,",
            "2031Q3,district_industry,110108,F,jingka,40,70,0.571429,0.900000,N,",
            "2031Q3,district_industry,110108,F,reporting,2,2,1.000000,1.000000,Y,",
            "2031Q3,district_industry,110108,F,activity,1,2,0.500000,0.900000,N,",
            "2031Q3,district_industry,110108,F,migrant_enrollment,5,10,0.500000,0.900000,N,",
            // D1/C: U01 U02; coverage A01 A02 A03 (A03 through U02's covered_unit_ids); satisfaction 45+54+36 / 50+60+40
            "2031Q3,district_industry,110108,C,coverage,3,3,1.000000,0.900000,Y,",
            "2031Q3,district_industry,110108,C,enrollment,170,200,0.850000,0.900000,N,",
            "2031Q3,district_industry,110108,C,satisfaction,135,150,0.900000,0.900000,Y,",
            "2031Q3,district_industry,110108,C,info_collection,150,170,0.882353,0.900000,N,",
            "2031Q3,district_industry,110108,C,jingka,85,170,0.500000,0.900000,N,",
            "2031Q3,district_industry,110108,C,reporting,1,2,0.500000,1.000000,N,",
            "2031Q3,district_industry,110108,C,activity,1,2,0.500000,0.900000,N,",
            "2031Q3,district_industry,110108,C,migrant_enrollment,10,20,0.500000,0.900000,N,",
            // D2/F: only coverage has data (A11, covered by U08, which reports D1/F): a row for every indicator
            "2031Q3,district_industry,110101,F,coverage,1,1,1.000000,0.900000,Y,",
            "2031Q3,district_industry,110101,F,enrollment,0,0,,0.900000,,",
            "2031Q3,district_industry,110101,F,satisfaction,0,0,,0.900000,,",
            "2031Q3,district_industry,110101,F,info_collection,0,0,,0.900000,,",
            "2031Q3,district_industry,110101,F,jingka,0,0,,0.900000,,",
            "2031Q3,district_industry,110101,F,reporting,0,0,,1.000000,,",
            "2031Q3,district_industry,110101,F,activity,0,0,,0.900000,,",
            "2031Q3,district_industry,110101,F,migrant_enrollment,0,0,,0.900000,,",
            // D2/C: U05; coverage A08 of A07 A08; satisfaction U05 70/70 + U04 24/30; reporting U05 of U04 U05
            "2031Q3,district_industry,110101,C,coverage,1,2,0.500000,0.900000,N,",
            "2031Q3,district_industry,110101,C,enrollment,72,80,0.900000,0.900000,Y,",
            "2031Q3,district_industry,110101,C,satisfaction,94,100,0.940000,0.900000,Y,",
            "2031Q3,district_industry,110101,C,info_collection,72,72,1.000000,0.900000,Y,",
            "2031Q3,district_industry,110101,C,jingka,36,72,0.500000,0.900000,N,",
            "2031Q3,district_industry,110101,C,reporting,1,2,0.500000,1.000000,N,",
            "2031Q3,district_industry,110101,C,activity,1,1,1.000000,0.900000,Y,",
            "2031Q3,district_industry,110101,C,migrant_enrollment,27,30,0.900000,0.900000,Y,",
            // D2/P: U06 U07; 193/226 = 0.853982…, 184/193 = 0.953367…, 103/193 = 0.533678…; reporting U06 only
            "2031Q3,district_industry,110101,P,coverage,2,2,1.000000,0.900000,Y,",
            "2031Q3,district_industry,110101,P,enrollment,193,226,0.853982,0.900000,N,",
            "2031Q3,district_industry,110101,P,satisfaction,90,100,0.900000,0.900000,Y,",
            "2031Q3,district_industry,110101,P,info_collection,184,193,0.953368,0.900000,Y,",
            "2031Q3,district_industry,110101,P,jingka,103,193,0.533679,0.900000,N,",
            "2031Q3,district_industry,110101,P,reporting,1,1,1.000000,1.000000,Y,",
            "2031Q3,district_industry,110101,P,activity,1,2,0.500000,0.900000,N,",
            "2031Q3,district_industry,110101,P,migrant_enrollment,2,6,0.333333,0.900000,N,",
            // D4/C: as D4
            "2031Q3,district_industry,110106,C,coverage,1,1,1.000000,0.900000,Y,",
            "2031Q3,district_industry,110106,C,enrollment,96,120,0.800000,0.900000,N,",
            "2031Q3,district_industry,110106,C,satisfaction,90,90,1.000000,0.900000,Y,",
            "2031Q3,district_industry,110106,C,info_collection,96,96,1.000000,0.900000,Y,",
            "2031Q3,district_industry,110106,C,jingka,48,96,0.500000,0.900000,N,",
            "2031Q3,district_industry,110106,C,reporting,1,2,0.500000,1.000000,N,",
            "2031Q3,district_industry,110106,C,activity,1,1,1.000000,0.900000,Y,",
            "2031Q3,district_industry,110106,C,migrant_enrollment,36,40,0.900000,0.900000,Y,",
            // D5/P: as D5
            "2031Q3,district_industry,110107,P,coverage,2,2,1.000000,0.900000,Y,",
            "2031Q3,district_industry,110107,P,enrollment,99,135,0.733333,0.900000,N,",
            "2031Q3,district_industry,110107,P,satisfaction,0,0,,0.900000,,",
            "2031Q3,district_industry,110107,P,info_collection,90,99,0.909091,0.900000,Y,",
            "2031Q3,district_industry,110107,P,jingka,99,99,1.000000,0.900000,Y,",
            "2031Q3,district_industry,110107,P,reporting,1,2,0.500000,1.000000,N,",
            "2031Q3,district_industry,110107,P,activity,1,2,0.500000,0.900000,N,",
            "2031Q3,district_industry,110107,P,migrant_enrollment,0,0,,0.900000,,");

    // Scores: 100 × Σ weight × min(exact value / target, 1) / Σ weight over the available weighted indicators.
    // Terms below are weight × min(value/target, 1) for coverage, enrollment, satisfaction, info, jingka, reporting,
    // activity (migrant_enrollment has weight 0).
    static final List<String> SCORES_2031Q3 = List.of(
            "period,dimension,district_code,industry_code,score,rank,grade",
            // 25×(11/13)/0.9 = 23.5043 + 25×(700/861)/0.9 = 22.5836 + 20 + 10 + 5×(411/700)/0.9 = 3.2619
            //   + 10×7/11 = 6.3636 + 5×0.6/0.9 = 3.3333 = 89.0467 / 100 → 89.05
            "2031Q3,city,,,89.05,,良好",
            // 22.2222 + 22.2222 + 20×(15/17)/0.9 = 19.6078 + 10×(5/6)/0.9 = 9.2593 + 5×(125/240)/0.9 = 2.8935
            //   + 7.5 + 2.7778 = 86.4828 → 86.48
            "2031Q3,district,110108,,86.48,3,良好",
            // 22.2222 + 25×(265/306)/0.9 = 24.0559 + 20 + 10 + 5×(139/265)/0.9 = 2.9140 + 6.6667 + 5×(2/3)/0.9 = 3.7037
            //   = 89.5626 → 89.56
            "2031Q3,district,110101,,89.56,2,良好",
            // no available value: no score, rank or grade
            "2031Q3,district,110105,,,,",
            // 25 + 25×0.8/0.9 = 22.2222 + 20 + 10 + 5×0.5/0.9 = 2.7778 + 10×0.5 = 5 + 5 = 90 exactly → 90.00, rank 1
            "2031Q3,district,110106,,90.00,1,良好",
            // satisfaction unavailable: Σ weight = 80. 25 + 25×(99/135)/0.9 = 20.3704 + 10 + 5 + 5 + 2.7778
            //   = 68.1481 / 80 × 100 = 85.185… → 85.19
            "2031Q3,district,110107,,85.19,4,良好",
            // 25×(2/3)/0.9 = 18.5185 + 25×0.7/0.9 = 19.4444 + 20×0.75/0.9 = 16.6667 + 10×(5/7)/0.9 = 7.9365
            //   + 5×(4/7)/0.9 = 3.1746 + 10 + 2.7778 = 78.5185 → 78.52
            "2031Q3,industry,,F,78.52,3,合格",
            // 25×(5/6)/0.9 = 23.1481 + 25×0.845/0.9 = 23.4722 + 20 + 10 + 2.7778 + 5 + 5×0.75/0.9 = 4.1667 = 88.5648
            "2031Q3,industry,,C,88.56,2,良好",
            // 25 + 25×(292/361)/0.9 = 22.4685 + 20 + 10 + 5×(202/292)/0.9 = 3.8432 + 6.6667 + 2.7778 = 90.7561
            "2031Q3,industry,,P,90.76,1,良好",
            // 13.8889 + 19.4444 + 16.6667 + 7.9365 + 3.1746 + 10 + 2.7778 = 73.8889 → 73.89
            "2031Q3,district_industry,110108,F,73.89,,合格",
            // 25 + 25×0.85/0.9 = 23.6111 + 20 + 10×(15/17)/0.9 = 9.8039 + 2.7778 + 5 + 2.7778 = 88.9706 → 88.97
            "2031Q3,district_industry,110108,C,88.97,,良好",
            // coverage alone: 25 / 25 → 100.00
            "2031Q3,district_industry,110101,F,100.00,,优秀",
            // 25×0.5/0.9 = 13.8889 + 25 + 20 + 10 + 2.7778 + 5 + 5 = 81.6667 → 81.67
            "2031Q3,district_industry,110101,C,81.67,,合格",
            // 25 + 25×(193/226)/0.9 = 23.7217 + 20 + 10 + 5×(103/193)/0.9 = 2.9649 + 10 + 2.7778 = 94.4644 → 94.46
            "2031Q3,district_industry,110101,P,94.46,,良好",
            "2031Q3,district_industry,110106,C,90.00,,良好",
            "2031Q3,district_industry,110107,P,85.19,,良好");

    abstract static class Computing {

        @Autowired
        JdbcTemplate jdbc;

        @Autowired
        PeriodComputation computation;

        @Autowired
        PeriodReport report;

        @Autowired
        IndicatorResultMapper results;

        @TempDir
        Path out;

        IndicatorFixture fixture;

        @BeforeEach
        void loadFixture() {
            fixture = new IndicatorFixture(jdbc);
            fixture.load();
        }

        @Test
        void quarterFiguresAsWorkedOutByHand() throws IOException {
            Period period = Period.parse("2031Q3");
            PeriodComputation.Result result = computation.compute(period);
            assertThat(result.unchanged()).isFalse();
            assertThat(result.indicatorRows()).isEqualTo(16 * 8);
            assertThat(result.scoreRows()).isEqualTo(16);
            assertThat(result.pairs()).isEqualTo(7);

            report.write(period, out);
            assertThat(csv(out.resolve("2031Q3/indicators-2031Q3.csv"))).containsExactlyElementsOf(INDICATORS_2031Q3);
            assertThat(csv(out.resolve("2031Q3/scores-2031Q3.csv"))).containsExactlyElementsOf(SCORES_2031Q3);
        }

        @Test
        void storedRowsKeepCodesValuesAndEmptyRanks() {
            computation.compute(Period.parse("2031Q3"));
            Map<String, Object> city = jdbc.queryForMap("SELECT * FROM indicator_result WHERE period = '2031Q3'"
                    + " AND dimension = 'city' AND indicator = 'coverage'");
            assertThat(city.get("district_code")).isEqualTo("");
            assertThat(city.get("industry_code")).isEqualTo("");
            assertThat((java.math.BigDecimal) city.get("ratio")).isEqualByComparingTo("0.846154");
            assertThat(city.get("rank_no")).isNull();
            Map<String, Object> chaoyang = jdbc.queryForMap("SELECT * FROM score_result WHERE period = '2031Q3'"
                    + " AND dimension = 'district' AND district_code = '110105'");
            assertThat(chaoyang.get("score")).isNull();
            assertThat(chaoyang.get("grade")).isNull();
            assertThat(chaoyang.get("rank_no")).isNull();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM indicator_result WHERE period = '2031Q3'"
                    + " AND dimension = 'district_industry' AND rank_no IS NOT NULL", Long.class)).isZero();
            // the reading API returns the same rows in output order
            List<IndicatorResult> read = results.findIndicators("2031Q3");
            assertThat(read).hasSize(128);
            assertThat(read.get(8)).isEqualTo(new IndicatorResult("2031Q3", "district", "110108", "", "coverage", 4, 5,
                    new java.math.BigDecimal("0.800000"), new java.math.BigDecimal("0.900000"), "N", 3));
            assertThat(results.findScores("2031Q3").get(4)).isEqualTo(new ScoreResult("2031Q3", "district", "110106",
                    "", new java.math.BigDecimal("90.00"), 1, "良好"));
        }

        @Test
        void csvFilesAreUtf8WithoutBomWithLfLineEnds() throws IOException {
            computation.compute(Period.parse("2031Q3"));
            report.write(Period.parse("2031Q3"), out);
            byte[] bytes = Files.readAllBytes(out.resolve("2031Q3/scores-2031Q3.csv"));
            assertThat(bytes[0]).isEqualTo((byte) 'p');
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertThat(text).doesNotContain("\r").endsWith("\n").contains("良好");
        }

        /**
         * 2031 as a year. The golden files were checked against these hand-worked rules:
         * <ul>
         * <li>stock figures from each union's latest report of 2031: U01's 2031Q4 (95 members of 100, 95 info, 60
         * cards), U04's 2031Q2 (in D2), U03's 2031Q4 (now industry C), U11's 2031Q4 (27 members); U12 filed nothing in
         * 2031. City enrollment: 95+80+30+30+72+180+13+40+96+81+27 = 744 / 100+100+40+60+80+200+26+60+120+90+45 = 921.
         * D1/F keeps only U08 (40/60) while U03 moved to D1/C.</li>
         * <li>satisfaction: every report of 2031: the year-to-date 424/460 of 2031Q3 plus U06's 2031Q4 50/50 = 474/510;
         * U03's 2031Q3 evaluation stays in D1/F (its own report) although U03 is C by its latest report.</li>
         * <li>coverage: any report of 2031: also A07 (U04 filed Q1, Q2) → 12/13; only A06 uncovered.</li>
         * <li>activity: unions whose activities add up to ≥ 24: U01 7+6+6+6 = 25, U03 28, U05 25, U06 24, U09 28,
         * U10 24 → 6 of the 11 unions that filed (U02 23, U04 8, U07 4, U08 0, U11 9 fall short).</li>
         * <li>reporting, quarter by quarter: Q1 8/10 (expected the 2030Q4 filers; U05 late, U12 missing), Q2 9/10
         * (U12 missing; U11 not yet expected), Q3 7/11, Q4 9/12 (U10 late; U04, U12 missing) → 33/43 = 0.767442.
         * D1: 4/4 + 4/4 + 3/4 + 4/4 = 15/16; D4: U09 on time and U12 missing each quarter → 4/8.</li>
         * <li>city score: 25 + 25×(744/921)/0.9 = 22.4394 + 20 + 10 + 5×(435/744)/0.9 = 3.2482 + 10×33/43 = 7.6744
         * + 5×(6/11)/0.9 = 3.0303 = 91.3923 → 91.39.</li>
         * </ul>
         */
        @Test
        void annualFiguresFollowTheAnnualRules() throws IOException {
            Period year = Period.parse("2031");
            computation.compute(year);
            report.write(year, out);
            assertThat(csv(out.resolve("2031/indicators-2031.csv"))).containsExactlyElementsOf(golden("indicators-2031.csv"));
            assertThat(csv(out.resolve("2031/scores-2031.csv"))).containsExactlyElementsOf(golden("scores-2031.csv"));
            // the annual figures do not disturb the quarter's
            computation.compute(Period.parse("2031Q3"));
            assertThat(results.countIndicators("2031")).isEqualTo(16 * 8);
            assertThat(results.countIndicators("2031Q3")).isEqualTo(16 * 8);
        }

        /**
         * A first quarter, whose year to date is the quarter itself (its satisfaction is read with its stock figures):
         * U01 45/50 (D1/C) and U05 70/70 (D2/C); U01's 2030Q4 evaluation is last year's.
         */
        @Test
        void firstQuarterFigures() {
            computation.compute(Period.parse("2031Q1"));
            assertThat(indicator("2031Q1", "city", "satisfaction")).isEqualTo("115/120");
            assertThat(indicator("2031Q1", "district", "110108", "", "satisfaction")).isEqualTo("45/50");
            assertThat(indicator("2031Q1", "district", "110101", "", "satisfaction")).isEqualTo("70/70");
            assertThat(indicator("2031Q1", "industry", "", "C", "satisfaction")).isEqualTo("115/120");
            assertThat(indicator("2031Q1", "district_industry", "110108", "C", "satisfaction")).isEqualTo("45/50");
            assertThat(indicator("2031Q1", "district_industry", "110108", "F", "satisfaction")).isEqualTo("0/0");
            // 90+80+30+30+72+180+40+96+81 / 100+100+40+60+80+200+60+120+90; U04 (4) and U08 (0) below 6 activities
            assertThat(indicator("2031Q1", "city", "enrollment")).isEqualTo("699/850");
            assertThat(indicator("2031Q1", "city", "activity")).isEqualTo("7/9");
            // U04's report of the quarter is in D2 (its 2030Q4 one in D1)
            assertThat(indicator("2031Q1", "district", "110101", "", "enrollment")).isEqualTo("282/340");
            // expected: the 10 filers of 2030Q4; U05 late (04-16), U12 missing
            assertThat(indicator("2031Q1", "city", "reporting")).isEqualTo("8/10");
            // uncovered: A06 (no union), A10 (U07 first files in Q3), A14 (U11 first files in Q2)
            assertThat(indicator("2031Q1", "city", "coverage")).isEqualTo("10/13");
        }

        @Test
        void computingAgainWithoutNewInputsIsRecognisedAndNewImportsAreComputed() {
            Period period = Period.parse("2031Q3");
            assertThat(computation.compute(period).unchanged()).isFalse();
            assertThat(computation.isCurrent(period)).isTrue();
            assertThat(computation.compute(period).unchanged()).isTrue();

            // U04 comes back in 2031Q3, late; its unit A07 becomes covered
            fixture.addReports("""
                    2031Q3 U04 110101 C 60 30 0 0 30 0 0 0 0 0 6 2031-10-31 A07 -
                    """);
            assertThat(computation.isCurrent(period)).isFalse();
            PeriodComputation.Result again = computation.compute(period);
            assertThat(again.unchanged()).isFalse();
            assertThat(indicator("2031Q3", "city", "coverage")).isEqualTo("12/13");
            assertThat(indicator("2031Q3", "city", "reporting")).isEqualTo("7/11");
            assertThat(indicator("2031Q3", "city", "activity")).isEqualTo("7/11");
            assertThat(indicator("2031Q3", "city", "enrollment")).isEqualTo("730/921");
            assertThat(computation.isCurrent(period)).isTrue();
        }

        @Test
        void onlyTheRegistryCoverageReadsIsAnInput() {
            Period period = Period.parse("2031Q3"); // reads the registry of 2030, the latest up to 2031
            computation.compute(period);
            String insert = "INSERT INTO unit_registry (registry_year, unit_id, unit_name, district_code, industry_code,"
                    + " employees, import_id) VALUES (?, ?, '新单位', '110108', 'C', 90, 99999)";
            jdbc.update(insert, 2029, IndicatorFixture.unit("A50"));
            assertThat(computation.isCurrent(period)).as("an older registry").isTrue();
            jdbc.update(insert, 2030, IndicatorFixture.unit("A50"));
            assertThat(computation.isCurrent(period)).as("the registry coverage reads").isFalse();
            computation.compute(period);
            jdbc.update(insert, 2031, IndicatorFixture.unit("A50"));
            assertThat(computation.isCurrent(period)).as("a registry of the period's own year, read from now on")
                    .isFalse();
        }

        @Test
        void aHandEditIsNotNoticedUntilForced() {
            Period period = Period.parse("2031Q3");
            computation.compute(period);
            // an edit outside the importer leaves the import ids, and so the fingerprint, as they were
            jdbc.update("UPDATE quarterly_report SET members = 100 WHERE period = '2031Q3' AND union_id = ?",
                    IndicatorFixture.union("U01"));
            assertThat(computation.isCurrent(period)).isTrue();
            assertThat(computation.compute(period).unchanged()).isTrue();
            assertThat(indicator("2031Q3", "city", "enrollment")).isEqualTo("700/861");

            assertThat(computation.compute(period, true).unchanged()).isFalse();
            assertThat(indicator("2031Q3", "city", "enrollment")).isEqualTo("710/861");
            assertThat(computation.isCurrent(period)).isTrue();
        }

        @Test
        void aFailedComputationLeavesThePreviousFiguresInPlace() {
            Period period = Period.parse("2031Q3");
            computation.compute(period);
            List<IndicatorResult> before = results.findIndicators("2031Q3");

            // U06's report replaced by one the importer would refuse (members > employees): enrollment of the city
            // becomes 1000000520/861, a value too large for the result column, so storing fails after the period's
            // old rows were deleted
            jdbc.update("DELETE FROM quarterly_report WHERE period = '2031Q3' AND union_id = ?",
                    IndicatorFixture.union("U06"));
            fixture.addReports("""
                    2031Q3 U06 110101 P 200 1000000000 0 0 171 90 100 80 10 10 6 2031-10-15 A09 -
                    """);
            assertThatThrownBy(() -> computation.compute(period))
                    .isInstanceOf(UserFacingException.class)
                    .hasMessageStartingWith("computing 2031Q3 failed (FAILED; the previous figures are unchanged");
            assertThat(results.findIndicators("2031Q3")).isEqualTo(before);
            assertThat(computation.isCurrent(period)).isFalse();

            // repaired in place (same import ids, same fingerprint): computing again resumes the failed instance
            jdbc.update("UPDATE quarterly_report SET members = 180 WHERE period = '2031Q3' AND union_id = ?",
                    IndicatorFixture.union("U06"));
            PeriodComputation.Result retried = computation.compute(period);
            assertThat(retried.unchanged()).isFalse();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i"
                    + " ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_INSTANCE_ID = (SELECT MAX(JOB_INSTANCE_ID)"
                    + " FROM BATCH_JOB_INSTANCE WHERE JOB_NAME = 'computeIndicators')", Long.class)).isEqualTo(2);
            assertThat(results.findIndicators("2031Q3")).isEqualTo(before);
            assertThat(computation.isCurrent(period)).isTrue();
        }

        @Test
        void reportOfAPeriodNeverComputedIsAnError() {
            assertThat(computation.isComputed(Period.parse("2031Q2"))).isFalse();
            assertThatThrownBy(() -> report.write(Period.parse("2031Q2"), out))
                    .isInstanceOf(UserFacingException.class)
                    .hasMessage("no figures computed for 2031Q2: run `compute --period 2031Q2` first");
            assertThat(out.resolve("2031Q2")).doesNotExist();
        }

        /**
         * A unit is covered once however many reports name it: A01 is the unit of U01 and U03, A02 the unit of U02 and
         * a covered unit of U01, A03 a covered unit of U01 and U03; A04 (20 employees) and A15 (24) are not required.
         * Required units of the 2030 registry: 13; covered A01, A02, A03, A08.
         */
        @Test
        void aUnitNamedByManyReportsIsCoveredOnce() {
            fixture.addReports("""
                    2030Q1 U01 110108 C 100 85 0 0 80 40 0 0 0 0 6 2030-04-10 A01 A02;A03
                    2030Q1 U02 110108 C 100 80 0 0 60 40 0 0 0 0 6 2030-04-10 A02 -
                    2030Q1 U03 110108 C  60 30 0 0 30  0 0 0 0 0 6 2030-04-10 A01 A03;A04
                    2030Q1 U05 110101 C  80 72 0 0 72 36 0 0 0 0 6 2030-04-10 A08 A15
                    """);
            computation.compute(Period.parse("2030Q1"));
            assertThat(indicator("2030Q1", "city", "coverage")).isEqualTo("4/13");
            assertThat(indicator("2030Q1", "district_industry", "110108", "C", "coverage")).isEqualTo("3/3");
            assertThat(indicator("2030Q1", "district_industry", "110108", "F", "coverage")).isEqualTo("0/2");
            assertThat(indicator("2030Q1", "district_industry", "110101", "C", "coverage")).isEqualTo("1/2");
        }

        @Test
        void withoutAnyRegistryCoverageIsUnavailable() {
            // 1990Q1: no registry of 1990 or before
            fixture.addReports("""
                    1990Q1 U01 110108 C 100 90 20 10 90 45 0 0 0 0 6 1990-04-10 A01 -
                    """);
            computation.compute(Period.parse("1990Q1"));
            assertThat(indicator("1990Q1", "city", "coverage")).isEqualTo("0/0");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM indicator_result WHERE period = '1990Q1'"
                    + " AND indicator = 'coverage' AND (ratio IS NOT NULL OR met IS NOT NULL)", Long.class)).isZero();
            assertThat(indicator("1990Q1", "city", "enrollment")).isEqualTo("90/100");
            // score over the available weighted indicators: enrollment 25×1 (0.9 ≥ 0.9), info 10×1, jingka
            // 5×0.5/0.9, activity 5×1 → (25 + 10 + 2.7778 + 5) / 45 × 100 = 95.06 (satisfaction, reporting: 0/0)
            assertThat(jdbc.queryForObject("SELECT score FROM score_result WHERE period = '1990Q1'"
                    + " AND dimension = 'city'", java.math.BigDecimal.class)).isEqualByComparingTo("95.06");
        }

        private String indicator(String period, String dimension, String indicator) {
            return jdbc.queryForObject("SELECT CONCAT(numerator, '/', denominator) FROM indicator_result"
                    + " WHERE period = ? AND dimension = ? AND indicator = ?", String.class, period, dimension, indicator);
        }

        private String indicator(String period, String dimension, String district, String industry, String indicator) {
            return jdbc.queryForObject("SELECT CONCAT(numerator, '/', denominator) FROM indicator_result"
                    + " WHERE period = ? AND dimension = ? AND district_code = ? AND industry_code = ?"
                    + " AND indicator = ?", String.class, period, dimension, district, industry, indicator);
        }

        private static List<String> csv(Path file) throws IOException {
            return List.of(Files.readString(file, StandardCharsets.UTF_8).split("\n", -1)).stream()
                    .filter(line -> !line.isEmpty()).toList();
        }

        private static List<String> golden(String name) throws IOException {
            try (InputStream in = ComputeIndicatorsTests.class.getResourceAsStream("/indicators/" + name)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            }
        }
    }

    @Nested
    @H2Test
    @Import(IndicatorFixture.ReferenceDataConfiguration.class)
    class OnH2 extends Computing {
    }

    @Nested
    @MariaDbTest
    @Import(IndicatorFixture.ReferenceDataConfiguration.class)
    class OnMariaDb extends Computing {
    }
}
