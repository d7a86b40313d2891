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
 * Reads the numerators and denominators of a period from the database, one set-based query per indicator family and
 * dimension (SPEC §4, "Annual figures" for a year).
 */
@Component
public class IndicatorInputs {

    private final IndicatorInputMapper mapper;
    private final AssessmentSettings settings;

    public IndicatorInputs(IndicatorInputMapper mapper, AssessmentSettings settings) {
        this.mapper = mapper;
        this.settings = settings;
    }

    /** The ratios of every group of {@code dimension} that has data; groups without data are absent. */
    public Map<GroupKey, Map<Indicator, Ratio>> ratios(Period period, Dimension dimension) {
        Map<GroupKey, Map<Indicator, Ratio>> groups = new LinkedHashMap<>();
        String key = dimension.key();
        List<String> reportPeriods = reportPeriods(period);
        long activityBar = period.isYear() ? settings.annualActivityBar() : settings.activityBar();

        for (var t : mapper.unionTotals(key, reportPeriods, activityBar)) {
            Map<Indicator, Ratio> ratios = group(groups, dimension, t.districtCode(), t.industryCode());
            ratios.put(Indicator.ENROLLMENT, new Ratio(t.members(), t.employees()));
            ratios.put(Indicator.INFO_COLLECTION, new Ratio(t.infoCollected(), t.members()));
            ratios.put(Indicator.JINGKA, new Ratio(t.cardsIssued(), t.members()));
            ratios.put(Indicator.ACTIVITY, new Ratio(t.activeUnions(), t.unions()));
            ratios.put(Indicator.MIGRANT_ENROLLMENT, new Ratio(t.migrantMembers(), t.migrantEmployees()));
        }
        for (var t : mapper.satisfactionTotals(key, names(period.quartersToDate()))) {
            group(groups, dimension, t.districtCode(), t.industryCode())
                    .put(Indicator.SATISFACTION, new Ratio(t.satisfied(), t.evaluated()));
        }
        Integer registryYear = mapper.latestRegistryYear(period.year());
        if (registryYear != null) { // no registry at all: coverage stays unavailable
            for (var t : mapper.coverageTotals(key, registryYear, settings.requiredUnitEmployees(), reportPeriods)) {
                group(groups, dimension, t.districtCode(), t.industryCode())
                        .put(Indicator.COVERAGE, new Ratio(t.covered(), t.required()));
            }
        }
        for (var t : mapper.reportingTotals(key, reportingWindows(period))) {
            group(groups, dimension, t.districtCode(), t.industryCode())
                    .put(Indicator.REPORTING, new Ratio(t.onTime(), t.expected()));
        }
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

    private static Map<Indicator, Ratio> group(Map<GroupKey, Map<Indicator, Ratio>> groups, Dimension dimension,
            String districtCode, String industryCode) {
        return groups.computeIfAbsent(new GroupKey(dimension, districtCode, industryCode),
                k -> new EnumMap<>(Indicator.class));
    }

    private static List<String> names(List<Period> periods) {
        return periods.stream().map(Period::toString).toList();
    }
}
