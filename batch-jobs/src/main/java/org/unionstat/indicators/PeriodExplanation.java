package org.unionstat.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.unionstat.domain.Dimension;
import org.unionstat.domain.Indicator;

/**
 * What a period's stored figures say beyond the score, for a leader's three questions (docs/indicators.md): where the
 * points were lost ({@link ScoreBreakdown}), what it takes to meet each target ({@link IndicatorGap}) and how firm
 * each rank is ({@link RankRobustness}). Worked out from the stored numerators, denominators, targets, scores, ranks
 * and grades with the configured weights; no database access here.
 */
public final class PeriodExplanation {

    /**
     * One group: its stored score and indicator rows; its breakdown (null when it has no score); the indicators below
     * their targets, with what each lacks; its rank interval (null unless a district or an industry with a rank).
     */
    public record Group(GroupKey key, ScoreResult score, Map<Indicator, IndicatorResult> indicators,
            ScoreBreakdown breakdown, List<Gap> gaps, RankRobustness.Interval interval) {
    }

    /** An indicator below its target and the smallest whole number its numerator lacks to reach it. */
    public record Gap(IndicatorResult indicator, long needed) {
    }

    private final Map<GroupKey, Group> groups;

    private PeriodExplanation(Map<GroupKey, Group> groups) {
        this.groups = groups;
    }

    /**
     * @param indicators the stored indicator rows of the period (any order)
     * @param scores     the stored score rows, in output order
     * @param weights    the weight of each indicator
     */
    public static PeriodExplanation of(List<IndicatorResult> indicators, List<ScoreResult> scores,
            Map<Indicator, BigDecimal> weights, AssessmentSettings.Grades grades,
            AssessmentSettings.Robustness robustness) {
        Map<GroupKey, Map<Indicator, IndicatorResult>> rows = new HashMap<>();
        for (IndicatorResult r : indicators) {
            rows.computeIfAbsent(key(r.dimension(), r.districtCode(), r.industryCode()),
                    k -> new EnumMap<>(Indicator.class)).put(Indicator.ofKey(r.indicator()), r);
        }
        Map<GroupKey, ScoreBreakdown> breakdowns = new HashMap<>();
        Map<GroupKey, Map<Indicator, Score.Term>> terms = new HashMap<>();
        Map<GroupKey, List<Gap>> gaps = new HashMap<>();
        for (ScoreResult score : scores) {
            GroupKey key = key(score.dimension(), score.districtCode(), score.industryCode());
            Map<Indicator, IndicatorResult> own = rows.getOrDefault(key, Map.of());
            Map<Indicator, Score.Term> groupTerms = new EnumMap<>(Indicator.class);
            List<Gap> groupGaps = new ArrayList<>();
            for (Indicator indicator : Indicator.values()) {
                IndicatorResult r = own.get(indicator);
                if (r == null) {
                    continue;
                }
                Ratio ratio = new Ratio(r.numerator(), r.denominator());
                groupTerms.put(indicator, new Score.Term(ratio, r.target(),
                        weights.getOrDefault(indicator, BigDecimal.ZERO)));
                OptionalLong needed = IndicatorGap.of(ratio, r.target());
                if (needed.isPresent()) {
                    groupGaps.add(new Gap(r, needed.getAsLong()));
                }
            }
            terms.put(key, groupTerms);
            ScoreBreakdown.of(groupTerms).ifPresent(b -> breakdowns.put(key, b));
            gaps.put(key, List.copyOf(groupGaps));
        }

        RankRobustness analysis = RankRobustness.of(weights, robustness, grades);
        Map<GroupKey, RankRobustness.Interval> intervals = new HashMap<>();
        for (Dimension dimension : Dimension.values()) {
            if (!dimension.isRanked()) {
                continue;
            }
            List<RankRobustness.Member<GroupKey>> members = new ArrayList<>();
            for (ScoreResult score : scores) {
                GroupKey key = key(score.dimension(), score.districtCode(), score.industryCode());
                if (key.dimension() == dimension && score.rank() != null && breakdowns.containsKey(key)) {
                    members.add(new RankRobustness.Member<>(key, terms.get(key), score.rank(), score.grade()));
                }
            }
            intervals.putAll(analysis.intervals(members));
        }

        Map<GroupKey, Group> groups = new LinkedHashMap<>();
        for (ScoreResult score : scores) {
            GroupKey key = key(score.dimension(), score.districtCode(), score.industryCode());
            groups.put(key, new Group(key, score, Collections.unmodifiableMap(rows.getOrDefault(key, Map.of())),
                    breakdowns.get(key), gaps.get(key), intervals.get(key)));
        }
        return new PeriodExplanation(Collections.unmodifiableMap(groups));
    }

    /** Every group, in the order of scores-P.csv. */
    public List<Group> groups() {
        return List.copyOf(groups.values());
    }

    /** The group of a key; null when the period has no such group. */
    public Group group(GroupKey key) {
        return groups.get(key);
    }

    private static GroupKey key(String dimension, String district, String industry) {
        return new GroupKey(Dimension.ofKey(dimension), district, industry);
    }
}
