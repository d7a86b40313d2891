package org.unionstat.report.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import org.unionstat.domain.Dimension;
import org.unionstat.domain.District;
import org.unionstat.domain.Indicator;
import org.unionstat.domain.Industry;
import org.unionstat.domain.Period;
import org.unionstat.domain.ReferenceData;
import org.unionstat.domain.UserFacingException;
import org.unionstat.indicators.GroupKey;
import org.unionstat.indicators.IndicatorResult;
import org.unionstat.indicators.IndicatorResultMapper;
import org.unionstat.indicators.PeriodExplanation;
import org.unionstat.indicators.ScoreResult;

/** Reads the computed figures of a period, the period before and the trend quarters (indicator_result, score_result). */
@Component
public class AssessmentFiguresLoader {

    /** A quarter's trend chart shows it and the seven quarters before: two years. */
    static final int TREND_QUARTERS = 8;

    private static final Comparator<GroupFigures> BY_RANK = Comparator
            .comparing(GroupFigures::rank, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(GroupFigures::districtCode)
            .thenComparing(GroupFigures::industryCode);

    private final IndicatorResultMapper results;
    private final ReferenceData reference;
    private final WorkbookStandards standards;
    private final PeriodExplanations explanations;
    private final ReportMemo memo;

    AssessmentFiguresLoader(IndicatorResultMapper results, ReferenceData reference, WorkbookStandards standards,
            PeriodExplanations explanations, ReportMemo memo) {
        this.results = results;
        this.reference = reference;
        this.standards = standards;
        this.explanations = explanations;
        this.memo = memo;
    }

    /** The figures of {@code period}; within a report, read once for all its outputs. */
    public AssessmentFigures load(Period period) {
        return memo.get(period, AssessmentFigures.class, () -> read(period));
    }

    private AssessmentFigures read(Period period) {
        List<IndicatorResult> indicators = results.findIndicators(period.toString());
        List<ScoreResult> scores = results.findScores(period.toString());
        if (indicators.isEmpty() && scores.isEmpty()) {
            throw new UserFacingException("no computed figures for " + period + ": run `compute --period " + period
                    + "` first");
        }
        Period previous = period.previous();
        List<ScoreResult> previousScores = results.findScores(previous.toString());
        Map<Key, ScoreResult> scoreByKey = index(scores);
        Map<Key, ScoreResult> previousByKey = index(previousScores);
        Map<Key, Map<Indicator, IndicatorResult>> indicatorsByKey = new LinkedHashMap<>();
        Map<Indicator, BigDecimal> computedTargets = new EnumMap<>(Indicator.class);
        for (IndicatorResult r : indicators) {
            Indicator indicator = Indicator.ofKey(r.indicator());
            indicatorsByKey.computeIfAbsent(Key.of(r.dimension(), r.districtCode(), r.industryCode()),
                    k -> new EnumMap<>(Indicator.class)).put(indicator, r);
            if (Dimension.CITY.key().equals(r.dimension())) {
                computedTargets.put(indicator, r.target());
            }
        }
        PeriodExplanation explanation = explanations.load(period, indicators, scores);
        Function<Key, GroupFigures> group = key -> {
            ScoreResult score = scoreByKey.get(key);
            ScoreResult before = previousByKey.get(key);
            return new GroupFigures(key.district(), key.industry(), name(key, false), name(key, true),
                    score == null ? null : score.score(), score == null ? null : score.grade(),
                    score == null ? null : score.rank(), indicatorsByKey.getOrDefault(key, Map.of()),
                    before == null ? null : before.rank(), before == null ? null : before.score(),
                    explanation.group(new GroupKey(Dimension.ofKey(key.dimension()), key.district(),
                            key.industry())));
        };

        List<GroupFigures> districts = new ArrayList<>();
        for (District district : reference.districts()) {
            districts.add(group.apply(Key.of(Dimension.DISTRICT.key(), district.code(), "")));
        }
        districts.sort(BY_RANK);
        List<GroupFigures> industries = new ArrayList<>();
        for (Industry industry : reference.industries()) {
            industries.add(group.apply(Key.of(Dimension.INDUSTRY.key(), "", industry.code())));
        }
        industries.sort(BY_RANK);
        List<Key> pairKeys = new ArrayList<>();
        for (Key key : union(scoreByKey, indicatorsByKey)) {
            if (Dimension.DISTRICT_INDUSTRY.key().equals(key.dimension())) {
                pairKeys.add(key);
            }
        }
        pairKeys.sort(Comparator.comparing(Key::district).thenComparing(Key::industry));

        Map<Indicator, IndicatorResult> previousCity = new EnumMap<>(Indicator.class);
        if (!previousScores.isEmpty()) {
            for (IndicatorResult r : results.findIndicators(previous.toString())) {
                if (Dimension.CITY.key().equals(r.dimension())) {
                    previousCity.put(Indicator.ofKey(r.indicator()), r);
                }
            }
        }
        List<Period> trendPeriods = trendPeriods(period);
        return new AssessmentFigures(period, previous, !previousScores.isEmpty(),
                standards.withTargets(computedTargets), group.apply(Key.of(Dimension.CITY.key(), "", "")),
                List.copyOf(districts), List.copyOf(industries), pairKeys.stream().map(group).toList(),
                previousCity, trendPeriods, trend(trendPeriods, period, scores));
    }

    /** A quarter: it and the seven before. A year: its quarters. */
    static List<Period> trendPeriods(Period period) {
        if (period.isYear()) {
            return period.quartersToDate();
        }
        List<Period> quarters = new ArrayList<>(period.quartersBefore(TREND_QUARTERS - 1));
        quarters.add(period);
        return List.copyOf(quarters);
    }

    private Map<String, List<BigDecimal>> trend(List<Period> periods, Period current, List<ScoreResult> currentScores) {
        Map<String, List<BigDecimal>> trend = new LinkedHashMap<>();
        trend.put(AssessmentFigures.CITY, new ArrayList<>());
        reference.districts().forEach(d -> trend.put(d.code(), new ArrayList<>()));
        for (Period p : periods) {
            List<ScoreResult> scores = p.equals(current) ? currentScores : results.findScores(p.toString());
            Map<String, BigDecimal> byDistrict = new HashMap<>();
            for (ScoreResult s : scores) {
                if (Dimension.CITY.key().equals(s.dimension())) {
                    byDistrict.put(AssessmentFigures.CITY, s.score());
                } else if (Dimension.DISTRICT.key().equals(s.dimension())) {
                    byDistrict.put(s.districtCode(), s.score());
                }
            }
            trend.forEach((code, values) -> values.add(byDistrict.get(code)));
        }
        trend.replaceAll((code, values) -> Collections.unmodifiableList(values));
        return Collections.unmodifiableMap(trend);
    }

    private String name(Key key, boolean english) {
        String district = key.district().isEmpty() ? "" : reference.district(key.district())
                .map(d -> english ? d.nameEn() : d.name()).orElse(key.district());
        String industry = key.industry().isEmpty() ? "" : reference.industry(key.industry())
                .map(i -> english ? i.nameEn() : i.name()).orElse(key.industry());
        if (district.isEmpty() && industry.isEmpty()) {
            return english ? "City" : "全市";
        }
        return district.isEmpty() ? industry : industry.isEmpty() ? district : district + " · " + industry;
    }

    private static Map<Key, ScoreResult> index(List<ScoreResult> scores) {
        Map<Key, ScoreResult> byKey = new LinkedHashMap<>();
        scores.forEach(s -> byKey.put(Key.of(s.dimension(), s.districtCode(), s.industryCode()), s));
        return byKey;
    }

    private static Set<Key> union(Map<Key, ?> a, Map<Key, ?> b) {
        Set<Key> keys = new LinkedHashSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }

    private record Key(String dimension, String district, String industry) {
        static Key of(String dimension, String district, String industry) {
            return new Key(dimension, district == null ? "" : district, industry == null ? "" : industry);
        }
    }
}
