package org.unionstat.batch;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.stereotype.Component;

/**
 * Ctrl-C or SIGTERM (systemctl stop) while a job runs: the running jobs are asked to stop at their next chunk
 * boundary (marked STOPPING in the job repository, as {@code stop ID} does), so they end STOPPED and resume on the next
 * launch; the JVM waits for that up to a minute. (A kill -9 leaves them STARTED: the next launch finds
 * their process gone and resumes them too.) {@code serve} also stops waiting for its next run. The hook then waits
 * for the command to finish (its summary printed, the application closed); Spring's own shutdown hook is off for
 * this (SpringContext). The embedded H2 database is closed by H2's own hook at once (H2 cannot leave that to the
 * application in AUTO_SERVER mode): there a running job fails instead, and the next launch resumes it just the same.
 */
@Component
public class GracefulShutdown implements ApplicationListener<ContextClosedEvent> {

    private static final Logger log = LoggerFactory.getLogger(GracefulShutdown.class);
    private static final Duration WAIT = Duration.ofSeconds(60);

    private final ActiveJobs active;
    private final JobHistoryMapper history;
    private final CountDownLatch requested = new CountDownLatch(1);
    private final CountDownLatch closed = new CountDownLatch(1);
    private final AtomicInteger busy = new AtomicInteger();
    private final Thread hook = new Thread(this::shutdown, "unionstat-shutdown");

    public GracefulShutdown(ActiveJobs active, JobHistoryMapper history) {
        this.active = active;
        this.history = history;
    }

    @PostConstruct
    void register() {
        Runtime.getRuntime().addShutdownHook(hook);
    }

    @PreDestroy
    void unregister() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down already
        }
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        closed.countDown();
    }

    /** Whether the process was asked to end. */
    public boolean requested() {
        return requested.getCount() == 0;
    }

    /** Waits up to {@code timeout}; true as soon as the process is asked to end. */
    public boolean await(Duration timeout) throws InterruptedException {
        return requested.await(Math.max(0, timeout.toMillis()), TimeUnit.MILLISECONDS);
    }

    /** Marks a stretch of work the shutdown waits for (between jobs, too). */
    public AutoCloseable busy() {
        busy.incrementAndGet();
        return busy::decrementAndGet;
    }

    private void shutdown() {
        requested.countDown();
        if (active.running().isEmpty() && busy.get() == 0) {
            return;
        }
        for (JobExecution running : active.running()) {
            try {
                // in the repository (see JobControl.requestStop): the running thread picks the status up at its next commit
                history.markStopping(running.getId(), LocalDateTime.now());
                log.warn("asked to end: stopping job {} execution {} at its next chunk boundary; it resumes on the next"
                        + " launch", running.getJobInstance().getJobName(), running.getId());
            } catch (Exception e) {
                log.debug("could not stop execution {}: {}", running.getId(), e.toString());
            }
        }
        try {
            // the command ends (its jobs stopped, its summary printed) and closes the application
            closed.await(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
