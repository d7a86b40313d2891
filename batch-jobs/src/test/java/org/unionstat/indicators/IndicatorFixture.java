package org.unionstat.indicators;

import java.util.List;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

import org.unionstat.domain.District;
import org.unionstat.domain.Industry;
import org.unionstat.domain.ReferenceData;
import org.unionstat.testing.FixtureTables;
import org.unionstat.testing.PeriodTables;

/**
 * A small hand-made data set (5 quarters, 12 unions, registries of 2029, 2030 and 2032), inserted directly into the
 * tables the importer fills. Short names stand for identifiers: union U07 is 810000000000000U07, unit A03 is
 * 910000000000000A03.
 *
 * <p>Districts, in config order (not code order): 110108 海淀区 (D1), 110101 东城区 (D2), 110105 朝阳区 (D3: no
 * data at all), 110106 丰台区 (D4), 110107 石景山区 (D5). Industries, in config order: F, C, P.
 *
 * <p>The story: U02 is a joint union covering A03 and A04 besides its own A02. U04 moves from D1 to D2 in 2031 and
 * stops filing after 2031Q2. U07 is new in 2031Q3, U11 in 2031Q2. U12 filed 2030Q4 only. U03 moves from industry F
 * to C in 2031Q4. U08's report says D1/F while its unit A11 is registered in D2/F. Late filings: U05 2031Q1, U02 and
 * U11 2031Q3, U10 2031Q4; U06 always files on the last day allowed (2031Q1, 2031Q3, 2031Q4).
 */
final class IndicatorFixture {

    static final String D1 = "110108";
    static final String D2 = "110101";
    static final String D3 = "110105";
    static final String D4 = "110106";
    static final String D5 = "110107";

    static final ReferenceData REFERENCE_DATA = new ReferenceData(
            List.of(new District(D1, "海淀区", "Haidian"), new District(D2, "东城区", "Dongcheng"),
                    new District(D3, "朝阳区", "Chaoyang"), new District(D4, "丰台区", "Fengtai"),
                    new District(D5, "石景山区", "Shijingshan")),
            List.of(new Industry("F", "批发和零售业", "Wholesale and retail trades"),
                    new Industry("C", "制造业", "Manufacturing"), new Industry("P", "教育", "Education")));

    /** Every period and registry year the fixture (and the tests) touch; cleared before each test. */
    static final List<String> PERIODS = List.of("2030Q1", "2030Q2", "2030Q3", "2030Q4", "2031Q1", "2031Q2", "2031Q3",
            "2031Q4", "2031", "1990Q1", "1989Q2", "1989Q3", "1989Q4");
    static final List<Integer> REGISTRY_YEARS = List.of(1990, 2029, 2030, 2031, 2032);

    static final String REGISTRY = """
            # year unit district industry employees
            2029 A01 110108 C 100
            2030 A01 110108 C 100
            2030 A02 110108 C  50
            2030 A03 110108 C  30
            2030 A04 110108 F  20
            2030 A05 110108 F  40
            2030 A06 110108 F  25
            2030 A07 110101 C  60
            2030 A08 110101 C  80
            2030 A09 110101 P 200
            2030 A10 110101 P  26
            2030 A11 110101 F  30
            2030 A12 110106 C 120
            2030 A13 110107 P  90
            2030 A14 110107 P  45
            2030 A15 110105 C  24
            2030 A16 110106 C  24
            2032 A01 110108 C 100
            """;

