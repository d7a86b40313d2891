package org.unionstat.report.csv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import org.unionstat.domain.Period;
import org.unionstat.indicators.GroupKey;
import org.unionstat.indicators.PeriodExplanation;
import org.unionstat.indicators.RankRobustness;
import org.unionstat.report.figures.PeriodExplanations;
import org.unionstat.report.figures.ReportOutput;

/**
 * {@code P/rank-robustness-P.csv} (docs/outputs.md): every ranked district, then every ranked industry, in the order of
 * scores-P.csv: the published rank, the median and the 5th–95th percentile ranks over the weight draws, and the share
 * of draws that keep the published grade.
 */
@Component
@Order(RankRobustnessCsv.ORDER)
public class RankRobustnessCsv implements ReportOutput {

    static final int ORDER = 50;

    static final List<String> HEADER = List.of("period", "dimension", "district_code", "industry_code", "rank",
            "median_rank", "rank_p5", "rank_p95", "grade_kept_share");

    private final PeriodExplanations explanations;

    public RankRobustnessCsv(PeriodExplanations explanations) {
        this.explanations = explanations;
    }

    public static Path file(Period period, Path outDir) {
        return outDir.resolve(period.toString()).resolve("rank-robustness-" + period + ".csv");
    }

    @Override
    public void write(Period period, Path outDir) {
        List<List<String>> rows = new ArrayList<>();
        for (PeriodExplanation.Group group : explanations.load(period).groups()) {
            RankRobustness.Interval interval = group.interval();
            if (interval == null) {
                continue;
            }
            GroupKey key = group.key();
            rows.add(List.of(period.toString(), key.dimension().key(), key.districtCode(), key.industryCode(),
                    Integer.toString(interval.rank()), Integer.toString(interval.medianRank()),
                    Integer.toString(interval.p5()), Integer.toString(interval.p95()),
                    interval.gradeKeptShare().toPlainString()));
        }
        CsvOutput.write(file(period, outDir), HEADER, rows);
    }
}
