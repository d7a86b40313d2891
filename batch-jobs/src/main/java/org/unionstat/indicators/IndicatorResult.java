package org.unionstat.indicators;

import java.math.BigDecimal;

/**
 * One row of indicators-P.csv: an indicator of one group in one period. {@code value}, {@code met} and {@code rank}
 * are null when unavailable; codes are "" where the dimension has none.
 */
public record IndicatorResult(String period, String dimension, String districtCode, String industryCode,
        String indicator, long numerator, long denominator, BigDecimal value, BigDecimal target, String met,
        Integer rank) {
}
