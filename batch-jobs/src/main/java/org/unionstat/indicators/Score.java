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
    private static final Fraction HUNDRED = Fraction.of(100, 1);

    /** One indicator's contribution: its ratio, target and weight. */
    public record Term(Ratio ratio, BigDecimal target, BigDecimal weight) {
    }

    private Score() {
    }

    /** The rounded score, or empty when no indicator with weight > 0 has an available value. */
    public static Optional<BigDecimal> of(Collection<Term> terms) {
        Fraction weighted = Fraction.ZERO;
        Fraction weights = Fraction.ZERO;
        for (Term term : terms) {
            if (term.weight().signum() <= 0 || !term.ratio().isAvailable()) {
                continue;
            }
            Fraction weight = Fraction.of(term.weight());
            Fraction attainment = term.ratio().exact().divide(Fraction.of(term.target())).min(Fraction.ONE);
            weighted = weighted.add(weight.multiply(attainment));
            weights = weights.add(weight);
        }
        if (weights.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(HUNDRED.multiply(weighted).divide(weights).round(SCALE));
    }
}
