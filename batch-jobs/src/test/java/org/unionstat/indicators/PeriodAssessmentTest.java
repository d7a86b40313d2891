package org.unionstat.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.unionstat.domain.Dimension;
import org.unionstat.domain.District;
import org.unionstat.domain.Indicator;
import org.unionstat.domain.Industry;
import org.unionstat.domain.Period;
import org.unionstat.domain.ReferenceData;

/** Assembling the rows from aggregated ratios: groups, order, scores, ranks (no database). */
class PeriodAssessmentTest {

    // config order differs from code order on purpose
    private final ReferenceData reference = new ReferenceData(
            List.of(new District("110108", "海淀区", "Haidian"), new District("110101", "东城区", "Dongcheng"),
                    new District("110105", "朝阳区", "Chaoyang")),
            List.of(new Industry("P", "教育", "Education"), new Industry("C", "制造业", "Manufacturing")));

    private final Map<Dimension, Map<GroupKey, Map<Indicator, Ratio>>> ratios = new EnumMap<>(Dimension.class);

    private void put(GroupKey key, Indicator indicator, long numerator, long denominator) {
        ratios.computeIfAbsent(key.dimension(), d -> new LinkedHashMap<>())
                .computeIfAbsent(key, k -> new EnumMap<>(Indicator.class))
                .put(indicator, new Ratio(numerator, denominator));
    }

    private PeriodAssessment assess() {
        return PeriodAssessment.of(Period.parse("2026Q3"), reference, AssessmentSettings.defaults(), ratios);
    }

    @Test
    void everyDistrictAndIndustryOfConfigInConfigOrderAndPairsOnlyWithData() {
        put(GroupKey.pair("110101", "C"), Indicator.ENROLLMENT, 8, 10);
        put(GroupKey.pair("110101", "P"), Indicator.COVERAGE, 1, 2);
        put(GroupKey.pair("110108", "C"), Indicator.REPORTING, 0, 3);
        // a pair whose every denominator is 0 is left out
        put(GroupKey.pair("110105", "C"), Indicator.SATISFACTION, 0, 0);

        assertThat(assess().groups()).extracting(PeriodAssessment.Group::key).containsExactly(
                GroupKey.CITY, GroupKey.district("110108"), GroupKey.district("110101"), GroupKey.district("110105"),
                GroupKey.industry("P"), GroupKey.industry("C"),
                GroupKey.pair("110108", "C"), GroupKey.pair("110101", "P"), GroupKey.pair("110101", "C"));
        assertThat(assess().groups()).extracting(PeriodAssessment.Group::displayOrder)
                .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    void aGroupHasARowForEveryIndicatorInSpecOrder() {
        put(GroupKey.pair("110101", "P"), Indicator.COVERAGE, 1, 2);
        PeriodAssessment.Group pair = assess().groups().get(6);
        assertThat(pair.indicators()).extracting(IndicatorResult::indicator).containsExactly("coverage", "enrollment",
                "satisfaction", "info_collection", "jingka", "reporting", "activity", "migrant_enrollment");
        assertThat(pair.indicators().get(1)).isEqualTo(new IndicatorResult("2026Q3", "district_industry", "110101",
                "P", "enrollment", 0, 0, null, new BigDecimal("0.90"), null, null));
        // coverage 0.5 only: 100 × 25 × (0.5 / 0.9) / 25 = 55.555… → 55.56, 待改进; pairs are not ranked
        assertThat(pair.score()).isEqualTo(new ScoreResult("2026Q3", "district_industry", "110101", "P",
                new BigDecimal("55.56"), null, "待改进"));
    }

    @Test
    void districtsAndIndustriesAreRankedTheCityIsNot() {
        put(GroupKey.CITY, Indicator.ENROLLMENT, 9, 10);
        put(GroupKey.district("110108"), Indicator.ENROLLMENT, 8, 10);
        put(GroupKey.district("110101"), Indicator.ENROLLMENT, 9, 10);
        put(GroupKey.industry("P"), Indicator.ENROLLMENT, 2, 3);
        put(GroupKey.industry("C"), Indicator.ENROLLMENT, 6_667, 10_000);
        PeriodAssessment assessment = assess();

        IndicatorResult city = assessment.groups().get(0).indicators().get(1);
        assertThat(city.rank()).isNull();
        assertThat(city.met()).isEqualTo("Y");
        assertThat(assessment.groups().get(0).score().rank()).isNull();
        // districts: 0.9 first, 0.8 second, 朝阳 without data unranked
        assertThat(assessment.groups().subList(1, 4)).extracting(g -> g.indicators().get(1).rank())
                .containsExactly(2, 1, null);
        assertThat(assessment.groups().subList(1, 4)).extracting(g -> g.score().rank()).containsExactly(2, 1, null);
        assertThat(assessment.groups().get(3).score().score()).isNull();
        assertThat(assessment.groups().get(3).score().grade()).isNull();
        // industries: 0.666667 and 0.666700 are both 0.6667 at 4 decimals: tied
        assertThat(assessment.groups().subList(4, 6)).extracting(g -> g.indicators().get(1).rank())
                .containsExactly(1, 1);
        // scores 100 × (2/3)/0.9 = 74.07 and 100 × 0.6667/0.9 = 74.08: not tied
        assertThat(assessment.groups().subList(4, 6)).extracting(g -> g.score().score())
                .containsExactly(new BigDecimal("74.07"), new BigDecimal("74.08"));
        assertThat(assessment.groups().subList(4, 6)).extracting(g -> g.score().rank()).containsExactly(2, 1);
    }
}
