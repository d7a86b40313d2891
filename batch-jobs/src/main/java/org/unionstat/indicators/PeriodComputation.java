package org.unionstat.indicators;

import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

import org.unionstat.batch.BatchJobs;
import org.unionstat.domain.Period;
import org.unionstat.domain.UserFacingException;

/** Computes the indicators, scores and ranks of a period by launching the {@code computeIndicators} job. */
@Service
public class PeriodComputation {

    private static final Logger log = LoggerFactory.getLogger(PeriodComputation.class);

    /**
     * The outcome: {@code unchanged} when the figures had already been computed from the same inputs; {@code inputs}
     * is the fingerprint of the inputs the job was launched for.
     */
    public record Result(Period period, boolean unchanged, long indicatorRows, long scoreRows, long pairs,
            String inputs) {
    }

    private final BatchJobs batchJobs;
    private final Job job;
    private final InputFingerprint fingerprint;
    private final IndicatorResultMapper results;

    public PeriodComputation(BatchJobs batchJobs, @Qualifier(ComputeIndicatorsJob.JOB_NAME) Job job,
            InputFingerprint fingerprint, IndicatorResultMapper results) {
        this.batchJobs = batchJobs;
        this.job = job;
        this.fingerprint = fingerprint;
        this.results = results;
    }

    public Result compute(Period period) {
        return compute(period, false);
    }

    /**
     * Computes the period's figures unless they were already computed from the same inputs and settings; with
     * {@code force}, computes them in any case (a new job instance).
     */
    public Result compute(Period period, boolean force) {
        if (log.isDebugEnabled()) {
            log.debug("inputs of {}: {}", period, fingerprint.describe(period));
        }
        JobParameters identity = parameters(period);
        JobParametersBuilder parameters = new JobParametersBuilder(identity);
        if (force) {
            parameters.addString(ComputeIndicatorsJob.FORCED_AT, Instant.now().toString(), true);
        }
        BatchJobs.Launch launch = batchJobs.run(job, parameters.toJobParameters());
        if (!launch.completed()) {
            throw new UserFacingException("computing " + period + " failed (" + launch.execution().getStatus()
                    + "; the previous figures are unchanged, run compute again to retry): "
                    + failure(launch.execution()), firstFailure(launch.execution()));
        }
        String name = period.toString();
        long scores = results.countScores(name);
        long pairs = results.findScores(name).stream().filter(s -> "district_industry".equals(s.dimension())).count();
        return new Result(period, launch.alreadyComplete(), results.countIndicators(name), scores, pairs,
                identity.getString(ComputeIndicatorsJob.INPUTS));
    }

    /** Whether figures of the period are stored (from any inputs). */
    public boolean isComputed(Period period) {
        return results.findComputedInputs(period.toString()) != null;
    }

    /** Whether the stored figures were computed from the inputs the database holds now, with today's settings. */
    public boolean isCurrent(Period period) {
        return fingerprint.of(period).equals(results.findComputedInputs(period.toString()));
    }

    /** The identifying parameters of the job instance for the period's current inputs. */
    public JobParameters parameters(Period period) {
        return new JobParametersBuilder()
                .addString(ComputeIndicatorsJob.PERIOD, period.toString(), true)
                .addString(ComputeIndicatorsJob.INPUTS, fingerprint.of(period), true)
                .toJobParameters();
    }

    private static Throwable firstFailure(JobExecution execution) {
        List<Throwable> failures = execution.getAllFailureExceptions();
        return failures.isEmpty() ? null : failures.get(0);
    }

    private static String failure(JobExecution execution) {
        Throwable first = firstFailure(execution);
        if (first == null) {
            return execution.getExitStatus().getExitDescription();
        }
        Throwable root = first;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root.getMessage() == null) {
            return root.getClass().getSimpleName();
        }
        // the first line names the problem; drivers append the whole SQL statement after it
        String message = root.getMessage().strip().lines().findFirst().orElse("");
        return message.endsWith("; SQL statement:") ? message.substring(0, message.length() - 16) : message;
    }
}
