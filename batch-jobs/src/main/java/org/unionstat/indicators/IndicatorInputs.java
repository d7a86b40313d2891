package org.unionstat.indicators;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.unionstat.domain.Dimension;
import org.unionstat.domain.Indicator;
import org.unionstat.domain.Period;
import org.unionstat.indicators.IndicatorInputMapper.ReportingWindow;

/**
 * Reads the numerators and denominators of a period from the database (SPEC §4, "Annual figures" for a year): one
 * set-based query per indicator family, grouped by district × industry, rolled up here to the city, the districts
 * and the industries. The roll-up is exact because every numerator and denominator is a sum or a count, and every
 * counted thing (a report, a union, a registry unit) is attributed to exactly one district × industry pair.
 */
@Component
public class IndicatorInputs {

    private final IndicatorInputMapper mapper;
    private final AssessmentSettings settings;

    public IndicatorInputs(IndicatorInputMapper mapper, AssessmentSettings settings) {
        this.mapper = mapper;
        this.settings = settings;
    }

    /** Per dimension, the ratios of every group that has data; groups without data are absent. */
    public Map<Dimension, Map<GroupKey, Map<Indicator, Ratio>>> ratios(Period period) {
        return rollUp(pairRatios(period));
    }

    /** The ratios of every district × industry pair that has data, keyed by {@link GroupKey#pair}. */
    Map<GroupKey, Map<Indicator, Ratio>> pairRatios(Period period) {
        Map<GroupKey, Map<Indicator, Ratio>> pairs = new LinkedHashMap<>();
        List<String> satisfactionPeriods = names(period.quartersToDate());
        if (period.isYear()) {
            for (var t : mapper.unionTotals(reportPeriods(period), settings.annualActivityBar())) {
                putUnionTotals(pair(pairs, t.districtCode(), t.industryCode()), t);
            }
            putSatisfaction(pairs, mapper.satisfactionTotals(satisfactionPeriods));
        } else {
            // a quarter's union totals are its own reports: one scan, which also sums the year to date's
            // satisfaction when that is the quarter alone (Q1)
            boolean withSatisfaction = satisfactionPeriods.equals(reportPeriods(period));
            for (var t : mapper.quarterTotals(period.toString(), settings.activityBar(), withSatisfaction)) {
                Map<Indicator, Ratio> ratios = pair(pairs, t.districtCode(), t.industryCode());
                putUnionTotals(ratios, t.unionTotals());
                if (withSatisfaction) {
                    ratios.put(Indicator.SATISFACTION, new Ratio(t.satisfied(), t.evaluated()));
                }
            }
            if (!withSatisfaction) {
                putSatisfaction(pairs, mapper.satisfactionTotals(satisfactionPeriods));
            }
        }
        Integer registryYear = mapper.latestRegistryYear(period.year());
        if (registryYear != null) { // no registry at all: coverage stays unavailable
            for (var t : mapper.coverageTotals(registryYear, settings.requiredUnitEmployees(), reportPeriods(period))) {
                pair(pairs, t.districtCode(), t.industryCode()).put(Indicator.COVERAGE, new Ratio(t.covered(), t.required()));
            }
        }
        for (var t : mapper.reportingTotals(reportingWindows(period))) {
            pair(pairs, t.districtCode(), t.industryCode()).put(Indicator.REPORTING, new Ratio(t.onTime(), t.expected()));
        }
        return pairs;
    }

    /**
     * The pairs' ratios, and the city's, each district's and each industry's as the sums of their pairs' numerators
     * and denominators. Only groups with at least one pair appear.
     */
    static Map<Dimension, Map<GroupKey, Map<Indicator, Ratio>>> rollUp(Map<GroupKey, Map<Indicator, Ratio>> pairs) {
        Map<Dimension, Map<GroupKey, Map<Indicator, Ratio>>> groups = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            groups.put(dimension, new LinkedHashMap<>());
        }
        pairs.forEach((pair, ratios) -> {
            if (pair.dimension() != Dimension.DISTRICT_INDUSTRY) {
                throw new IllegalArgumentException("not a district × industry pair: " + pair);
            }
            for (GroupKey key : List.of(GroupKey.CITY, GroupKey.district(pair.districtCode()),
                    GroupKey.industry(pair.industryCode()), pair)) {
                Map<Indicator, Ratio> sums = groups.get(key.dimension())
                        .computeIfAbsent(key, k -> new EnumMap<>(Indicator.class));
                ratios.forEach((indicator, ratio) -> sums.merge(indicator, ratio, Ratio::plus));
            }
        });
        return groups;
    }

    /** The periods whose rows the figures of {@code period} are computed from (for the inputs fingerprint). */
    public List<String> periodsRead(Period period) {
        Set<String> periods = new LinkedHashSet<>(reportPeriods(period));
        periods.addAll(names(period.quartersToDate()));
        for (ReportingWindow window : reportingWindows(period)) {
            periods.add(window.quarter());
            periods.addAll(window.expectedFrom());
        }
        return List.copyOf(periods);
    }

    /** The reports of stock figures, activity and coverage: P for a quarter, the four quarters of a year. */
    private static List<String> reportPeriods(Period period) {
        return period.isYear() ? names(period.quartersToDate()) : List.of(period.toString());
    }

    /** The quarter itself, or each quarter of a year (SPEC: Σ on-time ÷ Σ expected over the year's four quarters). */
    List<ReportingWindow> reportingWindows(Period period) {
        List<ReportingWindow> windows = new ArrayList<>();
        for (Period quarter : period.isYear() ? period.quartersToDate() : List.of(period)) {
            windows.add(new ReportingWindow(quarter.toString(), names(quarter.quartersBefore(4)),
                    quarter.lastDay().plusDays(settings.deadlineDays())));
        }
        return windows;
    }

    private static void putUnionTotals(Map<Indicator, Ratio> ratios, IndicatorInputMapper.UnionTotals t) {
        ratios.put(Indicator.ENROLLMENT, new Ratio(t.members(), t.employees()));
        ratios.put(Indicator.INFO_COLLECTION, new Ratio(t.infoCollected(), t.members()));
        ratios.put(Indicator.JINGKA, new Ratio(t.cardsIssued(), t.members()));
        ratios.put(Indicator.ACTIVITY, new Ratio(t.activeUnions(), t.unions()));
        ratios.put(Indicator.MIGRANT_ENROLLMENT, new Ratio(t.migrantMembers(), t.migrantEmployees()));
    }

    private static void putSatisfaction(Map<GroupKey, Map<Indicator, Ratio>> pairs,
            List<IndicatorInputMapper.SatisfactionTotals> totals) {
        for (var t : totals) {
            pair(pairs, t.districtCode(), t.industryCode()).put(Indicator.SATISFACTION, new Ratio(t.satisfied(), t.evaluated()));
        }
    }

    private static Map<Indicator, Ratio> pair(Map<GroupKey, Map<Indicator, Ratio>> pairs, String districtCode,
            String industryCode) {
        return pairs.computeIfAbsent(GroupKey.pair(districtCode, industryCode), k -> new EnumMap<>(Indicator.class));
    }

    private static List<String> names(List<Period> periods) {
        return periods.stream().map(Period::toString).toList();
    }
}
