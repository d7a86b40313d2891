package org.unionstat.report.figures;

import java.util.List;

import org.springframework.stereotype.Component;

import org.unionstat.batch.TimingLog;
import org.unionstat.domain.Period;
import org.unionstat.indicators.QualitySettings;

/**
 * The flagged figures of a period, read for the outputs: a quarter's own, or a year's quarters' together. A report
 * flags them beside its first outputs ({@link #FLAGGING}); an output that lists them waits here until they are stored,
 * and the first to ask reads them for all. With the flags switched off ({@link QualitySettings#enabled}) there are
 * none.
 */
@Component
public class Anomalies {

    /** The key under which a report announces and runs the flagging in its {@link ReportMemo}. */
    public static final String FLAGGING = "flagging";

    /** The key under which the flags read for a report are kept in its {@link ReportMemo}. */
    private static final String LISTED = "anomalies";

    private final AnomalyMapper mapper;
    private final ReportMemo memo;
    private final boolean enabled;

    public Anomalies(AnomalyMapper mapper, ReportMemo memo, QualitySettings settings) {
        this.mapper = mapper;
        this.memo = memo;
        this.enabled = settings.enabled();
    }

    /** Every flag of the period, most significant first. */
    public List<Anomaly> of(Period period) {
        if (!enabled) {
            return List.of();
        }
        awaitFlagging(period);
        // read-only: the outputs that share it run on threads of their own
        return memo.get(period, LISTED, () -> List.copyOf(mapper.findAnomalies(quarters(period))));
    }

    /** Waits for the flagging of the open report, if any; the wait goes to the timing log (it is what flags add). */
    private void awaitFlagging(Period period) {
        long started = System.nanoTime();
        memo.await(period, FLAGGING);
        TimingLog.logger().info("{}: an output waited {} ms for the doubtful figures", period,
                (System.nanoTime() - started) / 1_000_000);
    }

    private static List<String> quarters(Period period) {
        return (period.isYear() ? period.quartersToDate() : List.of(period)).stream().map(Period::toString).toList();
    }
}
