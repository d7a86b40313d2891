package org.unionstat.report.figures;

import java.util.ArrayList;
import java.util.List;

import org.unionstat.domain.Indicator;
import org.unionstat.domain.Period;
import org.unionstat.report.figures.WorkbookMapper.ReportingQuery;
import org.unionstat.report.figures.WorkbookMapper.UnionQuery;

/**
 * The quarters a workbook draws its union-level lists from: the quarter itself, or the four quarters of a year. A
 * year's unions are shown by their latest report of the year with their activities summed over it, held to the
 * annual activity bar (docs/indicators.md: 24 a year).
 */
public record ReportScope(Period period, List<Period> quarters) {

    public static ReportScope of(Period period) {
        return new ReportScope(period, period.isYear() ? period.quartersToDate() : List.of(period));
    }

    public List<String> quarterKeys() {
        return quarters.stream().map(Period::toString).toList();
    }

    /** The quarters and the four before them: where a rejected row's union may have reported before. */
    public List<String> history() {
        List<String> keys = new ArrayList<>(quarters.get(0).quartersBefore(4).stream().map(Period::toString).toList());
        keys.addAll(quarterKeys());
        return keys;
    }

    /** The bar a union's activities are held to: the quarterly bar, or the annual one over a year. */
    public long activityBar(WorkbookStandards standards) {
        return period.isYear() ? standards.annualActivityBar() : standards.activityBar();
    }

    public String activityScope() {
        return period.isYear() ? "活动次数为全年合计，比率取各工会本年最近一期报表" : "活动次数为本季度次数";
    }

    /**
     * The unions' figures: only those falling short, or all; by district and union, or by union alone (which needs
     * no sort for a quarter: its reports are stored in that order; each district's rows still come by union).
     */
    public UnionQuery unions(WorkbookStandards standards, boolean shortfallOnly, boolean byDistrict) {
        return new UnionQuery(quarterKeys(), standards.target(Indicator.ENROLLMENT),
                standards.target(Indicator.INFO_COLLECTION), standards.target(Indicator.JINGKA),
                activityBar(standards), shortfallOnly, byDistrict);
    }

    /** One query per quarter: the unions expected to file it and the deadline. */
    public List<ReportingQuery> reporting(WorkbookStandards standards) {
        return quarters.stream().map(q -> new ReportingQuery(q.toString(),
                q.quartersBefore(4).stream().map(Period::toString).toList(),
                q.lastDay().plusDays(standards.deadlineDays()))).toList();
    }
}
