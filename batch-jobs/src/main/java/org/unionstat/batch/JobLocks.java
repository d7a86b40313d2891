package org.unionstat.batch;

import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.DefaultJobKeyGenerator;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One launch of a job instance at a time, across threads, processes and hosts sharing the database: a launch inserts
 * the instance's row into job_instance_lock (primary key: job name and job key, the same key as Spring Batch's
 * BATCH_JOB_INSTANCE) and deletes it when the job ends. A second launch hits the primary key and is refused, unless
 * the row's process is gone (a killed process): on this host its pid is no longer running; on another host it has not
 * refreshed its heartbeat for {@code unionstat.ops.stale-after}. Such a row is taken over.
 *
 * <p>Spring Batch's own check (no running execution of the instance) cannot do this alone: two processes reading the
 * repository under READ_COMMITTED at the same moment both find none, and both run.
 */
@Component
public class JobLocks {

    private static final Logger log = LoggerFactory.getLogger(JobLocks.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final JobLockMapper mapper;
    private final ThisProcess process;
    private final OpsSettings settings;
    private final TransactionTemplate newTransaction;
    private final Set<String> held = ConcurrentHashMap.newKeySet();
    private ScheduledExecutorService heartbeat;

    public JobLocks(JobLockMapper mapper, ThisProcess process, OpsSettings settings,
            PlatformTransactionManager transactionManager) {
        this.mapper = mapper;
        this.process = process;
        this.settings = settings;
        // a lock must be visible to other processes at once, even when a launch happens inside a transaction
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The key of a job instance: Spring Batch's JOB_KEY, a digest of the identifying parameters. */
    public static String jobKey(JobParameters parameters) {
        return new DefaultJobKeyGenerator().generateKey(parameters);
    }

    /**
     * Takes the lock of the job instance identified by {@code parameters}.
     *
     * @throws JobAlreadyRunningException when a live process holds it
     */
    public Lock acquire(String jobName, JobParameters parameters, String description) {
        String key = jobKey(parameters);
        for (int attempt = 0; attempt < 3; attempt++) {
            String token = UUID.randomUUID().toString();
            try {
                newTransaction.executeWithoutResult(status -> mapper.insertLock(new JobLockMapper.Holder(jobName, key,
                        process.host(), process.pid(), process.start(), token, null, 0)));
                held.add(token);
                startHeartbeat();
                return new Lock(jobName, key, token);
            } catch (DuplicateKeyException e) {
                JobLockMapper.Holder holder = mapper.findLock(jobName, key);
                if (holder == null) {
                    continue; // released in the meantime: try again
                }
                if (!isStale(holder)) {
                    throw new JobAlreadyRunningException("job " + jobName + " " + description + " is already running ("
                            + where(holder) + ", since " + TIME.format(holder.lockedAt())
                            + "); not started twice. Wait for it, or stop it with `stop`");
                }
                log.warn("job {} {}: the process that was running it ({}) is gone; taking over", jobName, description,
                        where(holder));
                newTransaction.executeWithoutResult(status -> mapper.deleteLock(jobName, key, holder.token()));
            }
        }
        throw new JobAlreadyRunningException("job " + jobName + " " + description
                + " is being launched by another process at this very moment; not started twice");
    }

    /** Whether the process holding a lock is gone. */
    public boolean isStale(JobLockMapper.Holder holder) {
        if (process.isThisHost(holder.host())) {
            return !process.isAlive(holder.pid(), holder.processStart());
        }
        return holder.heartbeatAge() > settings.staleAfter().toSeconds();
    }

    /** The holder of a job instance's lock, or null when nobody runs it. */
    public JobLockMapper.Holder holder(String jobName, JobParameters parameters) {
        return mapper.findLock(jobName, jobKey(parameters));
    }

    static String where(JobLockMapper.Holder holder) {
        return "process " + holder.pid() + " on " + holder.host();
    }

    private synchronized void startHeartbeat() {
        if (heartbeat == null) {
            heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "unionstat-job-heartbeat");
                thread.setDaemon(true);
                return thread;
            });
            long every = settings.heartbeatInterval().toMillis();
            heartbeat.scheduleWithFixedDelay(this::beat, every, every, TimeUnit.MILLISECONDS);
        }
    }

    private void beat() {
        try {
            if (!held.isEmpty()) {
                mapper.heartbeat(Set.copyOf(held));
            }
        } catch (RuntimeException e) {
            // the database may be unreachable for a moment; the running job will notice on its own
            log.debug("heartbeat failed: {}", e.getMessage());
        }
    }

    @PreDestroy
    synchronized void stopHeartbeat() {
        if (heartbeat != null) {
            heartbeat.shutdownNow();
            heartbeat = null;
        }
    }

    /** A held lock; closing it releases it. */
    public final class Lock implements AutoCloseable {

        private final String jobName;
        private final String key;
        private final String token;

        private Lock(String jobName, String key, String token) {
            this.jobName = jobName;
            this.key = key;
            this.token = token;
        }

        @Override
        public void close() {
            held.remove(token);
            try {
                newTransaction.executeWithoutResult(status -> mapper.deleteLock(jobName, key, token));
            } catch (RuntimeException e) {
                // left behind, the row is stale as soon as this process ends, and the next launch takes it over
                log.warn("could not release the lock of job {}: {}", jobName, e.getMessage());
            }
        }
    }
}
