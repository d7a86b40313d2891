package org.unionstat.report.csv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import org.unionstat.domain.Period;
import org.unionstat.report.figures.Anomalies;
import org.unionstat.report.figures.Anomaly;
import org.unionstat.report.figures.ReportOutput;
import org.unionstat.text.Messages;

/**
 * {@code P/anomalies-P.csv} (docs/outputs.md): every figure a data-quality rule flagged, most significant first, with
 * the district's answer in the note once it was imported (docs/data-quality.md). A year lists its quarters' flags.
 */
@Component
@Order(AnomaliesCsv.ORDER)
public class AnomaliesCsv implements ReportOutput {

    /** Last of the outputs: it waits for the flags, found beside the others, and would hold a thread meanwhile. */
    static final int ORDER = 200;

    static final List<String> HEADER = List.of("period", "district_code", "industry_code", "union_id", "union_name",
            "rule", "field", "previous", "current", "measure", "note");

    private final Anomalies anomalies;
    private final Messages messages;

    public AnomaliesCsv(Anomalies anomalies, Messages messages) {
        this.anomalies = anomalies;
        this.messages = messages;
    }

    public static Path file(Period period, Path outDir) {
        return outDir.resolve(period.toString()).resolve("anomalies-" + period + ".csv");
    }

    @Override
    public void write(Period period, Path outDir) {
        List<List<String>> rows = new ArrayList<>();
        for (Anomaly a : anomalies.of(period)) {
            rows.add(List.of(a.period(), a.districtCode(), a.industryCode(), a.unionId(), a.unionName(), a.rule(),
                    a.field(), CsvOutput.text(a.previousValue()), Long.toString(a.currentValue()),
                    a.measure() == null ? "" : a.measure().toPlainString(),
                    a.note(messages)));
        }
        CsvOutput.write(file(period, outDir), HEADER, rows);
    }
}
