package org.unionstat.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class ScoreTest {

    private static Score.Term term(long numerator, long denominator, String target, int weight) {
        return new Score.Term(new Ratio(numerator, denominator), new BigDecimal(target), BigDecimal.valueOf(weight));
    }

    @Test
    void weightedMeanOfAttainmentCappedAtTheTarget() {
        // coverage 0.45/0.90 = 0.5 (w 25); enrollment 0.99 ≥ 0.90 → capped 1 (w 25); reporting 1/1 (w 10)
        // 100 × (25 × 0.5 + 25 × 1 + 10 × 1) / 60 = 100 × 47.5 / 60 = 79.1666… → 79.17
        assertThat(Score.of(List.of(term(45, 100, "0.90", 25), term(99, 100, "0.90", 25), term(1, 1, "1.00", 10))))
                .contains(new BigDecimal("79.17"));
    }

    @Test
    void usesTheExactValueNotTheRoundedOne() {
        // value exactly 0.12344995 (target 1, one indicator): exact score 12.344995 → 12.34.
        // With the published value 0.123450 it would be 12.345 → 12.35.
        assertThat(new Ratio(2_468_999, 20_000_000).value()).isEqualByComparingTo("0.123450");
        assertThat(Score.of(List.of(term(2_468_999, 20_000_000, "1.00", 10)))).contains(new BigDecimal("12.34"));
    }

    @Test
    void roundsHalfUpOnceOnTheExactScore() {
        // exactly 94.995 → 95.00
        assertThat(Score.of(List.of(term(18_999, 20_000, "1.00", 10)))).contains(new BigDecimal("95.00"));
        // 100 × (1 × 1 + 2 × (0.8324325 / 0.9)) / 3 = 100 × (1 + 1.84985) / 3 = 94.995 exactly → 95.00
        assertThat(Score.of(List.of(term(1, 1, "0.90", 1), term(332_973, 400_000, "0.90", 2))))
                .contains(new BigDecimal("95.00"));
        // weights 2 and 1, values 1 (capped) and 1/3: 100 × (2 × 1 + 1 × (1/3)/0.9) / 3
        //   = 100 × (2 + 10/27) / 3 = 100 × 64/81 = 79.012345… → 79.01
        assertThat(Score.of(List.of(term(5, 5, "0.90", 2), term(1, 3, "0.90", 1)))).contains(new BigDecimal("79.01"));
    }

    @Test
    void onlyIndicatorsWithWeightAndAvailableValueCount() {
        // the weight-0 indicator (0.1) and the unavailable one (0/0, weight 20) are left out:
        // 100 × (25 × (0.45/0.9)) / 25 = 50.00
        assertThat(Score.of(List.of(term(45, 100, "0.90", 25), term(1, 10, "0.90", 0), term(0, 0, "0.90", 20))))
                .contains(new BigDecimal("50.00"));
    }

    @Test
    void noScoreWithoutAnyAvailableWeightedIndicator() {
        assertThat(Score.of(List.of(term(0, 0, "0.90", 25), term(3, 4, "0.90", 0)))).isEmpty();
        assertThat(Score.of(List.of())).isEmpty();
    }

    @Test
    void scoreHasTwoDecimals() {
        assertThat(Score.of(List.of(term(9, 10, "0.90", 25))).orElseThrow().toPlainString()).isEqualTo("100.00");
        assertThat(Score.of(List.of(term(0, 10, "0.90", 25))).orElseThrow().toPlainString()).isEqualTo("0.00");
    }
}
