package org.unionstat.report.csv;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
import org.unionstat.indicators.Score;
import org.unionstat.indicators.ScoreBreakdown;
import org.unionstat.report.figures.PeriodExplanations;
import org.unionstat.report.figures.ReportOutput;

/**
 * {@code P/score-breakdown-P.csv} (docs/outputs.md): for every group with a score, in the order of scores-P.csv, one
 * row per indicator of its score (weight &gt; 0 and a value), in indicator order: the points earned and lost.
 */
@Component
@Order(ScoreBreakdownCsv.ORDER)
public class ScoreBreakdownCsv implements ReportOutput {

    static final int ORDER = 30;

    static final List<String> HEADER = List.of("period", "dimension", "district_code", "industry_code", "indicator",
            "weight", "value", "target", "points", "points_lost");

    private final PeriodExplanations explanations;

    public ScoreBreakdownCsv(PeriodExplanations explanations) {
        this.explanations = explanations;
    }

    public static Path file(Period period, Path outDir) {
        return outDir.resolve(period.toString()).resolve("score-breakdown-" + period + ".csv");
    }

    @Override
    public void write(Period period, Path outDir) {
        List<List<String>> rows = new ArrayList<>();
        for (PeriodExplanation.Group group : explanations.load(period).groups()) {
            if (group.breakdown() == null) {
                continue;
            }
            GroupKey key = group.key();
            for (ScoreBreakdown.Part part : group.breakdown().parts()) {
                IndicatorResult indicator = group.indicators().get(part.indicator());
                rows.add(List.of(period.toString(), key.dimension().key(), key.districtCode(), key.industryCode(),
                        part.indicator().key(), part.weight().stripTrailingZeros().toPlainString(),
                        decimal(indicator.value(), Ratio.VALUE_SCALE), decimal(indicator.target(), Ratio.VALUE_SCALE),
                        decimal(part.points(), Score.SCALE), decimal(part.pointsLost(), Score.SCALE)));
            }
        }
        CsvOutput.write(file(period, outDir), HEADER, rows);
    }

    static String decimal(BigDecimal value, int scale) {
        return value == null ? "" : value.setScale(scale, RoundingMode.HALF_UP).toPlainString();
    }
}
