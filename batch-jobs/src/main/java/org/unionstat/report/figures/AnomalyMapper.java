package org.unionstat.report.figures;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The stored flags of quarters with their reports' codes and the districts' answers (mappers/AnomalyMapper.xml). */
@Mapper
public interface AnomalyMapper {

    /**
     * The flags of {@code quarters}, most significant first (how many times its rule's threshold a flag is), then by
     * quarter, district, union, rule and field.
     */
    List<Anomaly> findAnomalies(@Param("quarters") List<String> quarters);
}
