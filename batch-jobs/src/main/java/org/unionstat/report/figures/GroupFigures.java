package org.unionstat.report.figures;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.unionstat.domain.Indicator;
import org.unionstat.indicators.IndicatorResult;
import org.unionstat.indicators.PeriodExplanation;
import org.unionstat.indicators.RankRobustness;
import org.unionstat.indicators.ScoreBreakdown;

/**
 * The computed figures of one group of a period (the city, a district, an industry or a district × industry pair):
 * its score, grade and rank, its indicators, its rank and score of the period before (null when it had none), and
 * what explains them: points lost, gaps, rank interval (null when not worked out).
 */
public record GroupFigures(String districtCode, String industryCode, String name, String nameEn, BigDecimal score,
        String grade, Integer rank, Map<Indicator, IndicatorResult> indicators, Integer previousRank,
        BigDecimal previousScore, PeriodExplanation.Group explanation) {

    public GroupFigures {
        indicators = Collections.unmodifiableMap(indicators.isEmpty()
                ? new EnumMap<>(Indicator.class) : new EnumMap<>(indicators));
    }

    /** A group without its explanation. */
    public GroupFigures(String districtCode, String industryCode, String name, String nameEn, BigDecimal score,
            String grade, Integer rank, Map<Indicator, IndicatorResult> indicators, Integer previousRank,
            BigDecimal previousScore) {
        this(districtCode, industryCode, name, nameEn, score, grade, rank, indicators, previousRank, previousScore,
                null);
    }

    /** The score's breakdown; empty without a score. */
    public Optional<ScoreBreakdown> breakdown() {
        return Optional.ofNullable(explanation == null ? null : explanation.breakdown());
    }

    /** An indicator's part of the score: points earned and lost; empty when it is not part of the score. */
    public Optional<ScoreBreakdown.Part> part(Indicator indicator) {
        return breakdown().flatMap(b -> b.parts().stream().filter(p -> p.indicator() == indicator).findFirst());
    }

    /** What an indicator lacks to reach its target (members, units, …); null when it is met or unavailable. */
    public Long needed(Indicator indicator) {
        if (explanation == null) {
            return null;
        }
        return explanation.gaps().stream().filter(g -> g.indicator().indicator().equals(indicator.key()))
                .map(PeriodExplanation.Gap::needed).findFirst().orElse(null);
    }

    /** The rank interval over the weight draws; null for groups without a rank. */
    public RankRobustness.Interval interval() {
        return explanation == null ? null : explanation.interval();
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
