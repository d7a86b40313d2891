package org.unionstat.report.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.unionstat.domain.Period;
import org.unionstat.indicators.QualitySettings;

/** The flags as the outputs get them: read once per open report and shared read-only; none when switched off. */
class AnomaliesTest {

    private static final Period Q3 = Period.parse("2041Q3");
    private static final Anomaly FLAG = new Anomaly("2041Q3", "110105", "C", "810000000000041U18", "工会U18", "Q04",
            "activities", null, 91, BigDecimal.valueOf(91), null, null, null, null, null, null, null, null);

    private final AtomicInteger reads = new AtomicInteger();
    private final AnomalyMapper mapper = quarters -> {
        reads.incrementAndGet();
        assertThat(quarters).containsExactly("2041Q3");
        return new ArrayList<>(List.of(FLAG));
    };
    private final ReportMemo memo = new ReportMemo();

    @Test
    void theOutputsOfOneReportShareOneReadOfTheFlags() {
        Anomalies anomalies = new Anomalies(mapper, memo, settings(true));
        try (ReportMemo.Report report = memo.open(Q3)) {
            assertThat(anomalies.of(Q3)).containsExactly(FLAG);
            assertThat(anomalies.of(Q3)).containsExactly(FLAG);
            assertThatThrownBy(() -> anomalies.of(Q3).clear()).isInstanceOf(UnsupportedOperationException.class);
        }
        assertThat(reads).hasValue(1);
        anomalies.of(Q3);
        anomalies.of(Q3);
        assertThat(reads).as("outside a report, each asks the database").hasValue(3);
    }

    @Test
    void switchedOffThereAreNone() {
        Anomalies anomalies = new Anomalies(mapper, memo, settings(false));
        try (ReportMemo.Report report = memo.open(Q3)) {
            assertThat(anomalies.of(Q3)).isEmpty();
        }
        assertThat(reads).hasValue(0);
    }

    private static QualitySettings settings(boolean enabled) {
        return new QualitySettings(new BigDecimal("3.5"), 10, 50, BigDecimal.valueOf(2), 50, 90, 100, 500, enabled);
    }
}
