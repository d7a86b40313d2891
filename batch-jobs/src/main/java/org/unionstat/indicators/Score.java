package org.unionstat.indicators;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Optional;

/**
 * The score of a group (docs/indicators.md#score): 100 × Σ weight × min(value / target, 1) / Σ weight over the indicators with
 * weight > 0 and an available value, on the exact values, rounded half-up to 2 decimals once at the end.
 */
public final class Score {

    public static final int SCALE = 2;
    static final Fraction HUNDRED = Fraction.of(100, 1);

    /** One indicator's contribution: its ratio, target and weight. */
    public record Term(Ratio ratio, BigDecimal target, BigDecimal weight) {

        /** Whether the term is in the set A the score is made of: weight &gt; 0 and an available value. */
        public boolean counts() {
            return weight.signum() > 0 && ratio.isAvailable();
        }

        /** min(exact value ÷ target, 1): the share of its weight the indicator earns. */
        Fraction attainment() {
            return ratio.exact().divide(Fraction.of(target)).min(Fraction.ONE);
        }
    }

    private Score() {
    }

    /** The rounded score, or empty when no indicator with weight > 0 has an available value. */
    public static Optional<BigDecimal> of(Collection<Term> terms) {
        return exact(terms).map(score -> score.round(SCALE));
    }

    /** The exact score, before rounding; empty when no term counts. */
    static Optional<Fraction> exact(Collection<Term> terms) {
        Fraction weighted = Fraction.ZERO;
        Fraction weights = Fraction.ZERO;
        for (Term term : terms) {
            if (!term.counts()) {
                continue;
            }
            Fraction weight = Fraction.of(term.weight());
            weighted = weighted.add(weight.multiply(term.attainment()));
            weights = weights.add(weight);
        }
        if (weights.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(HUNDRED.multiply(weighted).divide(weights));
    }
}
