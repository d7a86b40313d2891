package org.unionstat.indicators;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.DefaultJobParametersValidator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import org.unionstat.domain.Period;

/**
 * The {@code computeIndicators} job: one tasklet step that reads the aggregated inputs of the period, computes
 * values, scores, grades and ranks, and replaces the period's rows in one transaction (the step's). A failed run
 * leaves the previous figures in place; running it again computes everything again.
 *
 * <p>Identifying parameters: {@code period} and {@code inputs}, a fingerprint of what the figures depend on (see
 * {@link InputFingerprint}), and {@code forced-at} only when a recomputation is forced. The step reads only
 * {@code period}, so another job (e.g. {@code run}) can include {@link #STEP_NAME} as long as it has a
 * {@code period} parameter.
 */
@Configuration(proxyBeanMethods = false)
public class ComputeIndicatorsJob {

    public static final String JOB_NAME = "computeIndicators";
    public static final String STEP_NAME = "computeIndicatorsStep";
    public static final String PERIOD = "period";
    public static final String INPUTS = "inputs";
    public static final String FORCED_AT = "forced-at";

    @Bean
    Job computeIndicators(JobRepository jobRepository, @Qualifier(STEP_NAME) Step computeIndicatorsStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .validator(new DefaultJobParametersValidator(new String[] {PERIOD, INPUTS}, new String[0]))
                .start(computeIndicatorsStep)
                .build();
    }

    @Bean
    Step computeIndicatorsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            PeriodAssessor assessor) {
        Tasklet tasklet = (contribution, chunkContext) -> {
            var stepExecution = chunkContext.getStepContext().getStepExecution();
            Period period = Period.parse(stepExecution.getJobParameters().getString(PERIOD));
            // stamped with the inputs the job was launched for (taking the fingerprint again costs a scan of the
            // period's reports): should an import land meanwhile, the stamp is older than the figures' data, so the
            // next compute computes again rather than taking stale figures for current ones
            String inputs = stepExecution.getJobParameters().getString(INPUTS);
            PeriodAssessment assessment = assessor.assess(period);
            assessor.store(assessment, inputs, stepExecution.getJobExecutionId());
            contribution.incrementWriteCount(assessment.indicators().size() + assessment.groups().size());
            return RepeatStatus.FINISHED;
        };
        return new StepBuilder(STEP_NAME, jobRepository).tasklet(tasklet, transactionManager).build();
    }
}
