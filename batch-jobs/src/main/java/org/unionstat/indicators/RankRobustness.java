package org.unionstat.indicators;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.unionstat.domain.Indicator;

/**
 * How firm the ranks of a dimension are (docs/indicators.md#rank-intervals), the uncertainty analysis of composite
 * indicators: in each of N draws every weight is multiplied by a factor of its own, uniform in [1 − f, 1 + f]; each
 * group's score is worked out again with those weights exactly as the score is (set A, min(value ÷ target, 1), half-up
 * to 2 decimals) and the groups are ranked again on it (competition ranking). Each group then gets the median and the
 * 5th and 95th percentiles of its N ranks (nearest-rank method), and the share of draws in which its grade is its
 * published one.
 *
 * <p>The factors are drawn once per analysis and shared by every group and dimension: draw after draw, one number per
 * indicator with weight &gt; 0 in the order of docs/indicators.md, each 1 − f + 2f × {@link SplittableRandom#nextDouble()}
 * of a generator seeded with the configured seed. A score is worked out in doubles and, when it lies within 10⁻⁶ of a
 * rounding boundary, again in exact fractions (a double factor is an exact binary fraction), so every rounding is the
 * exact one.
 */
public final class RankRobustness {

    /** Hundredths of a point this close to a rounding boundary are worked out again exactly. */
    private static final double NEAR_BOUNDARY = 1e-6;

    /** A ranked group: its terms (ratio, target, weight of each indicator), its published rank and grade. */
    public record Member<K>(K key, Map<Indicator, Score.Term> terms, int rank, String grade) {
    }

    /**
     * A group's ranks over the draws: its published rank, the median and the 5th–95th percentile ranks, and in how
     * many of the draws it kept its published grade.
     */
    public record Interval(int rank, int medianRank, int p5, int p95, int gradeKept, int draws) {

        /** The share of the draws in which the group kept its grade, 6 decimals half-up (0.873000). */
        public BigDecimal gradeKeptShare() {
            return BigDecimal.valueOf(gradeKept).divide(BigDecimal.valueOf(draws), Ratio.VALUE_SCALE,
                    RoundingMode.HALF_UP);
        }
    }

    private final List<Indicator> noised;
    private final double[][] factors;
    private final AssessmentSettings.Grades grades;

    /**
     * @param noised  the indicators whose weights are multiplied, in order: factor {@code factors[d][i]} goes with
     *                {@code noised.get(i)} in draw {@code d}
     */
    RankRobustness(List<Indicator> noised, double[][] factors, AssessmentSettings.Grades grades) {
        this.noised = List.copyOf(noised);
        this.factors = factors;
        this.grades = grades;
    }

    /** The analysis of the configured settings: the indicators with weight &gt; 0 get the factors. */
    public static RankRobustness of(Map<Indicator, BigDecimal> weights, AssessmentSettings.Robustness settings,
            AssessmentSettings.Grades grades) {
        List<Indicator> noised = new ArrayList<>();
        for (Indicator indicator : Indicator.values()) {
            BigDecimal weight = weights.get(indicator);
            if (weight != null && weight.signum() > 0) {
                noised.add(indicator);
            }
        }
        return new RankRobustness(noised, factors(settings.draws(), settings.noiseFactor().doubleValue(),
                settings.seed(), noised.size()), grades);
    }

