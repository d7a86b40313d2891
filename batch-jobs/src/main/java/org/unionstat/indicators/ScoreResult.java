package org.unionstat.indicators;

import java.math.BigDecimal;

/** One row of scores-P.csv. {@code score}, {@code rank} and {@code grade} are null when there is no score. */
public record ScoreResult(String period, String dimension, String districtCode, String industryCode,
        BigDecimal score, Integer rank, String grade) {
}
