package org.unionstat.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.unionstat.domain.Indicator;

/** Points earned and lost per indicator, on the worked example of docs/indicators.md (朝阳区 2026Q3). */
class ScoreBreakdownTest {

    /** The worked example: numerators and denominators with the default targets and weights. */
    static Map<Indicator, Score.Term> example() {
        Map<Indicator, Score.Term> terms = new EnumMap<>(Indicator.class);
        put(terms, Indicator.COVERAGE, 45, 60, "0.90", 25);
        put(terms, Indicator.ENROLLMENT, 1710, 2000, "0.90", 25);
        put(terms, Indicator.SATISFACTION, 380, 400, "0.90", 20);
        put(terms, Indicator.INFO_COLLECTION, 1539, 1710, "0.90", 10);
        put(terms, Indicator.JINGKA, 1197, 1710, "0.90", 5);
        put(terms, Indicator.REPORTING, 38, 40, "1.00", 10);
        put(terms, Indicator.ACTIVITY, 30, 40, "0.90", 5);
        put(terms, Indicator.MIGRANT_ENROLLMENT, 120, 150, "0.90", 0);
        return terms;
    }

    @Test
    void pointsEarnedAndLostOfTheWorkedExample() {
        ScoreBreakdown breakdown = ScoreBreakdown.of(example()).orElseThrow();
        // Σ weights 100: each indicator's share is its weight. coverage 25 × (0.75/0.9 = 5/6) = 20.8333… → 20.83,
        // lost 4.1666… → 4.17; enrollment 25 × 0.95 = 23.75, lost 1.25; satisfaction and info met: all of 20 and 10;
        // jingka 5 × 7/9 = 3.8888… → 3.89, lost 1.1111… → 1.11; reporting 10 × 0.95 = 9.5, lost 0.5;
        // activity 5 × 5/6 = 4.1666… → 4.17, lost 0.8333… → 0.83. migrant_enrollment (weight 0) has no part.
        assertThat(breakdown.parts()).extracting(p -> p.indicator().key() + " " + p.weight() + " " + p.points() + " "
                + p.pointsLost()).containsExactly(
                        "coverage 25 20.83 4.17",
                        "enrollment 25 23.75 1.25",
                        "satisfaction 20 20.00 0.00",
                        "info_collection 10 10.00 0.00",
                        "jingka 5 3.89 1.11",
                        "reporting 10 9.50 0.50",
                        "activity 5 4.17 0.83");
        // exactly 3317/36 = 92.13888…, the score of the worked example
        assertThat(breakdown.exactScore()).isEqualTo(Fraction.of(3317, 36));
        assertThat(breakdown.score()).isEqualByComparingTo("92.14");
        assertThat(breakdown.largestLoss().orElseThrow().indicator()).isEqualTo(Indicator.COVERAGE);
        assertThat(breakdown.largestLosses(3)).extracting(ScoreBreakdown.Part::indicator)
                .containsExactly(Indicator.COVERAGE, Indicator.ENROLLMENT, Indicator.JINGKA);
    }

    @Test
    void withoutCoverageEachShareIsOfTheSeventyFiveLeft() {
        Map<Indicator, Score.Term> terms = example();
        put(terms, Indicator.COVERAGE, 0, 0, "0.90", 25);
        ScoreBreakdown breakdown = ScoreBreakdown.of(terms).orElseThrow();
        // shares 100 × w / 75: enrollment 33.3333… earns 0.95 of it = 31.6666… → 31.67, loses 1.6666… → 1.67;
        // satisfaction 26.67; info 13.33; jingka 6.6666… × 7/9 = 5.1851… → 5.19, loses 1.4814… → 1.48;
        // reporting 13.3333… × 0.95 = 12.6666… → 12.67, loses 0.67; activity 6.6666… × 5/6 = 5.5555… → 5.56, 1.11
        assertThat(breakdown.parts()).extracting(p -> p.indicator().key() + " " + p.points() + " " + p.pointsLost())
                .containsExactly("enrollment 31.67 1.67", "satisfaction 26.67 0.00", "info_collection 13.33 0.00",
                        "jingka 5.19 1.48", "reporting 12.67 0.67", "activity 5.56 1.11");
        // the rounded parts add up to 95.09, the score is 95.0740… → 95.07: rounding each part apart
        assertThat(breakdown.score()).isEqualByComparingTo("95.07");
        assertThat(breakdown.parts().stream().map(ScoreBreakdown.Part::points).reduce(BigDecimal.ZERO,
                BigDecimal::add)).isEqualByComparingTo("95.09");
    }

    @Test
    void earnedPlusLostIsTheShareAndTheEarnedPointsAreTheScore() {
        Map<Indicator, Score.Term> terms = example();
        ScoreBreakdown breakdown = ScoreBreakdown.of(terms).orElseThrow();
        Fraction total = Fraction.ZERO;
        for (ScoreBreakdown.Part part : breakdown.parts()) {
            Fraction share = Fraction.of(100, 1).multiply(Fraction.of(part.weight())).divide(Fraction.of(100, 1));
            assertThat(breakdown.exactPoints(part.indicator()).add(breakdown.exactPointsLost(part.indicator())))
                    .isEqualTo(share);
            total = total.add(breakdown.exactPoints(part.indicator()));
        }
        assertThat(total).isEqualTo(Score.exact(terms.values()).orElseThrow());
        assertThat(breakdown.score()).isEqualTo(Score.of(terms.values()).orElseThrow());
    }

    @Test
    void aGroupWithoutAnyWeightedValueHasNoBreakdown() {
        Map<Indicator, Score.Term> terms = new EnumMap<>(Indicator.class);
        put(terms, Indicator.COVERAGE, 0, 0, "0.90", 25);
        put(terms, Indicator.MIGRANT_ENROLLMENT, 3, 4, "0.90", 0);
        assertThat(ScoreBreakdown.of(terms)).isEmpty();
    }

    @Test
    void aGroupThatMeetsEveryTargetLosesNothing() {
        Map<Indicator, Score.Term> terms = new EnumMap<>(Indicator.class);
        put(terms, Indicator.ENROLLMENT, 95, 100, "0.90", 25);
        put(terms, Indicator.REPORTING, 3, 3, "1.00", 10);
        ScoreBreakdown breakdown = ScoreBreakdown.of(terms).orElseThrow();
        // shares 100 × 25/35 = 71.428571… → 71.43 and 100 × 10/35 = 28.571428… → 28.57
        assertThat(breakdown.parts()).extracting(p -> p.points() + " " + p.pointsLost())
                .containsExactly("71.43 0.00", "28.57 0.00");
        assertThat(breakdown.largestLoss()).isEmpty();
        assertThat(breakdown.score()).isEqualByComparingTo("100.00");
    }

    private static void put(Map<Indicator, Score.Term> terms, Indicator indicator, long numerator, long denominator,
            String target, int weight) {
        terms.put(indicator, new Score.Term(new Ratio(numerator, denominator), new BigDecimal(target),
                BigDecimal.valueOf(weight)));
    }
}
