package org.unionstat.report.csv;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import org.unionstat.domain.Period;
import org.unionstat.indicators.IndicatorResult;
import org.unionstat.indicators.IndicatorResultMapper;
import org.unionstat.indicators.Ratio;
import org.unionstat.report.figures.ReportOutput;

/** {@code P/indicators-P.csv} (docs/outputs.md): one row per group and indicator, in the stored (output) order. */
@Component
@Order(IndicatorsCsv.ORDER)
public class IndicatorsCsv implements ReportOutput {

    static final int ORDER = 10;

    static final List<String> HEADER = List.of("period", "dimension", "district_code", "industry_code", "indicator",
            "numerator", "denominator", "value", "target", "met", "rank");

    private final IndicatorResultMapper results;

    public IndicatorsCsv(IndicatorResultMapper results) {
        this.results = results;
    }

    public static Path file(Period period, Path outDir) {
        return outDir.resolve(period.toString()).resolve("indicators-" + period + ".csv");
    }

    @Override
    public void write(Period period, Path outDir) {
        List<List<String>> rows = results.findIndicators(period.toString()).stream().map(IndicatorsCsv::row).toList();
        CsvOutput.write(file(period, outDir), HEADER, rows);
    }

    private static List<String> row(IndicatorResult r) {
        return List.of(r.period(), r.dimension(), r.districtCode(), r.industryCode(), r.indicator(),
                Long.toString(r.numerator()), Long.toString(r.denominator()), decimal(r.value()), decimal(r.target()),
                CsvOutput.text(r.met()), CsvOutput.text(r.rank()));
    }

    /** Values and targets with the 6 decimals of a value, so the two columns compare at a glance. */
    private static String decimal(BigDecimal value) {
        return value == null ? "" : value.setScale(Ratio.VALUE_SCALE, RoundingMode.HALF_UP).toPlainString();
    }
}
