package org.unionstat.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.unionstat.domain.Period;

class AffectedPeriodsTest {

    private static Set<Period> periods(String... periods) {
        return Arrays.stream(periods).map(Period::parse).collect(Collectors.toSet());
    }

    private static List<String> names(List<Period> periods) {
        return periods.stream().map(Period::toString).toList();
    }

    private static AffectedPeriods.Data data(Set<Period> withReports, Set<Integer> registries, Set<Period> computed) {
        return new AffectedPeriods.Data() {
            @Override
            public Set<Period> quartersWithReports() {
                return withReports;
            }

            @Override
            public Set<Integer> registryYears() {
                return registries;
            }

            @Override
            public Set<Period> computedPeriods() {
                return computed;
            }
        };
    }

    @Test
    void aQuarterAffectsItselfTheRestOfItsYearTheNextFourQuartersAndTheirYears() {
        var data = data(periods("2024Q4", "2025Q1", "2025Q2", "2025Q3", "2025Q4", "2026Q1", "2026Q2", "2026Q3"),
                Set.of(2024, 2025), Set.of());

        assertThat(names(AffectedPeriods.of(periods("2025Q2"), Set.of(), data)))
                .containsExactly("2025Q2", "2025Q3", "2025Q4", "2026Q1", "2026Q2", "2025", "2026");
        assertThat(names(AffectedPeriods.of(periods("2024Q4"), Set.of(), data)))
                .containsExactly("2024Q4", "2025Q1", "2025Q2", "2025Q3", "2025Q4", "2024", "2025");
    }

    @Test
    void onlyPeriodsWithDataAreComputed() {
        var data = data(periods("2026Q1", "2026Q2"), Set.of(), Set.of());

        assertThat(names(AffectedPeriods.of(periods("2026Q1"), Set.of(), data)))
                .containsExactly("2026Q1", "2026Q2", "2026");
        // the new quarter's own data is what makes it a period with data
        assertThat(AffectedPeriods.of(periods("2027Q1"), Set.of(), data)).isEmpty();
    }

    @Test
    void severalQuartersAreMergedInOrder() {
        var data = data(periods("2025Q3", "2025Q4", "2026Q1"), Set.of(), Set.of());

        assertThat(names(AffectedPeriods.of(periods("2025Q4", "2025Q3"), Set.of(), data)))
                .containsExactly("2025Q3", "2025Q4", "2026Q1", "2025", "2026");
    }

    @Test
    void aRegistryAffectsTheComputedPeriodsOfItsYearAndOfLaterYearsFallingBackToIt() {
        var withReports = periods("2024Q4", "2025Q1", "2025Q2", "2026Q1", "2027Q1");
        var computed = periods("2024Q4", "2024", "2025Q1", "2025", "2026Q1", "2026", "2027Q1", "2027");
        // registries of 2024, 2025 and 2027: 2026 falls back to 2025's, 2027 has its own
        var data = data(withReports, Set.of(2024, 2025, 2027), computed);

        assertThat(names(AffectedPeriods.of(Set.of(), Set.of(2025), data)))
                .containsExactly("2025Q1", "2026Q1", "2025", "2026");
        assertThat(names(AffectedPeriods.of(Set.of(), Set.of(2024), data))).containsExactly("2024Q4", "2024");
        // 2025Q2 has data but was never computed: a registry alone does not compute it
        assertThat(names(AffectedPeriods.of(Set.of(), Set.of(2025), data))).doesNotContain("2025Q2");
    }

    @Test
    void registryUsedIsTheLatestUpToTheYear() {
        assertThat(AffectedPeriods.registryUsed(2026, Set.of(2024, 2025))).isEqualTo(2025);
        assertThat(AffectedPeriods.registryUsed(2025, Set.of(2024, 2025, 2027))).isEqualTo(2025);
        assertThat(AffectedPeriods.registryUsed(2023, Set.of(2024))).isZero();
    }
}
