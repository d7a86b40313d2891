package org.unionstat.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CompetitionRankingTest {

    private static Map<String, BigDecimal> values(Object... pairs) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put((String) pairs[i], pairs[i + 1] == null ? null : new BigDecimal((String) pairs[i + 1]));
        }
        return values;
    }

    @Test
    void higherFirstTiesShareARankAndTheNextRankIsSkipped() {
        assertThat(CompetitionRanking.rank(values("a", "0.80", "b", "0.95", "c", "0.80", "d", "0.70")))
                .containsExactly(entry("a", 2), entry("b", 1), entry("c", 2), entry("d", 4));
    }

    @Test
    void allTiedShareRankOne() {
        assertThat(CompetitionRanking.rank(values("a", "0.5", "b", "0.5", "c", "0.5")))
                .containsExactly(entry("a", 1), entry("b", 1), entry("c", 1));
    }

    @Test
    void membersWithoutValueAreNotRankedAndDoNotTakeARank() {
        assertThat(CompetitionRanking.rank(values("a", null, "b", "0.3", "c", "0.9", "d", null)))
                .containsExactly(entry("b", 2), entry("c", 1));
        assertThat(CompetitionRanking.rank(values("a", null))).isEmpty();
        assertThat(CompetitionRanking.rank(Map.<String, BigDecimal>of())).isEmpty();
    }

    @Test
    void equalNumbersOfDifferentScaleTie() {
        assertThat(CompetitionRanking.rank(values("a", "0.8", "b", "0.8000", "c", "1")))
                .containsExactly(entry("a", 2), entry("b", 2), entry("c", 1));
    }

    @Test
    void indicatorValuesTieWhenEqualToFourDecimals() {
        // 0.123450 and 0.123549 both round to 0.1235 and share rank 1; 0.123449 rounds to 0.1234
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        values.put("a", new Ratio(123_450, 1_000_000).rankingValue());
        values.put("b", new Ratio(123_549, 1_000_000).rankingValue());
        values.put("c", new Ratio(123_449, 1_000_000).rankingValue());
        values.put("d", new Ratio(0, 0).rankingValue());
        assertThat(CompetitionRanking.rank(values)).containsExactly(entry("a", 1), entry("b", 1), entry("c", 3));
    }

    @Test
    void scoresTieOnTheRoundedScore() {
        assertThat(CompetitionRanking.rank(values("a", "88.10", "b", "88.1", "c", "88.11", "d", "90")))
                .containsExactly(entry("a", 3), entry("b", 3), entry("c", 2), entry("d", 1));
    }

    @Test
    void wholeNumbersRankedPositionByPosition() {
        // scores in hundredths: 88.10 88.10 88.11 90.00 → 3 3 2 1; a lone one is 1st
        assertThat(CompetitionRanking.rank(new long[] {8810, 8810, 8811, 9000})).containsExactly(3, 3, 2, 1);
        assertThat(CompetitionRanking.rank(new long[] {5000})).containsExactly(1);
        assertThat(CompetitionRanking.rank(new long[0])).isEmpty();
    }
}
