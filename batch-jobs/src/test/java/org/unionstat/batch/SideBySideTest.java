package org.unionstat.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class SideBySideTest {

    @Test
    void resultsComeInTheOrderOfTheTasks() {
        List<Callable<Integer>> tasks = List.of(() -> {
            Thread.sleep(50);
            return 1;
        }, () -> 2, () -> 3);
        assertThat(SideBySide.run("test", 3, tasks)).containsExactly(1, 2, 3);
    }

    @Test
    void tasksRunAtTheSameTimeOnThreadsNamedAfterTheWork() {
        CountDownLatch bothStarted = new CountDownLatch(2);
        Set<String> threads = ConcurrentHashMap.newKeySet();
        Callable<Boolean> task = () -> {
            threads.add(Thread.currentThread().getName());
            bothStarted.countDown();
            // only true if the other task started while this one was running
            return bothStarted.await(10, TimeUnit.SECONDS);
        };
        assertThat(SideBySide.run("report-2026Q3", 2, List.of(task, task))).containsExactly(true, true);
        assertThat(threads).containsExactlyInAnyOrder("report-2026Q3-1", "report-2026Q3-2");
    }

    @Test
    void oneThreadRunsTheTasksOneAfterTheOther() {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        Callable<Integer> task = () -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            Thread.sleep(20);
            return running.decrementAndGet();
        };
        SideBySide.run("test", 1, List.of(task, task, task));
        assertThat(most).hasValue(1);
    }

    @Test
    void everyTaskRunsAndTheFirstFailureInTaskOrderIsThrownWithTheOthersAttached() {
        AtomicInteger done = new AtomicInteger();
        List<Callable<Integer>> tasks = List.of(() -> {
            Thread.sleep(50);
            throw new IllegalArgumentException("first");
        }, () -> {
            throw new IllegalStateException("second");
        }, () -> done.incrementAndGet());
        assertThatThrownBy(() -> SideBySide.run("test", 2, tasks))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("first")
                .satisfies(e -> assertThat(e.getSuppressed()).singleElement()
                        .satisfies(s -> assertThat(s).hasMessage("second")));
        assertThat(done).hasValue(1);
    }

    @Test
    void aCheckedFailureIsWrapped() {
        List<Callable<Integer>> tasks = List.of(() -> {
            throw new IOException("disk full");
        });
        assertThatThrownBy(() -> SideBySide.run("test", 2, tasks))
                .isInstanceOf(IllegalStateException.class)
                .hasCauseInstanceOf(IOException.class);
    }

    @Test
    void noTasksNoThreads() {
        assertThat(SideBySide.run("test", List.<Callable<Integer>>of())).isEmpty();
    }
}
