package org.unionstat.batch;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.AbstractJob;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Listens to every job of the application (registered on each Job bean once all are built, so no job configuration
 * needs to know): records which process runs each execution (job_execution_process) and keeps {@link ActiveJobs}.
 */
@Component
public class JobProcessListener implements JobExecutionListener, SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(JobProcessListener.class);

    private final JobLockMapper mapper;
    private final ThisProcess process;
    private final ActiveJobs active;
    private final ApplicationContext context;

    public JobProcessListener(JobLockMapper mapper, ThisProcess process, ActiveJobs active, ApplicationContext context) {
        this.mapper = mapper;
        this.process = process;
        this.active = active;
        this.context = context;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (Map.Entry<String, Job> job : context.getBeansOfType(Job.class).entrySet()) {
            if (job.getValue() instanceof AbstractJob registrable) {
                registrable.registerJobExecutionListener(this);
            } else {
                log.warn("job {} is not an AbstractJob: its executions are not recorded with their process", job.getKey());
            }
        }
    }

    @Override
    public void beforeJob(JobExecution execution) {
        try {
            mapper.insertProcess(execution.getId(), process.host(), process.pid(), process.start());
        } catch (RuntimeException e) {
            log.warn("could not record the process of job execution {}: {}", execution.getId(), e.getMessage());
        }
        active.started(execution);
    }

    @Override
    public void afterJob(JobExecution execution) {
        active.ended(execution);
    }
}
