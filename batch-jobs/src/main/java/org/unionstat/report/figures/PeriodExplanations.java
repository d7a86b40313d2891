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

    private final IndicatorResultMapper results;
    private final WorkbookStandards standards;

    PeriodExplanations(IndicatorResultMapper results, WorkbookStandards standards) {
        this.results = results;
        this.standards = standards;
    }

    public PeriodExplanation load(Period period) {
        return of(results.findIndicators(period.toString()), results.findScores(period.toString()));
    }

    /** The explanation of stored rows already read ({@code scores} in output order). */
    public PeriodExplanation of(List<IndicatorResult> indicators, List<ScoreResult> scores) {
        return PeriodExplanation.of(indicators, scores, standards.weights(), standards.grades(),
                standards.robustness());
    }
}