    /** The factors of {@code draws} draws of {@code perDraw} weights each, in the documented order. */
    static double[][] factors(int draws, double noise, long seed, int perDraw) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] factors = new double[draws][perDraw];
        for (double[] draw : factors) {
            for (int i = 0; i < perDraw; i++) {
                draw[i] = 1 - noise + 2 * noise * random.nextDouble();
            }
        }
        return factors;
    }

    public int draws() {
        return factors.length;
    }

    List<Indicator> noised() {
        return noised;
    }

    /** The intervals of the members of one dimension (those with a score and a rank), by key, in their order. */
    public <K> Map<K, Interval> intervals(List<Member<K>> members) {
        List<Scorer> scorers = members.stream().map(m -> new Scorer(m.terms())).toList();
        int n = members.size();
        int draws = factors.length;
        int[][] ranks = new int[n][draws];
        int[] kept = new int[n];
        long[] hundredths = new long[n];
        for (int d = 0; d < draws; d++) {
            for (int m = 0; m < n; m++) {
                hundredths[m] = scorers.get(m).hundredths(factors[d]);
                if (Grade.of(BigDecimal.valueOf(hundredths[m], Score.SCALE), grades).label()
                        .equals(members.get(m).grade())) {
                    kept[m]++;
                }
            }
            int[] drawn = CompetitionRanking.rank(hundredths);
            for (int m = 0; m < n; m++) {
                ranks[m][d] = drawn[m];
            }
        }
        Map<K, Interval> intervals = new LinkedHashMap<>();
        for (int m = 0; m < n; m++) {
            int[] sorted = ranks[m];
            Arrays.sort(sorted);
            intervals.put(members.get(m).key(), new Interval(members.get(m).rank(), percentile(sorted, 50),
                    percentile(sorted, 5), percentile(sorted, 95), kept[m], draws));
        }
        return intervals;
    }

    /** Nearest-rank percentile: the value at ordinal ⌈p × N ÷ 100⌉ (at least the first) of the sorted values. */
    static int percentile(int[] sorted, int p) {
        int ordinal = (int) ((p * (long) sorted.length + 99) / 100);
        return sorted[Math.max(ordinal, 1) - 1];
    }

    /** One group's score under drawn weights, in hundredths of a point. */
    private final class Scorer {

        private final int[] index;
        private final double[] weight;
        private final double[] attainment;
        private final Fraction[] exactWeight;
        private final Fraction[] exactAttainment;

        Scorer(Map<Indicator, Score.Term> terms) {
            List<Integer> counted = new ArrayList<>();
            for (int i = 0; i < noised.size(); i++) {
                Score.Term term = terms.get(noised.get(i));
                if (term != null && term.counts()) {
                    counted.add(i);
                }
            }
            int k = counted.size();
            index = new int[k];
            weight = new double[k];
            attainment = new double[k];
            exactWeight = new Fraction[k];
            exactAttainment = new Fraction[k];
            for (int j = 0; j < k; j++) {
                Score.Term term = terms.get(noised.get(counted.get(j)));
                index[j] = counted.get(j);
                exactWeight[j] = Fraction.of(term.weight());
                exactAttainment[j] = term.attainment();
                weight[j] = term.weight().doubleValue();
                attainment[j] = new BigDecimal(exactAttainment[j].numerator())
                        .divide(new BigDecimal(exactAttainment[j].denominator()), MathContext.DECIMAL64).doubleValue();
            }
        }

        long hundredths(double[] factor) {
            double weighted = 0;
            double weights = 0;
            for (int j = 0; j < index.length; j++) {
                double w = weight[j] * factor[index[j]];
                weighted += w * attainment[j];
                weights += w;
            }
            double x = 10_000 * weighted / weights;
            double floor = Math.floor(x);
            if (Math.abs(x - floor - 0.5) < NEAR_BOUNDARY) {
                return exact(factor);
            }
            return (long) Math.floor(x + 0.5);
        }

        /** The same score in exact fractions, rounded half-up to 2 decimals. */
        private long exact(double[] factor) {
            Fraction weighted = Fraction.ZERO;
            Fraction weights = Fraction.ZERO;
            for (int j = 0; j < index.length; j++) {
                Fraction w = exactWeight[j].multiply(Fraction.of(new BigDecimal(factor[index[j]])));
                weighted = weighted.add(w.multiply(exactAttainment[j]));
                weights = weights.add(w);
            }
            return Score.HUNDRED.multiply(weighted).divide(weights).round(Score.SCALE).movePointRight(Score.SCALE)
                    .longValueExact();
        }
    }
}
