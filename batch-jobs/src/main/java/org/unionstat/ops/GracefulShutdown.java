package org.unionstat.ops;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Ctrl-C or SIGTERM (systemctl stop) while a job runs: the running jobs are asked to stop at their next chunk
 * boundary (JobOperator.stop, as {@code stop ID} does), so they end STOPPED and resume on the next launch; the JVM
 * waits for that up to {@code unionstat.ops.shutdown-wait}. (A kill -9 leaves them STARTED: the next launch finds
 * their process gone and resumes them too.) {@code serve} also stops waiting for its next run.
 */
@Component
public class GracefulShutdown {

    private static final Logger log = LoggerFactory.getLogger(GracefulShutdown.class);
    private static final Duration WAIT = Duration.ofSeconds(60);

    private final ActiveJobs active;
    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final CountDownLatch requested = new CountDownLatch(1);
    private final AtomicInteger busy = new AtomicInteger();
    private final Thread hook = new Thread(this::shutdown, "unionstat-shutdown");

    public GracefulShutdown(ActiveJobs active, JobOperator jobOperator, JobRepository jobRepository) {
        this.active = active;
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
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
                // a copy from the repository: the running thread owns the object in memory and picks the status up
                JobExecution execution = jobRepository.getJobExecution(running.getId());
                jobOperator.stop(execution);
                log.warn("asked to end: stopping job {} execution {} at its next chunk boundary; it resumes on the next"
                        + " launch", execution.getJobInstance().getJobName(), execution.getId());
            } catch (Exception e) {
                log.debug("could not stop execution {}: {}", running.getId(), e.toString());
            }
        }
        long deadline = System.currentTimeMillis() + WAIT.toMillis();
        while ((!active.running().isEmpty() || busy.get() > 0) && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
