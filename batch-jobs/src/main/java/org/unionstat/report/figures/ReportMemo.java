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
            try {
                return (T) theirs.join();
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
        try {
            T value = work.get();
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        }
    }
}
