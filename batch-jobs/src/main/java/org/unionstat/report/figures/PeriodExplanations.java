package org.unionstat.report.figures;

import java.util.List;

import org.springframework.stereotype.Component;

import org.unionstat.domain.Period;
import org.unionstat.indicators.IndicatorResult;
import org.unionstat.indicators.IndicatorResultMapper;
import org.unionstat.indicators.PeriodExplanation;
import org.unionstat.indicators.ScoreResult;

/**
 * A period's points lost, gaps and rank intervals ({@link PeriodExplanation}), from its stored figures with the
 * configured weights, grade bounds and weight draws ({@link WorkbookStandards}).
 */
@Component
public class PeriodExplanations {

    /** The key of a period's explanation in {@link ReportMemo}. */
    private static final String EXPLANATION = "explanation";

    private final IndicatorResultMapper results;
    private final WorkbookStandards standards;
    private final ReportMemo memo;

    PeriodExplanations(IndicatorResultMapper results, WorkbookStandards standards, ReportMemo memo) {
        this.results = results;
        this.standards = standards;
        this.memo = memo;
    }

    /** The explanation of {@code period}'s stored figures; within a report, worked out once for all its outputs. */
    public PeriodExplanation load(Period period) {
        return memo.get(period, EXPLANATION,
                () -> of(results.findIndicators(period.toString()), results.findScores(period.toString())));
    }

    /** {@link #load} from the period's stored rows already read. */
    PeriodExplanation load(Period period, List<IndicatorResult> indicators, List<ScoreResult> scores) {
        return memo.get(period, EXPLANATION, () -> of(indicators, scores));
    }

    /** The explanation of stored rows already read ({@code scores} in output order). */
    public PeriodExplanation of(List<IndicatorResult> indicators, List<ScoreResult> scores) {
        return PeriodExplanation.of(indicators, scores, standards.weights(), standards.grades(),
                standards.robustness());
    }
}
