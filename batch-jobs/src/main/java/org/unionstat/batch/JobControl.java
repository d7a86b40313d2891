package org.unionstat.batch;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.stereotype.Service;

import org.unionstat.domain.UserFacingException;

/** {@code jobs}, {@code restart ID} and {@code stop ID}: the job history and control over executions. */
@Service
public class JobControl {

    private final JobRepository jobRepository;
    private final BatchJobs batchJobs;
    private final JobLocks locks;
    private final JobHistoryMapper history;
    private final JobLockMapper processes;
    private final StaleExecutions staleExecutions;
    private final ThisProcess process;
    private final ApplicationContext context;

    public JobControl(JobRepository jobRepository, BatchJobs batchJobs, JobLocks locks,
            JobHistoryMapper history, JobLockMapper processes, StaleExecutions staleExecutions, ThisProcess process,
            ApplicationContext context) {
        this.jobRepository = jobRepository;
        this.batchJobs = batchJobs;
        this.locks = locks;
        this.history = history;
        this.processes = processes;
        this.staleExecutions = staleExecutions;
        this.process = process;
        this.context = context;
    }

    /** A job execution as {@code jobs} lists it. {@code stale}: it looks running but its process is gone. */
    public record ExecutionSummary(long id, String jobName, Map<String, String> parameters, String status,
            boolean stale, String exitCode, LocalDateTime start, Duration duration, long read, long written,
            long skipped, String host, Long pid) {
    }

    /** The {@code limit} most recent executions, newest first (of one job when {@code jobName} is not null). */
    public List<ExecutionSummary> recent(int limit, String jobName) {
        List<JobHistoryMapper.ExecutionRow> rows = history.findRecentExecutions(limit, jobName);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<String, String>> parameters = new LinkedHashMap<>();
        for (JobHistoryMapper.ParameterRow p : history.findIdentifyingParameters(
                rows.stream().map(JobHistoryMapper.ExecutionRow::jobExecutionId).toList())) {
            parameters.computeIfAbsent(p.jobExecutionId(), id -> new LinkedHashMap<>()).put(p.parameterName(), p.parameterValue());
        }
        List<ExecutionSummary> summaries = new ArrayList<>();
        for (JobHistoryMapper.ExecutionRow row : rows) {
            BatchStatus status = row.status() == null ? BatchStatus.UNKNOWN : BatchStatus.valueOf(row.status());
            boolean stale = status.isRunning() && isGone(row);
            LocalDateTime start = row.startTime() == null ? row.createTime() : row.startTime();
            LocalDateTime end = row.endTime() != null ? row.endTime() : status.isRunning() ? LocalDateTime.now() : start;
            summaries.add(new ExecutionSummary(row.jobExecutionId(), row.jobName(),
                    parameters.getOrDefault(row.jobExecutionId(), Map.of()), status.name(), stale, row.exitCode(), start,
                    start == null || end == null ? Duration.ZERO : Duration.between(start, end), row.readCount(),
                    row.writeCount(), row.skipCount(), row.host(), row.pid()));
        }
        return summaries;
    }

    /** Whether the process recorded for a running-looking execution is gone. */
    private boolean isGone(JobHistoryMapper.ExecutionRow row) {
        if (row.host() == null || row.pid() == null) {
            return false; // unknown: say nothing
        }
        if (process.isThisHost(row.host())) {
            return !process.isAlive(row.pid(), row.processStart());
        }
        JobExecution execution = jobRepository.getJobExecution(row.jobExecutionId());
        JobLockMapper.Holder holder = execution == null ? null : locks.holder(row.jobName(), execution.getJobParameters());
        return holder == null || locks.isStale(holder);
    }

    /** The outcome of {@code restart ID}: the new execution, and the one it resumed. */
    public record Restart(JobExecution execution, long resumed) {
    }

