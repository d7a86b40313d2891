package org.unionstat.indicators;

import java.util.Arrays;

/**
 * The modified z-score of Iglewicz and Hoaglin over a set of values: z = 0.6745 × (x − median) / MAD, MAD being the
 * median of the absolute deviations from the median. Where MAD is 0 (more than half the values equal), the scale is
 * 1.253314 × the mean absolute deviation instead; where that is 0 too, every value that differs from the median is
 * extreme (z infinite). Worked out from a primitive array, sorted in place: O(n log n) time, no boxing.
 */
public record ModifiedZScore(double median, double scale) {

    /** 0.6745: the 75th percentile of the standard normal, so that MAD / 0.6745 estimates the standard deviation. */
    static final double MAD_FACTOR = 0.6745;
    /** √(π/2): the mean absolute deviation times it estimates the standard deviation of a normal distribution. */
    static final double MEAN_DEVIATION_FACTOR = 1.253314;

    /** From the first {@code count} values of {@code values}, which this reorders and overwrites. */
    public static ModifiedZScore of(double[] values, int count) {
        if (count == 0) {
            return new ModifiedZScore(0, 0);
        }
        Arrays.sort(values, 0, count);
        double median = median(values, count);
        double sumOfDeviations = 0;
        for (int i = 0; i < count; i++) {
            values[i] = Math.abs(values[i] - median);
            sumOfDeviations += values[i];
        }
        Arrays.sort(values, 0, count);
        double mad = median(values, count);
        if (mad > 0) {
            return new ModifiedZScore(median, mad / MAD_FACTOR);
        }
        return new ModifiedZScore(median, MEAN_DEVIATION_FACTOR * sumOfDeviations / count);
    }

    /** The modified z-score of {@code value}: ±infinity when the scale is 0 and the value is not the median. */
    public double z(double value) {
        double deviation = value - median;
        if (scale > 0) {
            return deviation / scale;
        }
        return deviation == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, deviation);
    }

    /**
     * A distance from the median that every value with |z| above {@code limit} lies beyond, a hair inside the exact
     * bound (relatively and absolutely) so that a database's logarithm, rounded differently, loses none; negative when
     * every value but the median is extreme (scale 0).
     */
    public double distanceBeyond(double limit) {
        return scale > 0 ? limit * scale * (1 - 1e-9) - 1e-12 : -1;
    }

    /** The relative change of a count: ln((current + 1) / (previous + 1)), defined at 0 and symmetric up and down. */
    public static double logChange(long previous, long current) {
        return Math.log((current + 1.0) / (previous + 1.0));
    }

    private static double median(double[] sorted, int count) {
        int middle = count / 2;
        return count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
