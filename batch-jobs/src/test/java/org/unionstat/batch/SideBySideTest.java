package org.unionstat.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
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
        // the first task ends last: it waits for the two others
        CountDownLatch othersDone = new CountDownLatch(2);
        List<Integer> ended = Collections.synchronizedList(new ArrayList<>());
        List<Callable<Integer>> tasks = List.of(() -> {
            awaitOrFail(othersDone);
            ended.add(1);
            return 1;
        }, () -> {
            ended.add(2);
            othersDone.countDown();
            return 2;
        }, () -> {
            ended.add(3);
            othersDone.countDown();
            return 3;
        });
        assertThat(SideBySide.run("test", 3, tasks)).containsExactly(1, 2, 3);
        assertThat(ended).hasSize(3).last().isEqualTo(1);
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
        List<String> threads = Collections.synchronizedList(new ArrayList<>());
        Callable<Integer> task = () -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            threads.add(Thread.currentThread().getName());
            return running.decrementAndGet();
        };
        SideBySide.run("test", 1, List.of(task, task, task));
        assertThat(threads).containsExactly("test-1", "test-1", "test-1");
        assertThat(most).hasValue(1);
    }

    @Test
    void everyTaskRunsAndTheFirstFailureInTaskOrderIsThrownWithTheOthersAttached() {
        AtomicInteger done = new AtomicInteger();
        // the second task fails first; the first one's failure is the one thrown
        CountDownLatch secondFailing = new CountDownLatch(1);
        List<Callable<Integer>> tasks = List.of(() -> {
            awaitOrFail(secondFailing);
            throw new IllegalArgumentException("first");
        }, () -> {
            secondFailing.countDown();
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
    void aFailureSeveralTasksShareIsThrownOnce() {
        IllegalStateException shared = new IllegalStateException("the figures could not be read");
        Callable<Integer> task = () -> {
            throw shared;
        };
        assertThatThrownBy(() -> SideBySide.run("test", 2, List.of(task, task, task)))
                .isSameAs(shared)
                .satisfies(e -> assertThat(e.getSuppressed()).isEmpty());
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

    private static void awaitOrFail(CountDownLatch latch) throws InterruptedException {
        if (!latch.await(10, TimeUnit.SECONDS)) {
            throw new AssertionError("the other tasks did not run meanwhile");
        }
    }

    @Test
    void noTasksNoThreads() {
        assertThat(SideBySide.run("test", List.<Callable<Integer>>of())).isEmpty();
    }
}
