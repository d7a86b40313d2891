package org.unionstat.indicators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.apache.ibatis.session.SqlSessionFactory;
import org.springframework.stereotype.Component;

import org.unionstat.batch.SideBySide;
import org.unionstat.domain.Dimension;
import org.unionstat.domain.Indicator;
import org.unionstat.domain.Period;
import org.unionstat.indicators.IndicatorInputMapper.CoverageTotals;
import org.unionstat.indicators.IndicatorInputMapper.ReportingWindow;

/**
 * Reads the numerators and denominators of a period from the database (docs/indicators.md#annual-figures for a year): one
 * set-based query per indicator family, grouped by district × industry, rolled up here to the city, the districts
 * and the industries. The roll-up is exact because every numerator and denominator is a sum or a count, and every
 * counted thing (a report, a union, a registry unit) is attributed to exactly one district × industry pair.
 */
@Component
public class IndicatorInputs {

    /** Check characters below it (0-9, A-E) and from it (F-Y): 15 and 16 of the 31 a USCC may end with. */
    private static final String CHECK_CHARACTER_SPLIT = "F";

    private final IndicatorInputMapper mapper;
    private final AssessmentSettings settings;
    /**
     * Whether the database is a server (MySQL, MariaDB), whose queries wait for its disk, rather than the embedded H2,
     * which computes them on this JVM's threads.
     */
    private final boolean server;

    public IndicatorInputs(IndicatorInputMapper mapper, AssessmentSettings settings, SqlSessionFactory sessions) {
        this.mapper = mapper;
        this.settings = settings;
        this.server = "mysql".equals(sessions.getConfiguration().getDatabaseId());
    }

    /** Per dimension, the ratios of every group that has data; groups without data are absent. */
    public Map<Dimension, Map<GroupKey, Map<Indicator, Ratio>>> ratios(Period period) {
        return rollUp(pairRatios(period));
    }

    /**
     * The ratios of every district × industry pair that has data, keyed by {@link GroupKey#pair}. On a database server
     * the queries run all at once, more of them than there are processors: the server runs each on one core, and
     * right after an import much of what they read is not in its buffer pool, so while one waits for the disk another
     * computes (at a million reports on MariaDB: 3.5 s rather than 5.0 s with one query per processor). On H2, which
     * computes in this JVM, they run one per processor. Their results are added in a fixed order, so the pairs come
     * out the same way every time.
     */
    Map<GroupKey, Map<Indicator, Ratio>> pairRatios(Period period) {
        List<String> yearToDate = names(period.quartersToDate());
        List<String> reportPeriods = reportPeriods(period);
        List<Callable<Consumer<Map<GroupKey, Map<Indicator, Ratio>>>>> queries = new ArrayList<>();
        // coverage by reports, the longest (every report's unit looked up in the registry), first; on a server in
        // two halves, so that it is not the one query left running at the end: the units are split by the last
        // character of their code, a check character spread evenly over the codes (at 1M reports 48 % and 52 %);
        // any split is exact, as a unit falls in one half. (H2 would walk all the reports' units for each half.)
        Integer registryYear = mapper.latestRegistryYear(period.year());
        long threshold = settings.requiredUnitEmployees();
        if (registryYear != null) { // no registry at all: coverage stays unavailable
            List<String> splits = server ? Arrays.asList(null, CHECK_CHARACTER_SPLIT, null) : Arrays.asList(null, null);
            for (int i = 0; i + 1 < splits.size(); i++) {
                String from = splits.get(i);
                String below = splits.get(i + 1);
                queries.add(() -> coverage(mapper.unitsCoveredByReports(registryYear, threshold, reportPeriods, from,
                        below)));
            }
        }
        queries.add(() -> {
            var totals = mapper.reportingTotals(reportingWindows(period));
            return pairs -> totals.forEach(t -> pair(pairs, t.districtCode(), t.industryCode())
                    .put(Indicator.REPORTING, new Ratio(t.onTime(), t.expected())));
        });
        if (period.isYear()) {
            queries.add(() -> {
                var totals = mapper.unionTotals(reportPeriods, settings.annualActivityBar());
                return pairs -> totals.forEach(t -> putUnionTotals(pair(pairs, t.districtCode(), t.industryCode()), t));
            });
            queries.add(() -> {
                var totals = mapper.satisfactionTotals(yearToDate);
                return pairs -> totals.forEach(t -> pair(pairs, t.districtCode(), t.industryCode())
                        .put(Indicator.SATISFACTION, new Ratio(t.satisfied(), t.evaluated())));
            });
        } else {
            // a quarter's union totals are its own reports: one scan, which also sums the year to date's satisfaction
            queries.add(() -> {
                var totals = mapper.quarterTotals(period.toString(), settings.activityBar(), yearToDate);
                return pairs -> totals.forEach(t -> {
                    Map<Indicator, Ratio> ratios = pair(pairs, t.districtCode(), t.industryCode());
                    if (t.unions() > 0) {
                        putUnionTotals(ratios, t.unionTotals());
                    }
                    ratios.put(Indicator.SATISFACTION, new Ratio(t.satisfied(), t.evaluated()));
                });
            });
        }
        if (registryYear != null) {
            queries.add(() -> coverage(mapper.unitsCoveredOnlyAsCoveredUnits(registryYear, threshold, reportPeriods)));
            queries.add(() -> coverage(mapper.requiredUnits(registryYear, threshold)));
        }
        Map<GroupKey, Map<Indicator, Ratio>> pairs = new LinkedHashMap<>();
        int threads = server ? queries.size() : Runtime.getRuntime().availableProcessors();
        SideBySide.run("indicators-" + period, threads, queries).forEach(add -> add.accept(pairs));
        return pairs;
    }

    /** Adds a part of coverage (required units, or covered ones) to the pairs' coverage. */
    private static Consumer<Map<GroupKey, Map<Indicator, Ratio>>> coverage(List<CoverageTotals> totals) {
        return pairs -> totals.forEach(t -> pair(pairs, t.districtCode(), t.industryCode())
                .merge(Indicator.COVERAGE, new Ratio(t.covered(), t.required()), Ratio::plus));
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

    /** The quarter itself, or each quarter of a year (docs/indicators.md#annual-figures: Σ on-time ÷ Σ expected over the year's four quarters). */
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

    private static Map<Indicator, Ratio> pair(Map<GroupKey, Map<Indicator, Ratio>> pairs, String districtCode,
            String industryCode) {
        return pairs.computeIfAbsent(GroupKey.pair(districtCode, industryCode), k -> new EnumMap<>(Indicator.class));
    }

    private static List<String> names(List<Period> periods) {
        return periods.stream().map(Period::toString).toList();
    }
}
