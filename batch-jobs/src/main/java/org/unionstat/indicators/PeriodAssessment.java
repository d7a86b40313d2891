package org.unionstat.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.unionstat.domain.Dimension;
import org.unionstat.domain.District;
import org.unionstat.domain.Indicator;
import org.unionstat.domain.Industry;
import org.unionstat.domain.Period;
import org.unionstat.domain.ReferenceData;

/**
 * The computed figures of a period: for every group, in output order, its eight indicators (value, met, rank) and its
 * score (rank, grade). Built from the numerators and denominators the database aggregated; no database access here.
 */
public record PeriodAssessment(Period period, List<Group> groups) {

    /** One group's rows; {@code displayOrder} is its position in the outputs (city, districts, industries, pairs). */
    public record Group(GroupKey key, int displayOrder, List<IndicatorResult> indicators, ScoreResult score) {
    }

    public List<IndicatorResult> indicators() {
        return groups.stream().flatMap(g -> g.indicators().stream()).toList();
    }

    public List<ScoreResult> scores() {
        return groups.stream().map(Group::score).toList();
    }

    /**
     * @param ratios per dimension, the ratios of the groups that have data (a missing group or indicator is 0/0)
     */
    public static PeriodAssessment of(Period period, ReferenceData reference, AssessmentSettings settings,
            Map<Dimension, Map<GroupKey, Map<Indicator, Ratio>>> ratios) {
        List<GroupKey> keys = groupsInOrder(reference, ratios.getOrDefault(Dimension.DISTRICT_INDUSTRY, Map.of()));

        Map<GroupKey, Map<Indicator, Ratio>> figures = new LinkedHashMap<>();
        Map<GroupKey, BigDecimal> scores = new HashMap<>();
        for (GroupKey key : keys) {
            Map<Indicator, Ratio> found = ratios.getOrDefault(key.dimension(), Map.of()).getOrDefault(key, Map.of());
            Map<Indicator, Ratio> all = new EnumMap<>(Indicator.class);
            List<Score.Term> terms = new ArrayList<>();
            for (Indicator indicator : Indicator.values()) {
                Ratio ratio = found.getOrDefault(indicator, Ratio.NONE);
                all.put(indicator, ratio);
                terms.add(new Score.Term(ratio, settings.target(indicator), settings.weight(indicator)));
            }
            figures.put(key, all);
            scores.put(key, Score.of(terms).orElse(null));
        }

        Map<GroupKey, Map<Indicator, Integer>> indicatorRanks = new HashMap<>();
        Map<GroupKey, Integer> scoreRanks = new HashMap<>();
        for (Dimension dimension : Dimension.values()) {
            if (!dimension.isRanked()) {
                continue;
            }
            List<GroupKey> members = keys.stream().filter(k -> k.dimension() == dimension).toList();
            for (Indicator indicator : Indicator.values()) {
                Map<GroupKey, BigDecimal> values = new LinkedHashMap<>();
                members.forEach(k -> values.put(k, figures.get(k).get(indicator).rankingValue()));
                CompetitionRanking.rank(values).forEach((k, rank) ->
                        indicatorRanks.computeIfAbsent(k, x -> new EnumMap<>(Indicator.class)).put(indicator, rank));
            }
            Map<GroupKey, BigDecimal> values = new LinkedHashMap<>();
            members.forEach(k -> values.put(k, scores.get(k)));
            scoreRanks.putAll(CompetitionRanking.rank(values));
        }

        String periodName = period.toString();
        List<Group> groups = new ArrayList<>(keys.size());
        for (GroupKey key : keys) {
            List<IndicatorResult> rows = new ArrayList<>(Indicator.values().length);
            for (Indicator indicator : Indicator.values()) {
                Ratio ratio = figures.get(key).get(indicator);
                BigDecimal target = settings.target(indicator);
                rows.add(new IndicatorResult(periodName, key.dimension().key(), key.districtCode(), key.industryCode(),
                        indicator.key(), ratio.numerator(), ratio.denominator(), ratio.value(), target,
                        ratio.met(target), indicatorRanks.getOrDefault(key, Map.of()).get(indicator)));
            }
            BigDecimal score = scores.get(key);
            ScoreResult scoreRow = new ScoreResult(periodName, key.dimension().key(), key.districtCode(),
                    key.industryCode(), score, scoreRanks.get(key),
                    score == null ? null : Grade.of(score, settings.grades()).label());
            groups.add(new Group(key, groups.size(), List.copyOf(rows), scoreRow));
        }
        return new PeriodAssessment(period, List.copyOf(groups));
    }

    /**
     * City; every district and every industry of config/, in file order; the district × industry pairs for which
     * at least one indicator has a non-zero denominator, by district then industry in file order (codes missing from
     * config/, which validation keeps out, would come last).
     */
    static List<GroupKey> groupsInOrder(ReferenceData reference, Map<GroupKey, Map<Indicator, Ratio>> pairs) {
        List<GroupKey> keys = new ArrayList<>();
        keys.add(GroupKey.CITY);
        List<String> districts = reference.districts().stream().map(District::code).toList();
        List<String> industries = reference.industries().stream().map(Industry::code).toList();
        districts.forEach(code -> keys.add(GroupKey.district(code)));
        industries.forEach(code -> keys.add(GroupKey.industry(code)));
        pairs.entrySet().stream()
                .filter(e -> e.getValue().values().stream().anyMatch(Ratio::isAvailable))
                .map(Map.Entry::getKey)
                .sorted(Comparator.<GroupKey>comparingInt(k -> position(districts, k.districtCode()))
                        .thenComparing(GroupKey::districtCode)
                        .thenComparingInt(k -> position(industries, k.industryCode()))
                        .thenComparing(GroupKey::industryCode))
                .forEach(keys::add);
        return keys;
    }

    private static int position(List<String> codes, String code) {
        int index = codes.indexOf(code);
        return index < 0 ? Integer.MAX_VALUE : index;
    }
}
