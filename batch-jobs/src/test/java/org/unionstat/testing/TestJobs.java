package org.unionstat.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A job the tests can hold in the middle: {@value #JOB} reads the numbers 1 … {@value #ITEMS} in chunks of
 * {@value #CHUNK} (restartable: a restart goes on after the last committed chunk) and records what it wrote. A
 * {@link Gate} stops the reader before a given number until opened, or makes it fail there once.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestJobs {

    public static final String JOB = "countingTestJob";
    public static final int ITEMS = 100;
    public static final int CHUNK = 10;

    @Bean
    public Gate gate() {
        return new Gate();
    }

    /** Step-scoped, as the importers' readers are: stopping a job must not close it under the running step. */
    @Bean
    @StepScope
    public GatedReader gatedReader(Gate gate) {
        return new GatedReader(gate);
    }

    @Bean
    public Job countingTestJob(JobRepository jobRepository, PlatformTransactionManager transactionManager, Gate gate,
            GatedReader gatedReader) {
        Step step = new StepBuilder("count", jobRepository)
                .<Integer, Integer>chunk(CHUNK)
                .transactionManager(transactionManager)
                .reader(gatedReader)
                .writer(chunk -> gate.written.addAll(chunk.getItems()))
                .build();
        return new JobBuilder(JOB, jobRepository).start(step).build();
    }

    /** Holds the reader before a number, or fails it there once; records the numbers written. */
    public static final class Gate {

        final List<Integer> written = Collections.synchronizedList(new ArrayList<>());
        private int openUpTo = Integer.MAX_VALUE;
        private int failAt = Integer.MAX_VALUE;
        private boolean waiting;

        public synchronized void reset() {
            written.clear();
            openUpTo = Integer.MAX_VALUE;
            failAt = Integer.MAX_VALUE;
            waiting = false;
            notifyAll();
        }

        /** The reader waits before reading {@code n + 1}. */
        public synchronized void holdAfter(int n) {
            openUpTo = n;
        }

        public synchronized void failAt(int n) {
            failAt = n;
        }

        public synchronized void open() {
            openUpTo = Integer.MAX_VALUE;
            notifyAll();
        }

        synchronized boolean isWaiting() {
            return waiting;
        }

        public synchronized void awaitWaiting() throws InterruptedException {
            long deadline = System.currentTimeMillis() + 30_000;
            while (!waiting && System.currentTimeMillis() < deadline) {
                wait(50);
            }
            if (!waiting) {
                throw new IllegalStateException("the test job never reached the gate");
            }
        }

        synchronized void before(int n) throws InterruptedException {
            if (n == failAt) {
                failAt = Integer.MAX_VALUE;
                throw new IllegalStateException("simulated failure at item " + n);
            }
            long deadline = System.currentTimeMillis() + 60_000;
            while (n > openUpTo && System.currentTimeMillis() < deadline) {
                waiting = true;
                notifyAll();
                wait(50);
            }
            waiting = false;
        }

        public List<Integer> written() {
            synchronized (written) {
                return List.copyOf(written);
            }
        }
    }

    /** Reads 1 … ITEMS; its position is saved at each commit, so a restart goes on after the last committed chunk. */
    public static class GatedReader extends AbstractItemCountingItemStreamItemReader<Integer> {

        private final Gate gate;

        GatedReader(Gate gate) {
            this.gate = gate;
            setName("gatedReader");
            setMaxItemCount(ITEMS);
        }

        @Override
        protected Integer doRead() throws Exception {
            int n = getCurrentItemCount();
            gate.before(n);
            return n;
        }

        @Override
        protected void jumpToItem(int itemIndex) {
            // the items are their own numbers: nothing to skip
        }

        @Override
        protected void doOpen() {
        }

        @Override
        protected void doClose() {
        }
    }
}
