package org.unionstat.batch;

import java.util.Optional;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import org.unionstat.domain.UserFacingException;


/**
 * Launches a job instance (one piece of work: identifying parameters, no incrementer). A failed instance is resumed
 * where it stopped; a completed one is not run again; one already running, in this or another process, is refused
 * ({@link JobLocks}); one left STARTED by a process that died is marked FAILED and resumed ({@link StaleExecutions}).
 */
@Component
public class BatchJobs {

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final JobLocks locks;
    private final StaleExecutions staleExecutions;

    public BatchJobs(JobOperator jobOperator, JobRepository jobRepository, JobLocks locks,
            StaleExecutions staleExecutions) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.locks = locks;
        this.staleExecutions = staleExecutions;
    }

    /** The outcome of a launch: the execution that ran, or the earlier one that had already completed the work. */
    public record Launch(JobExecution execution, boolean alreadyComplete) {
        public boolean completed() {
            return execution.getStatus() == BatchStatus.COMPLETED;
        }
    }

    public Launch run(Job job, JobParameters parameters) {
        try (JobLocks.Lock lock = locks.acquire(job.getName(), parameters, describe(parameters))) {
            staleExecutions.recover(job.getName(), parameters);
            return start(job, parameters);
        }
    }

    private Launch start(Job job, JobParameters parameters) {
        try {
            return new Launch(jobOperator.start(job, parameters), false);
        } catch (JobInstanceAlreadyCompleteException e) {
            return new Launch(lastExecution(job.getName(), parameters).orElseThrow(() -> new IllegalStateException(e)), true);
        } catch (JobExecutionAlreadyRunningException e) {
            throw new UserFacingException("job " + job.getName() + " " + describe(parameters)
                    + " is already running (in this or another process); not started twice", e);
        } catch (JobRestartException e) {
            throw new UserFacingException("job " + job.getName() + " " + describe(parameters)
                    + " cannot be restarted: " + e.getMessage(), e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot start job " + job.getName() + ": " + e.getMessage(), e);
        }
    }

    public Optional<JobExecution> lastExecution(String jobName, JobParameters parameters) {
        JobInstance instance = jobRepository.getJobInstance(jobName, parameters);
        return instance == null ? Optional.empty() : Optional.ofNullable(jobRepository.getLastJobExecution(instance));
    }

    /** The identifying parameters, short: "(period=2026Q3 file=a.csv sha256=3f2a…)". */
    public static String describe(JobParameters parameters) {
        return "(" + JobParametersText.of(parameters) + ")";
    }
}
