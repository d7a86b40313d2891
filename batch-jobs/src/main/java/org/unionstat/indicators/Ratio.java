package org.unionstat.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An indicator's numerator over its denominator (docs/indicators.md#values). A denominator of 0 makes the value unavailable.
 */
public record Ratio(long numerator, long denominator) {

    /** Decimals of a published value. */
    public static final int VALUE_SCALE = 6;
    /** Decimals a value is rounded to before ranking, so that values equal to 4 decimals share a rank. */
    public static final int RANKING_SCALE = 4;

    public static final Ratio NONE = new Ratio(0, 0);

    public Ratio {
        if (numerator < 0 || denominator < 0) {
            throw new IllegalArgumentException("negative count in ratio " + numerator + "/" + denominator);
        }
    }

    public boolean isAvailable() {
        return denominator != 0;
    }

    public Ratio plus(Ratio other) {
        return new Ratio(numerator + other.numerator, denominator + other.denominator);
    }

    /** numerator / denominator rounded half-up to 6 decimals, or null when unavailable. */
    public BigDecimal value() {
        return isAvailable()
                ? BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), VALUE_SCALE, RoundingMode.HALF_UP)
                : null;
    }

    /** The exact quotient, for the score. */
    Fraction exact() {
        if (!isAvailable()) {
            throw new IllegalStateException("value unavailable: denominator 0");
        }
        return Fraction.of(numerator, denominator);
    }

    /**
     * "Y" when the published value (6 decimals) reaches the target, "N" when below, null when unavailable. The
     * published value, not the exact one, so that a reader of the table sees 0.900000 ≥ 0.900000 marked Y.
     */
    public String met(BigDecimal target) {
        BigDecimal value = value();
        return value == null ? null : value.compareTo(target) >= 0 ? "Y" : "N";
    }

    /** The value ranks are computed on: the published value rounded half-up to 4 decimals; null when unavailable. */
    public BigDecimal rankingValue() {
        BigDecimal value = value();
        return value == null ? null : value.setScale(RANKING_SCALE, RoundingMode.HALF_UP);
    }
}
