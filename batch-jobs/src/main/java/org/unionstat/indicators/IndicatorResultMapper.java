package org.unionstat.indicators;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Stores the computed figures of a period and reads them back (reports, rank change since the previous quarter). */
@Mapper
public interface IndicatorResultMapper {

    /**
     * Ordered by dimension (city, district, industry, district_industry), then districts and industries in the order
     * of config/ (district × industry pairs by district, then industry), then indicator order of docs/indicators.md.
     */
    List<IndicatorResult> findIndicators(String period);

    /** Ordered by dimension, then districts and industries in the order of config/. */
    List<ScoreResult> findScores(String period);

    /** Score rows of a period: 0 when the period was never computed (a computed period always has the city's). */
    long countScores(String period);

    long countIndicators(String period);

    void deleteIndicators(String period);

    void deleteScores(String period);

    void insertIndicators(@Param("groups") List<PeriodAssessment.Group> groups);

    void insertScores(@Param("groups") List<PeriodAssessment.Group> groups);

    /** The fingerprint of the inputs the stored figures of the period were computed from; null if never computed. */
    String findComputedInputs(String period);

    void deleteComputedPeriod(String period);

    void insertComputedPeriod(@Param("period") String period, @Param("inputs") String inputs,
            @Param("computedAt") java.time.LocalDateTime computedAt, @Param("jobExecutionId") long jobExecutionId);
}
