package org.unionstat.indicators;

import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The set-based aggregations behind the indicators (mappers/IndicatorInputMapper.xml). Each query groups by one
 * dimension ({@code city}, {@code district}, {@code industry}, {@code district_industry}) and returns numerators and
 * denominators per group; codes are '' where the dimension has none.
 */
@Mapper
public interface IndicatorInputMapper {

    /** Totals over one report per union (its latest of {@code periods}), attributed by that report's codes. */
    record UnionTotals(String districtCode, String industryCode, long employees, long members, long migrantEmployees,
            long migrantMembers, long infoCollected, long cardsIssued, long unions, long activeUnions) {
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
     * Stock figures and activity: each union's latest report of {@code periods} (the report of P for a quarter),
     * a union being active when its activities over {@code periods} add up to at least {@code activityBar}.
     */
    List<UnionTotals> unionTotals(@Param("dimension") String dimension, @Param("periods") List<String> periods,
            @Param("activityBar") long activityBar);

    /** Satisfied + basically satisfied over evaluated, every report of {@code periods}. */
    List<SatisfactionTotals> satisfactionTotals(@Param("dimension") String dimension,
            @Param("periods") List<String> periods);

    /**
     * Required units (registry of {@code registryYear}, employees ≥ {@code threshold}) and those among them that are
     * the unit or a covered unit of a report of {@code periods}, by the registry's codes.
     */
    List<CoverageTotals> coverageTotals(@Param("dimension") String dimension, @Param("registryYear") int registryYear,
            @Param("threshold") long threshold, @Param("periods") List<String> periods);

    /** Expected unions and those that filed on time, summed over {@code windows}, attributed quarter by quarter. */
    List<ReportingTotals> reportingTotals(@Param("dimension") String dimension,
            @Param("windows") List<ReportingWindow> windows);

    InputState inputState(@Param("periods") List<String> periods, @Param("year") int year);
}
