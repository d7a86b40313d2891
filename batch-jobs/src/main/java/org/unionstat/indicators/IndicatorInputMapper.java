package org.unionstat.indicators;

import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The set-based aggregations behind the indicators (mappers/IndicatorInputMapper.xml). Each query returns numerators
 * and denominators per district × industry pair ({@link IndicatorInputs} rolls them up to the other dimensions).
 */
@Mapper
public interface IndicatorInputMapper {

    /** Totals over one report per union (its latest of {@code periods}), attributed by that report's codes. */
    record UnionTotals(String districtCode, String industryCode, long employees, long members, long migrantEmployees,
            long migrantMembers, long infoCollected, long cardsIssued, long unions, long activeUnions) {
    }

    /** A quarter's own reports' union totals, and the satisfaction of the year's reports up to it. */
    record QuarterTotals(String districtCode, String industryCode, long employees, long members, long migrantEmployees,
            long migrantMembers, long infoCollected, long cardsIssued, long unions, long activeUnions, long satisfied,
            long evaluated) {

        UnionTotals unionTotals() {
            return new UnionTotals(districtCode, industryCode, employees, members, migrantEmployees, migrantMembers,
                    infoCollected, cardsIssued, unions, activeUnions);
        }
    }

    record SatisfactionTotals(String districtCode, String industryCode, long satisfied, long evaluated) {
    }

    record CoverageTotals(String districtCode, String industryCode, long covered, long required) {
    }

    record ReportingTotals(String districtCode, String industryCode, long onTime, long expected) {
    }

    /** One quarter of the reporting indicator: the quarter, the four quarters before it, its filing deadline. */
    record ReportingWindow(String quarter, List<String> expectedFrom, LocalDate deadline) {
    }

    /** What the figures of a period are computed from: counts and import ids of the rows it reads. */
    record InputState(long reports, long reportImportSum, long reportImportMax, long coveredUnits, long registryUnits,
            long registryImportSum, long registryImportMax) {
    }

    /** The latest registry year ≤ {@code year}, or null when there is none. */
    Integer latestRegistryYear(@Param("year") int year);

    /**
     * Stock figures and activity over several quarters (a year): each union's latest report of {@code periods}, a
     * union being active when its activities over {@code periods} add up to at least {@code activityBar}.
     */
    List<UnionTotals> unionTotals(@Param("periods") List<String> periods, @Param("activityBar") long activityBar);

    /**
     * Stock figures and activity of one quarter, whose reports are each union's latest, and the satisfaction of
     * {@code yearToDate} (the quarters of its year up to it): one scan, no join. A pair with reports of the year to
     * date but none of the quarter has {@code unions} 0.
     */
    List<QuarterTotals> quarterTotals(@Param("period") String period, @Param("activityBar") long activityBar,
            @Param("yearToDate") List<String> yearToDate);

    /** Satisfied + basically satisfied over evaluated, every report of {@code periods}. */
    List<SatisfactionTotals> satisfactionTotals(@Param("periods") List<String> periods);

    /** Required units of the registry of {@code registryYear} (employees ≥ {@code threshold}), by its codes. */
    List<CoverageTotals> requiredUnits(@Param("registryYear") int registryYear, @Param("threshold") long threshold);

    /**
     * Required units that are the unit of a report of {@code periods}, by the registry's codes; of the units whose
     * code ends with a character from {@code checkFrom} (inclusive) to {@code checkBelow} (exclusive), either bound
     * null for none.
     */
    List<CoverageTotals> unitsCoveredByReports(@Param("registryYear") int registryYear,
            @Param("threshold") long threshold, @Param("periods") List<String> periods,
            @Param("checkFrom") String checkFrom, @Param("checkBelow") String checkBelow);

    /**
     * Required units that are a covered unit of a report of {@code periods} but the unit of none, by the registry's
     * codes: with {@link #unitsCoveredByReports}, every covered unit counted once.
     */
    List<CoverageTotals> unitsCoveredOnlyAsCoveredUnits(@Param("registryYear") int registryYear,
            @Param("threshold") long threshold, @Param("periods") List<String> periods);

    /** Expected unions and those that filed on time, summed over {@code windows}, attributed quarter by quarter. */
    List<ReportingTotals> reportingTotals(@Param("windows") List<ReportingWindow> windows);

    InputState inputState(@Param("periods") List<String> periods, @Param("year") int year);
}
