package org.unionstat.run;

import io.micrometer.observation.ObservationRegistry;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.StepExecution;

/**
 * A step of job {@value RunPeriodJob#JOB_NAME} that calls a service which launches a job of its own (an import, the
 * computation). Like Spring Batch's JobStep it runs outside any transaction, so the inner job commits its chunks.
 */
abstract class RunStep extends AbstractStep {

    /** Step execution context keys. */
    static final String LINE = "run.line";
    static final String REFUSAL = "run.refusal";
    static final String REJECTED_BY_CODE = "run.rejected-by-code";
    static final String ALREADY = "run.already";
    static final String OUTPUT_DIR = "run.output-dir";

    RunStep(String name, JobRepository jobRepository, boolean allowStartIfComplete) {
        super(jobRepository);
        setName(name.length() > 100 ? name.substring(0, 100) : name);
        setAllowStartIfComplete(allowStartIfComplete);
        this.observationRegistry = ObservationRegistry.NOOP;
    }

    /**
     * Whether {@code stop} was asked for this run (its job execution is STOPPING in the repository): the step then
     * ends as STOPPED rather than FAILED, and a restart resumes it.
     */
    boolean stopRequested(StepExecution stepExecution) {
        JobExecution current = getJobRepository().getJobExecution(stepExecution.getJobExecutionId());
        if (current != null && (current.getStatus() == BatchStatus.STOPPING || current.getStatus() == BatchStatus.STOPPED)) {
            stepExecution.setTerminateOnly();
            return true;
        }
        return false;
    }
}
