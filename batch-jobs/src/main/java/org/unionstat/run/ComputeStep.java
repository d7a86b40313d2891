package org.unionstat.run;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

import org.unionstat.domain.Period;
import org.unionstat.indicators.PeriodComputation;

/**
 * Step "compute" of a run: job computeIndicators for the period (recognised as already done when its inputs did not
 * change). Run again on every restart of the run, so that a resumed run never reports figures older than its data.
 * Leaves the inputs the figures were computed from in the job's context ({@value #INPUTS}).
 */
final class ComputeStep extends RunStep {

    static final String NAME = "compute";
    static final String INPUTS = "run.inputs";
    static final String SCORES = "run.scores";

    private final PeriodComputation computation;
    private final Period period;

    ComputeStep(JobRepository jobRepository, PeriodComputation computation, Period period) {
        super(NAME, jobRepository, true);
        this.computation = computation;
        this.period = period;
    }

    @Override
    protected void doExecute(StepExecution stepExecution) {
        PeriodComputation.Result result = computation.compute(period);
        stepExecution.setWriteCount(result.indicatorRows());
        stepExecution.getExecutionContext().putLong(SCORES, result.scoreRows());
        stepExecution.getExecutionContext().put(ALREADY, result.unchanged());
        stepExecution.getJobExecution().getExecutionContext().putString(INPUTS, result.inputs());
        stepExecution.setExitStatus(ExitStatus.COMPLETED.addExitDescription(result.unchanged()
                ? "already computed from the same inputs" : "computed"));
    }
}
