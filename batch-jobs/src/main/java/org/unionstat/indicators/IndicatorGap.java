package org.unionstat.indicators;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.OptionalLong;

/**
 * The gap to a target in real units (docs/indicators.md#gaps): the smallest whole number to add to the numerator,
 * the denominator as it is, so that the <em>published</em> value (half-up to 6 decimals) reaches the target — the
 * same test as {@code met} (members to recruit, units to organise, cards to issue …).
 *
 * <p>A published value is a whole number of millionths, so it reaches the target t when it reaches
 * T = ⌈t × 10⁶⌉ millionths; and (n + x) ÷ d, rounded half-up, reaches T millionths exactly when
 * 2,000,000 × (n + x) ≥ (2T − 1) × d. Hence x = ⌈(2T − 1) × d ÷ 2,000,000⌉ − n, worked out in whole numbers.
 */
public final class IndicatorGap {

    private static final long TWO_MILLION = 2L * 1_000_000;

    /** 2T − 1, with T the target in whole millionths, rounded up. */
    private final long bar;

    public IndicatorGap(BigDecimal target) {
        long millionths = target.movePointRight(Ratio.VALUE_SCALE).setScale(0, RoundingMode.CEILING).longValueExact();
        this.bar = 2 * millionths - 1;
    }

    /**
     * What {@code ratio} lacks to reach {@code target}: empty when the ratio is unavailable (denominator 0) or its
     * published value already reaches the target, else at least 1.
     */
    public static OptionalLong of(Ratio ratio, BigDecimal target) {
        if (!ratio.isAvailable()) {
            return OptionalLong.empty();
        }
        long needed = new IndicatorGap(target).needed(ratio.numerator(), ratio.denominator());
        return needed > 0 ? OptionalLong.of(needed) : OptionalLong.empty();
    }

    /** The smallest x ≥ 0 with round_half_up_6((numerator + x) ÷ denominator) ≥ target; the denominator is &gt; 0. */
    public long needed(long numerator, long denominator) {
        if (denominator <= 0) {
            throw new IllegalArgumentException("no gap to a target without a denominator: " + numerator + "/"
                    + denominator);
        }
        if (bar <= 0) {
            return 0;
        }
        long required;
        long high = Math.multiplyHigh(bar, denominator);
        long product = bar * denominator;
        if (high == 0 && product >= 0) {
            required = -Math.floorDiv(-product, TWO_MILLION);
        } else {
            // beyond a long: the same in BigInteger (never for counts of people or units)
            BigInteger[] qr = BigInteger.valueOf(bar).multiply(BigInteger.valueOf(denominator))
                    .divideAndRemainder(BigInteger.valueOf(TWO_MILLION));
            required = qr[0].add(qr[1].signum() > 0 ? BigInteger.ONE : BigInteger.ZERO).longValueExact();
        }
        return Math.max(0, required - numerator);
    }
}
