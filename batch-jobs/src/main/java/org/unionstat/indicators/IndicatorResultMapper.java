package org.unionstat.indicators;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;

/** Reads the computed figures of a period back (reports, rank change since the previous quarter). */
@Mapper
public interface IndicatorResultMapper {

    /** Ordered by dimension (city, district, industry, district_industry), codes, then indicator order of SPEC §4. */
    List<IndicatorResult> findIndicators(String period);

    /** Ordered by dimension, then codes. */
    List<ScoreResult> findScores(String period);
}