    // emp = employees, mem = members, mEmp/mMem = migrant employees/members, info = info_collected,
    // cards = cards_issued, eval = evaluated, sat/basic/dis = satisfied/basically/dissatisfied, act = activities
    static final String REPORTS = """
            # period union district ind emp mem mEmp mMem info cards eval sat basic dis act submitted  unit covered
            2030Q4 U01 110108 C 100  85  20 10  80 40  10  0  0 10  6 2031-01-10 A01 -
            2030Q4 U02 110108 C 100  80   0  0  60 40   0  0  0  0  6 2031-01-10 A02 A03;A04
            2030Q4 U03 110108 F  40  30  10  5  30 30   0  0  0  0  6 2031-01-10 A05 -
            2030Q4 U04 110108 C  60  30   0  0  30  0   0  0  0  0  6 2031-01-10 A07 -
            2030Q4 U05 110101 C  80  72  30 27  72 36   0  0  0  0  6 2031-01-10 A08 -
            2030Q4 U06 110101 P 200 180   0  0 171 90   0  0  0  0  6 2031-01-10 A09 -
            2030Q4 U08 110108 F  60  40   0  0  20 10   0  0  0  0  0 2031-01-10 A11 -
            2030Q4 U09 110106 C 120  96  40 36  96 48   0  0  0  0  6 2031-01-10 A12 -
            2030Q4 U10 110107 P  90  81   0  0  81 81   0  0  0  0  6 2031-01-10 A13 -
            2030Q4 U12 110106 C  30  10   0  0   0  0  10 10  0  0  1 2031-01-10 A17 -
            2031Q1 U01 110108 C 100  90  20 10  90 45  50 40  5  5  7 2031-04-10 A01 -
            2031Q1 U02 110108 C 100  80   0  0  60 40   0  0  0  0  6 2031-04-10 A02 A03;A04
            2031Q1 U03 110108 F  40  30  10  5  30 30   0  0  0  0  8 2031-04-10 A05 -
            2031Q1 U04 110101 C  60  30   0  0  30  0   0  0  0  0  4 2031-04-10 A07 -
            2031Q1 U05 110101 C  80  72  30 27  72 36  70 63  7  0  6 2031-04-16 A08 -
            2031Q1 U06 110101 P 200 180   0  0 171 90   0  0  0  0  6 2031-04-15 A09 -
            2031Q1 U08 110108 F  60  40   0  0  20 10   0  0  0  0  0 2031-04-10 A11 -
            2031Q1 U09 110106 C 120  96  40 36  96 48   0  0  0  0  6 2031-04-10 A12 -
            2031Q1 U10 110107 P  90  81   0  0  81 81   0  0  0  0  6 2031-04-10 A13 -
            2031Q2 U01 110108 C 100  90  20 10  90 45   0  0  0  0  6 2031-07-10 A01 -
            2031Q2 U02 110108 C 100  80   0  0  60 40  60 50  4  6  6 2031-07-10 A02 A03;A04
            2031Q2 U03 110108 F  40  30  10  5  30 30   0  0  0  0  6 2031-07-10 A05 -
            2031Q2 U04 110101 C  60  30   0  0  30  0  30 20  4  6  4 2031-07-10 A07 -
            2031Q2 U05 110101 C  80  72  30 27  72 36   0  0  0  0  6 2031-07-10 A08 -
            2031Q2 U06 110101 P 200 180   0  0 171 90   0  0  0  0  6 2031-07-10 A09 -
            2031Q2 U08 110108 F  60  40   0  0  20 10   0  0  0  0  0 2031-07-10 A11 -
            2031Q2 U09 110106 C 120  96  40 36  96 48  90 81  9  0  6 2031-07-10 A12 -
            2031Q2 U10 110107 P  90  81   0  0  81 81   0  0  0  0  6 2031-07-10 A13 -
            2031Q2 U11 110107 P  45  18   0  0   9 18   0  0  0  0  3 2031-07-10 A14 -
            2031Q3 U01 110108 C 100  90  20 10  90 45  40 30  6  4  6 2031-10-05 A01 -
            2031Q3 U02 110108 C 100  80   0  0  60 40   0  0  0  0  5 2031-10-16 A02 A03;A04
            2031Q3 U03 110108 F  40  30  10  5  30 30  20 10  5  5  8 2031-10-10 A05 -
            2031Q3 U05 110101 C  80  72  30 27  72 36   0  0  0  0  7 2031-10-08 A08 -
            2031Q3 U06 110101 P 200 180   0  0 171 90 100 80 10 10  6 2031-10-15 A09 -
            2031Q3 U07 110101 P  26  13   6  2  13 13   0  0  0  0  2 2031-10-02 A10 -
            2031Q3 U08 110108 F  60  40   0  0  20 10   0  0  0  0  0 2031-10-01 A11 -
            2031Q3 U09 110106 C 120  96  40 36  96 48   0  0  0  0 10 2031-10-12 A12 -
            2031Q3 U10 110107 P  90  81   0  0  81 81   0  0  0  0  6 2031-10-09 A13 -
            2031Q3 U11 110107 P  45  18   0  0   9 18   0  0  0  0  3 2031-10-20 A14 -
            2031Q4 U01 110108 C 100  95  20 10  95 60   0  0  0  0  6 2032-01-10 A01 -
            2031Q4 U02 110108 C 100  80   0  0  60 40   0  0  0  0  6 2032-01-10 A02 A03;A04
            2031Q4 U03 110108 C  40  30  10  5  30 30   0  0  0  0  6 2032-01-10 A05 -
            2031Q4 U05 110101 C  80  72  30 27  72 36   0  0  0  0  6 2032-01-10 A08 -
            2031Q4 U06 110101 P 200 180   0  0 171 90  50 50  0  0  6 2032-01-15 A09 -
            2031Q4 U07 110101 P  26  13   6  2  13 13   0  0  0  0  2 2032-01-10 A10 -
            2031Q4 U08 110108 F  60  40   0  0  20 10   0  0  0  0  0 2032-01-10 A11 -
            2031Q4 U09 110106 C 120  96  40 36  96 48   0  0  0  0  6 2032-01-10 A12 -
            2031Q4 U10 110107 P  90  81   0  0  81 81   0  0  0  0  6 2032-01-16 A13 -
            2031Q4 U11 110107 P  45  27   0  0  27 27   0  0  0  0  3 2032-01-10 A14 -
            """;

    /** Makes the fixture's districts and industries the reference data of a test context. */
    @TestConfiguration(proxyBeanMethods = false)
    static class ReferenceDataConfiguration {
        @Bean
        @Primary
        ReferenceData fixtureReferenceData() {
            return REFERENCE_DATA;
        }
    }

    private final JdbcTemplate jdbc;
    private final FixtureTables tables;

    IndicatorFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.tables = new FixtureTables(jdbc, 0);
    }

    static String union(String name) {
        return FixtureTables.union(name);
    }

    static String unit(String name) {
        return FixtureTables.unit(name);
    }

    /** Removes every row of the fixture's periods and years (inputs and results). */
    void clear() {
        PeriodTables periods = new PeriodTables(jdbc);
        periods.clear(PERIODS.toArray(String[]::new));
        periods.clear(REGISTRY_YEARS.stream().map(String::valueOf).toArray(String[]::new));
    }

    void load() {
        clear();
        long registryImport = tables.newImport();
        for (String[] row : FixtureTables.rows(REGISTRY)) {
            tables.insertUnit(registryImport, Integer.parseInt(row[0]), row[1], row[2], row[3],
                    Long.parseLong(row[4]));
        }
        tables.insertReports(REPORTS);
    }

    /** Inserts report rows given in the layout of {@link #REPORTS}. */
    void addReports(String table) {
        tables.insertReports(table);
    }
}
