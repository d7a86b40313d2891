package org.unionstat.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.unionstat.domain.Period;

/**
 * Which periods must be computed again after new files (docs/indicators.md), among those that have data:
 * <ul>
 * <li>reports of a quarter Q: Q; the later quarters of its year (satisfaction is year to date); the four quarters after
 * Q (their expected unions for reporting come from the four quarters before them); the years of all these;</li>
 * <li>the registry of a year Y: every computed period of Y and of later years that fall back to it (no registry of
 * their own, nor of a year between).</li>
 * </ul>
 * Quarters come first in time order, then years.
 */
public final class AffectedPeriods {

    /** What the database holds. */
    public interface Data {
        Set<Period> quartersWithReports();

        Set<Integer> registryYears();

        Set<Period> computedPeriods();
    }

    private AffectedPeriods() {
    }

    public static List<Period> of(Set<Period> importedQuarters, Set<Integer> importedRegistryYears, Data data) {
        Set<Period> withReports = data.quartersWithReports();
        TreeSet<Period> quarters = new TreeSet<>();
        TreeSet<Period> years = new TreeSet<>();
        for (Period q : importedQuarters) {
            Period p = q;
            for (int i = 0; i <= 4; i++) {
                quarters.add(p);
                years.add(p.yearPeriod());
                p = next(p);
            }
            for (int later = q.quarter() + 1; later <= 4; later++) {
                quarters.add(Period.ofQuarter(q.year(), later));
            }
        }
        Set<Integer> registries = data.registryYears();
        for (int year : importedRegistryYears) {
            for (Period computed : data.computedPeriods()) {
                if (computed.year() >= year && registryUsed(computed.year(), registries) == year) {
                    (computed.isYear() ? years : quarters).add(computed);
                }
            }
        }
        List<Period> affected = new ArrayList<>();
        quarters.stream().filter(withReports::contains).forEach(affected::add);
        years.stream().filter(y -> y.quartersToDate().stream().anyMatch(withReports::contains)).forEach(affected::add);
        return affected;
    }

    /** The registry a period of {@code year} reads: its own, else the latest earlier one; 0 if none. */
    static int registryUsed(int year, Set<Integer> registries) {
        return registries.stream().filter(y -> y <= year).max(Integer::compare).orElse(0);
    }

    private static Period next(Period quarter) {
        return quarter.quarter() == 4 ? Period.ofQuarter(quarter.year() + 1, 1)
                : Period.ofQuarter(quarter.year(), quarter.quarter() + 1);
    }
}
