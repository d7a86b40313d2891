package org.unionstat.report.figures;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.unionstat.domain.Dimension;
import org.unionstat.domain.Indicator;
import org.unionstat.indicators.GroupKey;
import org.unionstat.indicators.PeriodExplanation;
import org.unionstat.indicators.RankRobustness;
import org.unionstat.indicators.ScoreBreakdown;

/**
 * What the analyses of a period add to the leaders' report when they exist: the score breakdown (the points each
 * indicator costs a group), the gaps to target (how much more of an indicator's numerator a group needs to reach
 * the target: members, covered units, …) and the rank robustness (the ranks a group may take when the weights
 * vary). Each part is optional: the report leaves out the sentences and columns of a part that is absent (figures
 * loaded without their explanations).
 *
 * @param pointsLost    per group, the score points each indicator costs it (weight share × shortfall)
 * @param needed        per group, how much the numerator of each indicator below target must grow to reach it
 * @param rankIntervals per ranked district or industry, its best and worst rank
 */
public record AssessmentAnalyses(Optional<Map<GroupKey, Map<Indicator, BigDecimal>>> pointsLost,
        Optional<Map<GroupKey, Map<Indicator, Long>>> needed, Optional<Map<GroupKey, RankInterval>> rankIntervals) {

    /** No analysis at all. */
    public static final AssessmentAnalyses NONE = new AssessmentAnalyses(Optional.empty(), Optional.empty(),
            Optional.empty());

    /**
     * The analyses the figures carry: the same points lost, gaps and rank intervals as the period's score-breakdown,
     * gaps and rank-robustness CSVs. A rank interval is the 5th to the 95th percentile rank over the weight draws.
     */
    public static AssessmentAnalyses of(AssessmentFigures figures) {
        List<GroupFigures> groups = Stream.of(Stream.of(figures.city()), figures.districts().stream(),
                figures.industries().stream(), figures.pairs().stream()).flatMap(s -> s)
                .filter(g -> g.explanation() != null).toList();
        if (groups.isEmpty()) {
            return NONE;
        }
        Map<GroupKey, Map<Indicator, BigDecimal>> lost = new HashMap<>();
        Map<GroupKey, Map<Indicator, Long>> needed = new HashMap<>();
        Map<GroupKey, RankInterval> intervals = new HashMap<>();
        for (GroupFigures group : groups) {
            PeriodExplanation.Group explanation = group.explanation();
            GroupKey key = explanation.key();
            if (explanation.breakdown() != null) {
                Map<Indicator, BigDecimal> points = new EnumMap<>(Indicator.class);
                for (ScoreBreakdown.Part part : explanation.breakdown().parts()) {
                    points.put(part.indicator(), part.pointsLost());
                }
                lost.put(key, points);
            }
            Map<Indicator, Long> lacks = new EnumMap<>(Indicator.class);
            explanation.gaps().forEach(g -> lacks.put(Indicator.ofKey(g.indicator().indicator()), g.needed()));
            needed.put(key, lacks);
            RankRobustness.Interval interval = explanation.interval();
            if (interval != null && key.dimension() != Dimension.CITY) {
                intervals.put(key, new RankInterval(interval.p5(), interval.p95()));
            }
        }
        return new AssessmentAnalyses(Optional.of(lost), Optional.of(needed), Optional.of(intervals));
    }

    /** The best (smallest) and the worst rank of a group. */
    public record RankInterval(int best, int worst) {
    }
}
