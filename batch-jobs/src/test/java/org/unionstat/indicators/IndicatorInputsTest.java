package org.unionstat.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.unionstat.domain.Dimension;
import org.unionstat.domain.Indicator;

/** Rolling the district × industry pairs up to the city, the districts and the industries (no database). */
class IndicatorInputsTest {

    private final Map<GroupKey, Map<Indicator, Ratio>> pairs = new LinkedHashMap<>();

    private void pair(String district, String industry, Indicator indicator, long numerator, long denominator) {
        pairs.computeIfAbsent(GroupKey.pair(district, industry), k -> new EnumMap<>(Indicator.class))
                .put(indicator, new Ratio(numerator, denominator));
    }

    @Test
    void eachGroupAddsUpTheNumeratorsAndDenominatorsOfItsPairs() {
        pair("D1", "C", Indicator.ENROLLMENT, 90, 100);
        pair("D1", "C", Indicator.COVERAGE, 3, 4);
        pair("D1", "F", Indicator.ENROLLMENT, 30, 40);
        pair("D2", "C", Indicator.ENROLLMENT, 5, 10);
        pair("D2", "C", Indicator.REPORTING, 0, 2);
        pair("D2", "F", Indicator.COVERAGE, 1, 1); // coverage only: no other figure of D2/F

        Map<Dimension, Map<GroupKey, Map<Indicator, Ratio>>> groups = IndicatorInputs.rollUp(pairs);

        assertThat(groups.get(Dimension.CITY)).containsOnlyKeys(GroupKey.CITY);
        assertThat(groups.get(Dimension.CITY).get(GroupKey.CITY)).isEqualTo(Map.of(
                Indicator.ENROLLMENT, new Ratio(125, 150),
                Indicator.COVERAGE, new Ratio(4, 5),
                Indicator.REPORTING, new Ratio(0, 2)));

        assertThat(groups.get(Dimension.DISTRICT)).containsOnlyKeys(GroupKey.district("D1"), GroupKey.district("D2"));
        assertThat(groups.get(Dimension.DISTRICT).get(GroupKey.district("D1"))).isEqualTo(Map.of(
                Indicator.ENROLLMENT, new Ratio(120, 140),
                Indicator.COVERAGE, new Ratio(3, 4)));
        assertThat(groups.get(Dimension.DISTRICT).get(GroupKey.district("D2"))).isEqualTo(Map.of(
                Indicator.ENROLLMENT, new Ratio(5, 10),
                Indicator.COVERAGE, new Ratio(1, 1),
                Indicator.REPORTING, new Ratio(0, 2)));

        assertThat(groups.get(Dimension.INDUSTRY)).containsOnlyKeys(GroupKey.industry("C"), GroupKey.industry("F"));
        assertThat(groups.get(Dimension.INDUSTRY).get(GroupKey.industry("C"))).isEqualTo(Map.of(
                Indicator.ENROLLMENT, new Ratio(95, 110),
                Indicator.COVERAGE, new Ratio(3, 4),
                Indicator.REPORTING, new Ratio(0, 2)));
        assertThat(groups.get(Dimension.INDUSTRY).get(GroupKey.industry("F"))).isEqualTo(Map.of(
                Indicator.ENROLLMENT, new Ratio(30, 40),
                Indicator.COVERAGE, new Ratio(1, 1)));

        // the pairs themselves, unchanged
        assertThat(groups.get(Dimension.DISTRICT_INDUSTRY)).isEqualTo(pairs);
    }

    @Test
    void noPairsNoGroups() {
        Map<Dimension, Map<GroupKey, Map<Indicator, Ratio>>> groups = IndicatorInputs.rollUp(pairs);
        assertThat(groups).containsOnlyKeys(Dimension.values());
        assertThat(groups.values()).allMatch(Map::isEmpty);
    }

    @Test
    void onlyPairsCanBeRolledUp() {
        pairs.put(GroupKey.district("D1"), Map.of(Indicator.ENROLLMENT, new Ratio(1, 2)));
        assertThatThrownBy(() -> IndicatorInputs.rollUp(pairs)).isInstanceOf(IllegalArgumentException.class);
    }
}
