package org.unionstat.batch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Independent pieces of work run side by side, by default as many at a time as there are processors (the output files
 * of a report, the inspect step's digest and parse), so that both cores of a small server are busy; or more at a time
 * than that, for work that mostly waits (the indicator queries of a period, all at once).
 */
public final class SideBySide {

    private SideBySide() {
    }

    /**
     * Runs {@code tasks}, started in their order, on up to {@code threads} threads named after {@code name}, and
     * returns their results in that order. Every task runs to its end; when some fail, the first failure in task
     * order is thrown, with the others attached to it as suppressed.
     */
    public static <T> List<T> run(String name, int threads, List<? extends Callable<T>> tasks) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        AtomicInteger count = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, tasks.size())), task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(task));
            }
            List<T> results = new ArrayList<>();
            Throwable failure = null;
            for (Future<T> future : futures) {
                try {
                    results.add(future.get());
                } catch (ExecutionException e) {
                    if (failure == null) {
                        failure = e.getCause();
                    } else if (e.getCause() != failure
                            && !Arrays.asList(failure.getSuppressed()).contains(e.getCause())) {
                        // a failure several tasks share (a value they all waited for) is told once
                        failure.addSuppressed(e.getCause());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    futures.forEach(f -> f.cancel(true));
                    throw new IllegalStateException(name + ": interrupted", e);
                }
            }
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
            if (failure != null) {
                throw new IllegalStateException(failure);
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** {@link #run(String, int, List)} with one thread per processor. */
    public static <T> List<T> run(String name, List<? extends Callable<T>> tasks) {
        return run(name, Runtime.getRuntime().availableProcessors(), tasks);
    }
}
