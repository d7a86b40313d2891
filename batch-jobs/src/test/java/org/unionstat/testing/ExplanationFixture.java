package org.unionstat.testing;

import java.util.List;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

import org.unionstat.domain.District;
import org.unionstat.domain.Industry;
import org.unionstat.domain.ReferenceData;

/**
 * A hand-made 2033Q2 whose points lost, gaps and rank intervals are worked out by hand (ExplainedAssessmentTests):
 * four districts and two industries, five unions, written straight into the tables the importer fills. Short names
 * stand for identifiers: union U41 is 810000000000000U41, unit B31 is 910000000000000B31.
 *
 * <p>东城区 (110101) meets every target (score 100); 西城区 (110102) falls short on enrollment only (63 of 100), 朝阳区
 * (110105) on coverage only (3 of its 5 required units): close enough that the noise on the weights swaps them;
 * 海淀区 (110108) falls short on everything, far below. The first three are industry C, 海淀区 is industry F.
 */
public final class ExplanationFixture {

    public static final String PERIOD = "2033Q2";
    public static final String DONGCHENG = "110101";
    public static final String XICHENG = "110102";
    public static final String CHAOYANG = "110105";
    public static final String HAIDIAN = "110108";

    public static final ReferenceData REFERENCE_DATA = new ReferenceData(
            List.of(new District(DONGCHENG, "东城区", "Dongcheng"), new District(XICHENG, "西城区", "Xicheng"),
                    new District(CHAOYANG, "朝阳区", "Chaoyang"), new District(HAIDIAN, "海淀区", "Haidian")),
            List.of(new Industry("C", "制造业", "Manufacturing"),
                    new Industry("F", "批发和零售业", "Wholesale and retail trades")));

    /** Required units (≥ 25 employees) but B42 (20); B34, B35 and B43 have no union. */
    static final String REGISTRY = """
            # unit district industry employees
            B11 110101 C 100
            B21 110102 C 100
            B31 110105 C 100
            B32 110105 C  40
            B33 110105 C  30
            B34 110105 C  60
            B35 110105 C  25
            B41 110108 F  50
            B42 110108 F  20
            B43 110108 F  30
            """;

    /**
     * 2033Q1 makes every union expected in 2033Q2 (nobody evaluated in Q1, so satisfaction is Q2's alone); in 2033Q2
     * (deadline 2033-07-15) U42 files late and has 2 activities.
     */
    static final String REPORTS = """
            # period union district ind emp mem mEmp mMem info cards eval sat basic dis act submitted unit covered
            2033Q1 U1  110101 C 100 95  0 0 95 95  0  0 0 0 6 2033-04-10 B11 -
            2033Q1 U2  110102 C 100 63  0 0 63 63  0  0 0 0 6 2033-04-10 B21 -
            2033Q1 U3  110105 C 100 95  0 0 95 95  0  0 0 0 6 2033-04-10 B31 B32;B33
            2033Q1 U41 110108 F  50 20 10 5 10  5  0  0 0 0 6 2033-04-10 B41 -
            2033Q1 U42 110108 F  50 20  0 0 10  5  0  0 0 0 2 2033-04-10 B42 -
            2033Q2 U1  110101 C 100 95  0 0 95 95 10  8 2 0 6 2033-07-10 B11 -
            2033Q2 U2  110102 C 100 63  0 0 63 63 10  9 1 0 6 2033-07-10 B21 -
            2033Q2 U3  110105 C 100 95  0 0 95 95 10 10 0 0 6 2033-07-15 B31 B32;B33
            2033Q2 U41 110108 F  50 20 10 5 10  5 10  3 2 5 6 2033-07-05 B41 -
            2033Q2 U42 110108 F  50 20  0 0 10  5  0  0 0 0 2 2033-07-20 B42 -
            """;

    private static final List<String> PERIODS = List.of("2033Q1", "2033Q2", "2033");
    private static final int YEAR = 2033;

    /** Makes the fixture's districts and industries the reference data of a test context. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class ReferenceDataConfiguration {
        @Bean
        @Primary
        ReferenceData explanationReferenceData() {
            return REFERENCE_DATA;
        }
    }

    private final JdbcTemplate jdbc;
    private final FixtureTables tables;

    public ExplanationFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.tables = new FixtureTables(jdbc, 7);
    }

    public static String union(String name) {
        return FixtureTables.union(name);
    }

    /** Removes what {@link #load} stored and what was computed from it, its registry year included. */
    public void clear() {
        new PeriodTables(jdbc).clear(PERIODS.toArray(String[]::new));
    }

    public void load() {
        clear();
        long registryImport = tables.newImport();
        for (String[] r : FixtureTables.rows(REGISTRY)) {
            tables.insertUnit(registryImport, YEAR, r[0], r[1], r[2], Long.parseLong(r[3]));
        }
        tables.insertReports(REPORTS);
    }
}
