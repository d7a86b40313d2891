package org.unionstat.indicators;

import java.math.BigDecimal;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.session.ResultHandler;

/** The set-based queries of the data-quality rules, and the stored flags (mappers/QualityFlagMapper.xml). */
@Mapper
public interface QualityFlagMapper {

    /** A union's six counts in a quarter and in its previous accepted report (of {@code previousPeriod}). */
    record CountChange(String unionId, String previousPeriod, long employees, long members, long migrantEmployees,
            long migrantMembers, long infoCollected, long cardsIssued, long prevEmployees, long prevMembers,
            long prevMigrantEmployees, long prevMigrantMembers, long prevInfoCollected, long prevCardsIssued) {

        long current(int field) {
            return switch (field) {
                case 0 -> employees;
                case 1 -> members;
                case 2 -> migrantEmployees;
                case 3 -> migrantMembers;
                case 4 -> infoCollected;
                default -> cardsIssued;
            };
        }

        long previous(int field) {
            return switch (field) {
                case 0 -> prevEmployees;
                case 1 -> prevMembers;
                case 2 -> prevMigrantEmployees;
                case 3 -> prevMigrantMembers;
                case 4 -> prevInfoCollected;
                default -> prevCardsIssued;
            };
        }
    }

    /** A report's figure against the figure it is compared with. */
    record Comparison(String unionId, long previousValue, long currentValue) {
    }

    /** The figures the rules on a single report read. */
    record ReportFigures(String unionId, long employees, long members, long evaluated, long satisfied,
            long activities) {
    }

    /** One stored flag (quality_flag). */
    record StoredFlag(String period, String unionId, String rule, String field, Long previousValue, long currentValue,
            BigDecimal measure, double strength, String reference) {
    }

    /**
     * Where a count's log change must lie to be looked at: farther than {@code distance} from {@code median}
     * ({@code column} is one of {@link QualityFlagging#COUNTS}).
     */
    record Band(String column, double median, double distance) {
    }

    /** Those of {@code periods} that have reports. */
    List<String> periodsWithReports(@Param("periods") List<String> periods);

    /**
     * Every report of {@code period} with the union's previous accepted report (its latest of {@code before}, the
     * latest first, not empty); with {@code bands}, only those where some count changed by at least
     * {@code minimumChange} and lies outside its band.
     */
    void streamCountChanges(@Param("period") String period, @Param("before") List<String> before,
            @Param("bands") List<Band> bands, @Param("minimumChange") long minimumChange,
            ResultHandler<CountChange> handler);

    /**
     * Reports of {@code period} of unions with at least {@code minEmployees} employees whose every count equals that of
     * their report of {@code previous}, which in turn equals that of {@code beforePrevious}.
     */
    List<Comparison> copiedReports(@Param("period") String period, @Param("previous") String previous,
            @Param("beforePrevious") String beforePrevious, @Param("minEmployees") long minEmployees);

    /**
     * Reports of {@code period} whose employees are more than {@code factor} times, or less than 1 / {@code factor}
     * of, the registry employees of their unit and covered units ({@code registryYear}), differing by at least
     * {@code minDifference}; previousValue is the registry's.
     */
    List<Comparison> registryMismatches(@Param("period") String period, @Param("registryYear") int registryYear,
            @Param("factor") BigDecimal factor, @Param("minDifference") long minDifference);

    /** Reports of {@code period} that break at least one of the single-report rules Q04–Q06. */
    List<ReportFigures> implausibleReports(@Param("period") String period, @Param("maxActivities") long maxActivities,
            @Param("minEvaluated") long minEvaluated, @Param("minEmployees") long minEmployees);

    /**
     * The figures answered with {@code status} (confirmed as correct) for a quarter before {@code period}, as
     * {@code union_id|rule|field|current_value}.
     */
    List<String> confirmedBefore(@Param("period") String period, @Param("status") String status);

    void deleteFlags(@Param("period") String period);

    void insertFlag(StoredFlag flag);
}
