package org.unionstat.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

/**
 * The job executions running in this process, outermost first (a {@code runPeriod} job runs import and compute jobs
 * inside it). Read by the progress display from another thread.
 */
@Component
public class ActiveJobs {

    private final List<JobExecution> running = new CopyOnWriteArrayList<>();
    private final List<Runnable> firstStarted = new CopyOnWriteArrayList<>();
    private final List<Runnable> allEnded = new CopyOnWriteArrayList<>();

    void started(JobExecution execution) {
        running.add(execution);
        if (running.size() == 1) {
            firstStarted.forEach(Runnable::run);
        }
    }

    void ended(JobExecution execution) {
        running.remove(execution);
        if (running.isEmpty()) {
            allEnded.forEach(Runnable::run);
        }
    }

    public List<JobExecution> running() {
        return new ArrayList<>(running);
    }

    /** Called when a job starts while none runs ({@code onStart}) and when the last running job ends ({@code onEnd}). */
    public void watch(Runnable onStart, Runnable onEnd) {
        firstStarted.add(onStart);
        allEnded.add(onEnd);
    }
}
