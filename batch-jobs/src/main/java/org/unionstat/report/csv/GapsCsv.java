package org.unionstat.report.csv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import org.unionstat.domain.Period;
import org.unionstat.indicators.GroupKey;
import org.unionstat.indicators.IndicatorResult;
import org.unionstat.indicators.PeriodExplanation;
import org.unionstat.indicators.Ratio;
import org.unionstat.report.figures.PeriodExplanations;
import org.unionstat.report.figures.ReportOutput;

/**
 * {@code P/gaps-P.csv} (docs/outputs.md): for every group, in the order of scores-P.csv, one row per indicator whose
 * published value is below its target, in indicator order: the smallest whole number the numerator lacks.
 */
@Component
@Order(GapsCsv.ORDER)
public class GapsCsv implements ReportOutput {

    static final int ORDER = 40;

    static final List<String> HEADER = List.of("period", "dimension", "district_code", "industry_code", "indicator",
            "numerator", "denominator", "target", "needed");

    private final PeriodExplanations explanations;

    public GapsCsv(PeriodExplanations explanations) {
        this.explanations = explanations;
    }

    public static Path file(Period period, Path outDir) {
        return outDir.resolve(period.toString()).resolve("gaps-" + period + ".csv");
    }

    @Override
    public void write(Period period, Path outDir) {
        List<List<String>> rows = new ArrayList<>();
        for (PeriodExplanation.Group group : explanations.load(period).groups()) {
            GroupKey key = group.key();
            for (PeriodExplanation.Gap gap : group.gaps()) {
                IndicatorResult r = gap.indicator();
                rows.add(List.of(period.toString(), key.dimension().key(), key.districtCode(), key.industryCode(),
                        r.indicator(), Long.toString(r.numerator()), Long.toString(r.denominator()),
                        ScoreBreakdownCsv.decimal(r.target(), Ratio.VALUE_SCALE), Long.toString(gap.needed())));
            }
        }
        CsvOutput.write(file(period, outDir), HEADER, rows);
    }
}
