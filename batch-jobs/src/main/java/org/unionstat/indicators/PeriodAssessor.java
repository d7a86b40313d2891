package org.unionstat.indicators;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.stereotype.Component;

import org.unionstat.domain.Period;
import org.unionstat.domain.ReferenceData;

/** Computes a period's assessment from the database, and replaces the period's stored figures with it. */
@Component
public class PeriodAssessor {

    /** Rows per multi-row INSERT statement (groups of 8 indicator rows). */
    private static final int GROUPS_PER_INSERT = 50;

    private final IndicatorInputs inputs;
    private final IndicatorResultMapper results;
    private final ReferenceData reference;
    private final AssessmentSettings settings;

    public PeriodAssessor(IndicatorInputs inputs, IndicatorResultMapper results, ReferenceData reference,
            AssessmentSettings settings) {
        this.inputs = inputs;
        this.results = results;
        this.reference = reference;
        this.settings = settings;
    }

    public PeriodAssessment assess(Period period) {
        return PeriodAssessment.of(period, reference, settings, inputs.ratios(period));
    }

    /**
     * Deletes the period's rows and inserts the new ones, with the fingerprint of the inputs they come from; atomic
     * when called in a transaction (the job's step).
     */
    public void store(PeriodAssessment assessment, String inputs, long jobExecutionId) {
        String period = assessment.period().toString();
        results.deleteComputedPeriod(period);
        results.insertComputedPeriod(period, inputs, LocalDateTime.now(), jobExecutionId);
        results.deleteIndicators(period);
        results.deleteScores(period);
        List<PeriodAssessment.Group> groups = assessment.groups();
        for (int from = 0; from < groups.size(); from += GROUPS_PER_INSERT) {
            List<PeriodAssessment.Group> slice = groups.subList(from, Math.min(groups.size(), from + GROUPS_PER_INSERT));
            results.insertIndicators(slice);
            results.insertScores(slice);
        }
    }
}
