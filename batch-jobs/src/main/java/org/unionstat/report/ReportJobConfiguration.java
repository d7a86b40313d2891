package org.unionstat.report;

import java.nio.file.Path;

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

import org.unionstat.batch.OutputDirectory;
import org.unionstat.domain.Period;

/**
 * The {@code writeReport} job of {@code report --period P}: one tasklet step that writes every output of docs/outputs.md for
 * the period from its stored figures ({@link PeriodReport}); the step's write count is the files written.
 *
 * <p>Identifying parameters: {@code period}, {@code out} (the output directory, absolute) and {@code requested-at}:
 * each {@code report} is a piece of work of its own, since writing the files again is what a statistician asks for
 * when running it again (after deleting or editing them, or after a change of templates). A failed report is resumed
 * with {@code restart ID}, which writes the outputs again; each file is replaced whole (written aside, then moved).
 */
@Configuration(proxyBeanMethods = false)
public class ReportJobConfiguration {

    public static final String JOB_NAME = "writeReport";
    public static final String STEP_NAME = "writeReportStep";
    public static final String PERIOD = "period";
    public static final String OUT = OutputDirectory.JOB_PARAMETER;
    public static final String REQUESTED_AT = "requested-at";

    @Bean
    Job writeReport(JobRepository jobRepository, @Qualifier(STEP_NAME) Step writeReportStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .validator(new DefaultJobParametersValidator(new String[] {PERIOD, OUT, REQUESTED_AT}, new String[0]))
                .start(writeReportStep)
                .build();
    }

    @Bean
    Step writeReportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            PeriodReport report) {
        Tasklet tasklet = (contribution, chunkContext) -> {
            var parameters = chunkContext.getStepContext().getStepExecution().getJobParameters();
            Period period = Period.parse(parameters.getString(PERIOD));
            contribution.incrementWriteCount(report.writeFiles(period, Path.of(parameters.getString(OUT))));
            return RepeatStatus.FINISHED;
        };
        return new StepBuilder(STEP_NAME, jobRepository).tasklet(tasklet, transactionManager).build();
    }
}
