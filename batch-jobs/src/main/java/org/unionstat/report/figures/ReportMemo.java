package org.unionstat.report.figures;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import org.unionstat.domain.Period;

/**
 * What several outputs of one report need (the figures, their explanation with its weight draws, the charts), worked
 * out once while a report of the period is open and handed to every output that asks: the outputs run side by side,
 * and one that asks while another works a thing out waits for it. Outside an open report, each call works it out anew.
 */
@Component
public class ReportMemo {

    private final Map<Period, Map<Object, CompletableFuture<Object>>> open = new ConcurrentHashMap<>();

    /** An open report: what it worked out is dropped when it closes. */
    public final class Report implements AutoCloseable {

        private final Period period;
        private final Map<Object, CompletableFuture<Object>> kept;

        private Report(Period period, Map<Object, CompletableFuture<Object>> kept) {
            this.period = period;
            this.kept = kept;
        }

        @Override
        public void close() {
            open.remove(period, kept);
        }
    }

    /** Keeps what is worked out for {@code period} until the returned report is closed. */
    public Report open(Period period) {
        Map<Object, CompletableFuture<Object>> kept = new ConcurrentHashMap<>();
        open.put(period, kept);
        return new Report(period, kept);
    }

    /**
     * Announces that {@code key} will be worked out for the open report of {@code period} by {@link #run}, so that
     * {@link #await} waits for it from now on: call it before the outputs that wait start.
     */
    public void announce(Period period, Object key) {
        Map<Object, CompletableFuture<Object>> kept = open.get(period);
        if (kept != null) {
            kept.putIfAbsent(key, new CompletableFuture<>());
        }
    }

    /**
     * Runs {@code work}, announced under {@code key}, and lets the outputs that wait for it go on; its failure is
     * thrown here and to every output that waits.
     */
    public void run(Period period, Object key, Runnable work) {
        Map<Object, CompletableFuture<Object>> kept = open.get(period);
        CompletableFuture<Object> pending = kept == null ? null : kept.computeIfAbsent(key, k -> new CompletableFuture<>());
        try {
            work.run();
            if (pending != null) {
                pending.complete(Boolean.TRUE);
            }
        } catch (RuntimeException | Error e) {
            if (pending != null) {
                pending.completeExceptionally(e);
            }
            throw e;
        }
    }

    /** Waits until {@code key} is worked out for the open report of {@code period}, if it was announced. */
    public void await(Period period, Object key) {
        Map<Object, CompletableFuture<Object>> kept = open.get(period);
        CompletableFuture<Object> pending = kept == null ? null : kept.get(key);
        if (pending != null) {
            join(pending);
        }
    }

    /**
     * The value of {@code key} for the open report of {@code period}, worked out by {@code work} the first time it is
     * asked for; without an open report, {@code work}'s value. A failure reaches every output that asked.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(Period period, Object key, Supplier<T> work) {
        Map<Object, CompletableFuture<Object>> kept = open.get(period);
        if (kept == null) {
            return work.get();
        }
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> theirs = kept.putIfAbsent(key, mine);
        if (theirs != null) {
            return (T) join(theirs);
        }
        try {
            T value = work.get();
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        }
    }

    /** The value, or the failure of the work that was to give it, as it was thrown. */
    private static Object join(CompletableFuture<Object> pending) {
        try {
            return pending.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
