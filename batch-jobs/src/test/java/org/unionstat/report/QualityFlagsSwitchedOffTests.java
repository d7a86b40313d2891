package org.unionstat.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import org.unionstat.domain.Period;
import org.unionstat.indicators.QualityFlagging;
import org.unionstat.report.figures.Anomalies;
import org.unionstat.testing.H2Test;
import org.unionstat.testing.OnQualityFixture;

/**
 * The flags switched off ({@code unionstat.quality.enabled=false}, what the benchmark compares against): a report
 * looks for nothing, lists nothing, and leaves the stored flags as they were.
 */
@H2Test
@TestPropertySource(properties = "unionstat.quality.enabled=false")
class QualityFlagsSwitchedOffTests extends OnQualityFixture {

    private static final Period Q3 = Period.parse("2041Q3");

    @Autowired
    QualityFlagging flagging;

    @Autowired
    Anomalies anomalies;

    @Test
    void nothingIsLookedForListedOrRemoved() {
        // a flag stored by an earlier report; the fixture's 2041Q3 has a case of every rule to find
        jdbc.update("INSERT INTO quality_flag (period, union_id, rule, field, previous_value, current_value, measure,"
                + " strength, reference) VALUES ('2041Q3', '810000000000041U18', 'Q04', 'activities', NULL, 91, 91,"
                + " 1.0111, NULL)");

        assertThat(flagging.flagAndStore(Q3)).isEmpty();
        assertThat(anomalies.of(Q3)).isEmpty();
        assertThat(jdbc.queryForList("SELECT CONCAT(union_id, '|', rule) FROM quality_flag WHERE period = '2041Q3'",
                String.class)).containsExactly("810000000000041U18|Q04");
    }
}