    /**
     * Restarts the job instance of execution {@code id} (its latest execution must have failed or stopped, or have
     * been left running by a process that is gone); it resumes where it stopped.
     */
    public Restart restart(long id) {
        JobExecution given = execution(id);
        JobExecution latest = jobRepository.getLastJobExecution(given.getJobInstance());
        if (latest == null) {
            latest = given;
        }
        String job = given.getJobInstance().getJobName();
        String as = latest.getId() == id ? "" : " (its latest execution is " + latest.getId() + ")";
        if (latest.getStatus() == BatchStatus.COMPLETED) {
            throw new UserFacingException("execution " + id + " of job " + job + as + " completed; there is nothing"
                    + " to restart");
        }
        if (latest.getStatus() == BatchStatus.ABANDONED) {
            throw new UserFacingException("execution " + id + " of job " + job + as + " was abandoned; it cannot be"
                    + " restarted");
        }
        Job target = jobNamed(job);
        JobParameters parameters = latest.getJobParameters();
        String out = parameters.getString(OutputDirectory.JOB_PARAMETER);
        if (out != null) {
            OutputDirectory.requireWritable(Path.of(out));
        }
        BatchJobs.Launch launch = batchJobs.run(target, parameters);
        return new Restart(launch.execution(), latest.getId());
    }

    /** The outcome of {@code stop ID}. */
    public record Stop(JobExecution execution, boolean wasStale, List<Long> alsoStopped, String where) {
    }

    /**
     * Stops execution {@code id}: marks it STOPPING in the job repository, so that the process running it (this one
     * or another, on any host) stops it at its next chunk boundary; a run's inner jobs running in the same process are
     * stopped too. An execution whose process is gone is marked FAILED instead, ready for {@code restart}.
     */
    public Stop stop(long id) {
        JobExecution execution = execution(id);
        String job = execution.getJobInstance().getJobName();
        if (!execution.isRunning()) {
            throw new UserFacingException("execution " + id + " of job " + job + " is not running ("
                    + execution.getStatus() + "); nothing to stop");
        }
        JobLockMapper.Holder holder = locks.holder(job, execution.getJobParameters());
        JobLockMapper.ExecutionProcess runner = processes.findProcess(id);
        String where = runner == null ? "an unknown process" : "process " + runner.pid() + " on " + runner.host();
        if (holder == null || locks.isStale(holder)) {
            try (JobLocks.Lock lock = locks.acquire(job, execution.getJobParameters(), "execution " + id)) {
                staleExecutions.recover(job, execution.getJobParameters());
            }
            return new Stop(jobRepository.getJobExecution(id), true, List.of(), where);
        }
        List<Long> inner = new ArrayList<>();
        requestStop(execution);
        if (runner != null) {
            for (long child : history.findRunningExecutionsOf(runner.host(), runner.pid(), id)) {
                if (child > id) {
                    JobExecution childExecution = jobRepository.getJobExecution(child);
                    if (childExecution != null && childExecution.isRunning()) {
                        requestStop(childExecution);
                        inner.add(child);
                    }
                }
            }
        }
        return new Stop(jobRepository.getJobExecution(id), false, inner, where);
    }

    /**
     * Whether a live process still runs the job instance of execution {@code id} (after {@code stop}, the repository
     * says STOPPED at once; the process lets go of the instance when its current chunk is done).
     */
    public boolean isLocked(long id) {
        JobExecution execution = execution(id);
        JobLockMapper.Holder holder = locks.holder(execution.getJobInstance().getJobName(), execution.getJobParameters());
        return holder != null && !locks.isStale(holder);
    }

    /**
     * Marks the execution STOPPING in the job repository. Not JobOperator.stop: in the process running the job, its
     * stop of the steps closes the running step's step-scoped reader (Spring Batch 6 matches the step context by
     * execution id), which then saves its position as 0 and a restart would read the file again from the start.
     */
    void requestStop(JobExecution execution) {
        history.markStopping(execution.getId(), LocalDateTime.now());
    }

    private JobExecution execution(long id) {
        JobExecution execution;
        try {
            execution = jobRepository.getJobExecution(id);
        } catch (EmptyResultDataAccessException e) {
            execution = null;
        }
        if (execution == null) {
            throw new UserFacingException("there is no job execution " + id + " (see `jobs`)");
        }
        return execution;
    }

    private Job jobNamed(String name) {
        Map<String, Job> jobs = context.getBeansOfType(Job.class).values().stream()
                .collect(Collectors.toMap(Job::getName, j -> j, (a, b) -> a));
        Job job = jobs.get(name);
        if (job == null) {
            throw new UserFacingException("job " + name + " is not a job of this version of unionstat; it cannot be"
                    + " restarted");
        }
        return job;
    }
}
