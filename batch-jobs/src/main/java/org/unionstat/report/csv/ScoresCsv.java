package org.unionstat.report.csv;

import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import org.unionstat.domain.Period;
import org.unionstat.indicators.IndicatorResultMapper;
import org.unionstat.indicators.Score;
import org.unionstat.indicators.ScoreResult;
import org.unionstat.report.figures.ReportOutput;

/** {@code P/scores-P.csv} (docs/outputs.md): one row per group; score, rank and grade empty when there is no score. */
@Component
@Order(ScoresCsv.ORDER)
public class ScoresCsv implements ReportOutput {

    static final int ORDER = 20;

    static final List<String> HEADER = List.of("period", "dimension", "district_code", "industry_code", "score", "rank",
            "grade");

    private final IndicatorResultMapper results;

    public ScoresCsv(IndicatorResultMapper results) {
        this.results = results;
    }

    public static Path file(Period period, Path outDir) {
        return outDir.resolve(period.toString()).resolve("scores-" + period + ".csv");
    }

    @Override
    public void write(Period period, Path outDir) {
        List<List<String>> rows = results.findScores(period.toString()).stream().map(ScoresCsv::row).toList();
        CsvOutput.write(file(period, outDir), HEADER, rows);
    }

    private static List<String> row(ScoreResult s) {
        return List.of(s.period(), s.dimension(), s.districtCode(), s.industryCode(),
                s.score() == null ? "" : s.score().setScale(Score.SCALE, RoundingMode.HALF_UP).toPlainString(),
                CsvOutput.text(s.rank()), CsvOutput.text(s.grade()));
    }
}
