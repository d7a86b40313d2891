package org.unionstat.batch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Executions left STARTED (or STOPPING) by a process that died (kill -9, power cut). Called while holding the job
 * instance's lock ({@link JobLocks}): every launch takes that lock, so an execution that still looks running then has
 * no process behind it. It is marked FAILED (JobOperator.recover), and Spring Batch restarts it where it stopped.
 */
@Component
public class StaleExecutions {

    private static final Logger log = LoggerFactory.getLogger(StaleExecutions.class);

    private final JobRepository jobRepository;
    private final JobOperator jobOperator;
    private final JobLockMapper mapper;

    public StaleExecutions(JobRepository jobRepository, JobOperator jobOperator, JobLockMapper mapper) {
        this.jobRepository = jobRepository;
        this.jobOperator = jobOperator;
        this.mapper = mapper;
    }

    /** Marks the running-looking executions of the instance FAILED; the caller must hold the instance's lock. */
    public void recover(String jobName, JobParameters parameters) {
        JobInstance instance = jobRepository.getJobInstance(jobName, parameters);
        if (instance == null) {
            return;
        }
        for (JobExecution execution : jobRepository.getJobExecutions(instance)) {
            if (execution.isRunning()) {
                JobLockMapper.ExecutionProcess process = mapper.findProcess(execution.getId());
                log.warn("job {} execution {} was left {} by {} that is gone; marked FAILED, resuming where it stopped",
                        jobName, execution.getId(), execution.getStatus(),
                        process == null ? "a process" : "process " + process.pid() + " on " + process.host());
                jobOperator.recover(execution);
            }
        }
    }
}
