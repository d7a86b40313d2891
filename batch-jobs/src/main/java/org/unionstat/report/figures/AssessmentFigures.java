package org.unionstat.report.figures;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.unionstat.domain.Indicator;
import org.unionstat.domain.Period;
import org.unionstat.indicators.IndicatorResult;

/**
 * Everything computed for a period that the workbooks and charts show. Lists are in display order: districts and
 * industries by rank (unranked last), ties and the unranked by code; pairs by district, then industry.
 *
 * @param previous          the period the rank change is measured against (previous quarter, or previous year)
 * @param previousComputed  whether that period has computed scores at all
 * @param previousCity      the city's indicators of the previous period (empty if not computed)
 * @param trendPeriods      the quarters of the trend chart, oldest first
 * @param trend             scores per trend period, aligned with trendPeriods: key "" is the city, else a district
 *                          code; null where a period has no score
 */
public record AssessmentFigures(Period period, Period previous, boolean previousComputed, WorkbookStandards standards,
        GroupFigures city, List<GroupFigures> districts, List<GroupFigures> industries, List<GroupFigures> pairs,
        Map<Indicator, IndicatorResult> previousCity, List<Period> trendPeriods, Map<String, List<BigDecimal>> trend) {

    public static final String CITY = "";

    /** Indicators with weight &gt; 0: the ones the score is made of. */
    public List<Indicator> weightedIndicators() {
        return List.of(Indicator.values()).stream().filter(i -> standards.weight(i).signum() > 0).toList();
    }
}
