package org.unionstat.report.figures;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import org.unionstat.domain.Indicator;
import org.unionstat.indicators.GroupKey;

/**
 * What the analyses of a period add to the leaders' report when they exist: the score breakdown (the points each
 * indicator costs a group), the gaps to target (how much more of an indicator's numerator a group needs to reach
 * the target: members, covered units, …) and the rank robustness (the ranks a group may take when the weights
 * vary). Each part is optional: the report leaves out the sentences and columns of a part that is absent.
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

    /** The best (smallest) and the worst rank of a group. */
    public record RankInterval(int best, int worst) {
    }
}
