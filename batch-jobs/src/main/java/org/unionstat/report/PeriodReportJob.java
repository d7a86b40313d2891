package org.unionstat.report;

import java.nio.file.Path;
import java.time.Instant;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

import org.unionstat.batch.BatchJobs;
import org.unionstat.batch.Failures;
import org.unionstat.batch.OutputDirectory;
import org.unionstat.domain.Period;
import org.unionstat.domain.UserFacingException;

/** Writes the outputs of a period by launching the {@code writeReport} job ({@link ReportJobConfiguration}). */
@Service
public class PeriodReportJob {

    private final BatchJobs batchJobs;
    private final Job job;
    private final PeriodReport report;

    public PeriodReportJob(BatchJobs batchJobs, @Qualifier(ReportJobConfiguration.JOB_NAME) Job job,
            PeriodReport report) {
        this.batchJobs = batchJobs;
        this.job = job;
        this.report = report;
    }

    /**
     * Writes the outputs of {@code period} under {@code out}, as a new job instance; returns its execution. What
     * cannot work (nothing computed, no writable output directory) is refused before any job is recorded.
     *
     * @throws UserFacingException when refused, or when the job did not complete (it can then be restarted)
     */
    public JobExecution write(Period period, Path out) {
        report.requireComputed(period);
        Path dir = out.toAbsolutePath().normalize();
        OutputDirectory.requireWritable(dir);
        BatchJobs.Launch launch = batchJobs.run(job, new JobParametersBuilder()
                .addString(ReportJobConfiguration.PERIOD, period.toString(), true)
                .addString(ReportJobConfiguration.OUT, dir.toString(), true)
                .addString(ReportJobConfiguration.REQUESTED_AT, Instant.now().toString(), true)
                .toJobParameters());
        JobExecution execution = launch.execution();
        if (!launch.completed()) {
            throw new UserFacingException("writing the outputs of " + period + " failed (execution "
                    + execution.getId() + ", " + execution.getStatus() + "; `restart " + execution.getId()
                    + "` writes them again): " + Failures.describe(execution.getAllFailureExceptions()));
        }
        return execution;
    }
}
