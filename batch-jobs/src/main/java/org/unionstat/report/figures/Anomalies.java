package org.unionstat.report.figures;

import java.util.List;

import org.springframework.stereotype.Component;

import org.unionstat.domain.Period;

/**
 * The flagged figures of a period, read for the outputs: a quarter's own, or a year's quarters' together (flagged by
 * the report before its outputs are written).
 */
@Component
public class Anomalies {

    private final AnomalyMapper mapper;

    public Anomalies(AnomalyMapper mapper) {
        this.mapper = mapper;
    }

    /** Every flag of the period, most significant first. */
    public List<Anomaly> of(Period period) {
        return mapper.findAnomalies(quarters(period), null);
    }

    /** The flags of one district's reports, most significant first. */
    public List<Anomaly> of(Period period, String districtCode) {
        return mapper.findAnomalies(quarters(period), districtCode);
    }

    private static List<String> quarters(Period period) {
        return (period.isYear() ? period.quartersToDate() : List.of(period)).stream().map(Period::toString).toList();
    }
}
