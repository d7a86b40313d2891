package org.unionstat.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import org.unionstat.domain.Indicator;

/** Rank intervals over weight draws, worked out by hand on draws chosen by hand. */
class RankRobustnessTest {

    static final AssessmentSettings.Grades GRADES = AssessmentSettings.defaults().grades();
    static final List<Indicator> TWO = List.of(Indicator.COVERAGE, Indicator.ENROLLMENT);

    /**
     * Coverage and enrollment, weight 25 each, target 0.90. A: coverage met, enrollment 0.63 (attainment 0.7);
     * B: coverage 0.6 (attainment 2/3), enrollment met; C meets both; D has half of both targets. With the factors
     * u (coverage) and v (enrollment): A = 100 (u + 0.7 v) / (u + v), B = 100 (2/3 u + v) / (u + v), C = 100, D = 50.
     * <pre>
     * draw  u    v    A                  B                           ranks A B
     * 1     1    1    100×1.7/2 = 85.00  100×(5/3)/2 = 83.33           2 3
     * 2     0.8  1.2  100×1.64/2 = 82.00 100×(0.5333…+1.2)/2 = 86.67   3 2
     * 3     1.2  0.8  100×1.76/2 = 88.00 100×1.6/2 = 80.00             2 3
     * 4     0.9  1.1  100×1.67/2 = 83.50 100×1.7/2 = 85.00             3 2
     * 5     1.1  0.9  100×1.73/2 = 86.50 100×(0.7333…+0.9)/2 = 81.67   2 3
     * </pre>
     * A: ranks 2 3 2 3 2, sorted 2 2 2 3 3; nearest rank: 5th percentile the ⌈0.25⌉ = 1st (2), median the ⌈2.5⌉ =
     * 3rd (2), 95th the ⌈4.75⌉ = 5th (3). B: sorted 2 2 3 3 3: 2, 3, 3. C always 1, D always 4.
     * Grades (≥ 95 优秀, ≥ 85 良好, ≥ 70 合格): A is 良好 at 85.00, 88.00, 86.50 (3 of 5), 合格 otherwise; B, 合格 as
     * published (83.33), is 良好 at 86.67 and 85.00: kept in 3 of 5.
     */
    @Test
    void twoGroupsSwapUnderTheNoiseAndTheOthersNeverMove() {
        double[][] factors = {{1, 1}, {0.8, 1.2}, {1.2, 0.8}, {0.9, 1.1}, {1.1, 0.9}};
        RankRobustness analysis = new RankRobustness(TWO, factors, GRADES);
        Map<String, RankRobustness.Interval> intervals = analysis.intervals(List.of(
                member("C", 90, 100, 90, 100, 1, "优秀"),
                member("A", 90, 100, 63, 100, 2, "良好"),
                member("B", 60, 100, 90, 100, 3, "合格"),
                member("D", 45, 100, 45, 100, 4, "待改进")));
        assertThat(intervals.get("A")).isEqualTo(new RankRobustness.Interval(2, 2, 2, 3, 3, 5));
        assertThat(intervals.get("B")).isEqualTo(new RankRobustness.Interval(3, 3, 2, 3, 3, 5));
        assertThat(intervals.get("C")).isEqualTo(new RankRobustness.Interval(1, 1, 1, 1, 5, 5));
        assertThat(intervals.get("D")).isEqualTo(new RankRobustness.Interval(4, 4, 4, 4, 5, 5));
        assertThat(intervals.get("A").gradeKeptShare()).isEqualByComparingTo("0.600000");
        assertThat(intervals.keySet()).containsExactly("C", "A", "B", "D");
    }

    /** Equal rounded scores share a rank (competition ranking), and the next takes the place after both. */
    @Test
    void equalScoresShareARankInEveryDraw() {
        RankRobustness analysis = new RankRobustness(TWO, new double[][] {{1, 1}, {1.2, 0.8}}, GRADES);
        Map<String, RankRobustness.Interval> intervals = analysis.intervals(List.of(
                member("A", 90, 100, 63, 100, 1, "良好"),
                member("A'", 90, 100, 63, 100, 1, "良好"),
                member("B", 60, 100, 90, 100, 3, "合格")));
        assertThat(intervals.get("A'")).isEqualTo(new RankRobustness.Interval(1, 1, 1, 1, 2, 2));
        assertThat(intervals.get("B")).isEqualTo(new RankRobustness.Interval(3, 3, 3, 3, 2, 2));
    }

    /**
     * A score of exactly 94.995 (one indicator, 18,999/20,000 of target 1) is 95.00, 优秀, in every draw: as a double
     * it is 94.99499999…, which rounding in doubles would make 94.99 (良好).
     */
    @Test
    void scoresOnARoundingBoundaryAreRoundedExactly() {
        assertThat(Math.floor(100 * (100 * (18_999 / 20_000.0)) + 0.5)).as("the double's rounding")
                .isEqualTo(9499);
        Map<Indicator, Score.Term> terms = new EnumMap<>(Indicator.class);
        terms.put(Indicator.REPORTING, new Score.Term(new Ratio(18_999, 20_000), BigDecimal.ONE, BigDecimal.TEN));
        RankRobustness analysis = new RankRobustness(List.of(Indicator.REPORTING),
                new double[][] {{1}, {0.75}, {1.25}}, GRADES);
        RankRobustness.Interval interval = analysis.intervals(List.of(new RankRobustness.Member<>("X", terms, 1, "优秀")))
                .get("X");
        assertThat(interval.gradeKept()).isEqualTo(3);
    }

