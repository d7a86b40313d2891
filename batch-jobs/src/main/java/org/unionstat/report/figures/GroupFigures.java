package org.unionstat.report.figures;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.unionstat.domain.Indicator;
import org.unionstat.indicators.IndicatorResult;

/**
 * The computed figures of one group of a period (the city, a district, an industry or a district × industry pair):
 * its score, grade and rank, its indicators, and its rank and score of the period before (null when it had none).
 */
public record GroupFigures(String districtCode, String industryCode, String name, String nameEn, BigDecimal score,
        String grade, Integer rank, Map<Indicator, IndicatorResult> indicators, Integer previousRank,
        BigDecimal previousScore) {

    public GroupFigures {
        indicators = Collections.unmodifiableMap(indicators.isEmpty()
                ? new EnumMap<>(Indicator.class) : new EnumMap<>(indicators));
    }

    /** The exact value of an indicator, null when unavailable. */
    public BigDecimal value(Indicator indicator) {
        IndicatorResult result = indicators.get(indicator);
        return result == null ? null : result.value();
    }

    /** "met of available", e.g. "6/8"; empty when no indicator is available. */
    public String metSummary() {
        long available = indicators.values().stream().filter(r -> r.value() != null).count();
        long met = indicators.values().stream().filter(r -> "Y".equals(r.met())).count();
        return available == 0 ? "" : met + "/" + available;
    }

    public BigDecimal scoreChange() {
        return score == null || previousScore == null ? null : score.subtract(previousScore);
    }

    /**
     * The change of rank since the period before: ↑n up, ↓n down, → unchanged; 新 when the group is ranked now but
     * was not then; — when it has no rank now or the period before was never computed.
     */
    public String rankChange(boolean previousComputed) {
        if (rank == null || !previousComputed) {
            return "—";
        }
        if (previousRank == null) {
            return "新";
        }
        int up = previousRank - rank;
        return up > 0 ? "↑" + up : up < 0 ? "↓" + (-up) : "→";
    }
}