    @Test
    void theDrawsComeFromTheSeedInTheDocumentedOrder() {
        double[][] factors = RankRobustness.factors(3, 0.25, 4754, 7);
        SplittableRandom random = new SplittableRandom(4754);
        for (double[] draw : factors) {
            for (double factor : draw) {
                assertThat(factor).isEqualTo(0.75 + 0.5 * random.nextDouble()).isBetween(0.75, 1.25);
            }
        }
        assertThat(RankRobustness.factors(3, 0.25, 4754, 7)).isDeepEqualTo(factors);
        assertThat(RankRobustness.factors(2, 0, 4754, 3)).isDeepEqualTo(new double[][] {{1, 1, 1}, {1, 1, 1}});
    }

    @Test
    void onlyTheWeightedIndicatorsAreDrawn() {
        Map<Indicator, BigDecimal> weights = new EnumMap<>(Indicator.class);
        for (Indicator indicator : Indicator.values()) {
            weights.put(indicator, AssessmentSettings.defaults().weight(indicator));
        }
        RankRobustness analysis = RankRobustness.of(weights, new AssessmentSettings.Robustness(10, null, null), GRADES);
        assertThat(analysis.draws()).isEqualTo(10);
        // seven factors a draw, in indicator order (migrant_enrollment has weight 0): coverage takes the 1st, 8th, …
        // number of the generator, enrollment the 2nd, 9th, …
        List<Indicator> seven = List.of(Indicator.values()).subList(0, 7);
        assertThat(analysis.noised()).isEqualTo(seven);
        RankRobustness byHand = new RankRobustness(seven, RankRobustness.factors(10, 0.25, 4754, 7), GRADES);
        List<RankRobustness.Member<String>> members = List.of(member("A", 90, 100, 63, 100, 1, "良好"),
                member("B", 60, 100, 90, 100, 2, "合格"));
        assertThat(analysis.intervals(members)).isEqualTo(byHand.intervals(members));
    }

    @Test
    void nearestRankPercentiles() {
        int[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        // ⌈0.5⌉ = 1st, ⌈5⌉ = 5th, ⌈9.5⌉ = 10th
        assertThat(RankRobustness.percentile(sorted, 5)).isEqualTo(1);
        assertThat(RankRobustness.percentile(sorted, 50)).isEqualTo(5);
        assertThat(RankRobustness.percentile(sorted, 95)).isEqualTo(10);
        int[] thousand = new int[1000];
        for (int i = 0; i < 1000; i++) {
            thousand[i] = i + 1;
        }
        assertThat(RankRobustness.percentile(thousand, 5)).isEqualTo(50);
        assertThat(RankRobustness.percentile(thousand, 50)).isEqualTo(500);
        assertThat(RankRobustness.percentile(thousand, 95)).isEqualTo(950);
    }

    /** 1,000 draws over 17 districts and 20 industries with seven weighted indicators each: well under a second. */
    @Test
    void aThousandDrawsOfThirtySevenGroupsTakeLittleTime() {
        Map<Indicator, BigDecimal> weights = new EnumMap<>(Indicator.class);
        for (Indicator indicator : Indicator.values()) {
            weights.put(indicator, AssessmentSettings.defaults().weight(indicator));
        }
        SplittableRandom random = new SplittableRandom(1);
        List<RankRobustness.Member<Integer>> districts = new ArrayList<>();
        List<RankRobustness.Member<Integer>> industries = new ArrayList<>();
        for (int g = 0; g < 37; g++) {
            Map<Indicator, Score.Term> terms = new EnumMap<>(Indicator.class);
            for (Indicator indicator : Indicator.values()) {
                long denominator = 1 + random.nextLong(100_000);
                terms.put(indicator, new Score.Term(new Ratio(random.nextLong(denominator + 1), denominator),
                        AssessmentSettings.defaults().target(indicator), weights.get(indicator)));
            }
            (g < 17 ? districts : industries).add(new RankRobustness.Member<>(g, terms, 1, "良好"));
        }
        RankRobustness.of(weights, new AssessmentSettings.Robustness(null, null, null), GRADES).intervals(districts);
        long started = System.nanoTime();
        RankRobustness analysis = RankRobustness.of(weights, new AssessmentSettings.Robustness(null, null, null),
                GRADES);
        analysis.intervals(districts);
        analysis.intervals(industries);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(millis).as("milliseconds for 1,000 draws").isLessThan(1000);
    }

    private static RankRobustness.Member<String> member(String key, long covered, long units, long members,
            long employees, int rank, String grade) {
        Map<Indicator, Score.Term> terms = new EnumMap<>(Indicator.class);
        BigDecimal target = new BigDecimal("0.90");
        terms.put(Indicator.COVERAGE, new Score.Term(new Ratio(covered, units), target, BigDecimal.valueOf(25)));
        terms.put(Indicator.ENROLLMENT, new Score.Term(new Ratio(members, employees), target, BigDecimal.valueOf(25)));
        return new RankRobustness.Member<>(key, terms, rank, grade);
    }
}
