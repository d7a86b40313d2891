package org.unionstat.report.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.unionstat.batch.SideBySide;
import org.unionstat.domain.Period;

class ReportMemoTest {

    private static final Period Q3 = Period.parse("2026Q3");
    private static final Period Q2 = Period.parse("2026Q2");

    private final ReportMemo memo = new ReportMemo();
    private final AtomicInteger worked = new AtomicInteger();

    private String work() {
        return "figures " + worked.incrementAndGet();
    }

    @Test
    void withoutAnOpenReportEachCallWorksItOut() {
        assertThat(memo.get(Q3, "figures", this::work)).isEqualTo("figures 1");
        assertThat(memo.get(Q3, "figures", this::work)).isEqualTo("figures 2");
    }

    @Test
    void withinAReportOfThePeriodItIsWorkedOutOnceAndDroppedWhenTheReportCloses() {
        try (ReportMemo.Report report = memo.open(Q3)) {
            assertThat(memo.get(Q3, "figures", this::work)).isEqualTo("figures 1");
            assertThat(memo.get(Q3, "figures", this::work)).isEqualTo("figures 1");
            assertThat(memo.get(Q3, "charts", this::work)).isEqualTo("figures 2");
            assertThat(memo.get(Q2, "figures", this::work)).as("another period").isEqualTo("figures 3");
        }
        assertThat(memo.get(Q3, "figures", this::work)).isEqualTo("figures 4");
    }

    @Test
    void anOutputAskingWhileAnotherWorksItOutWaitsForIt() {
        CountDownLatch secondAsked = new CountDownLatch(1);
        Callable<String> first = () -> memo.get(Q3, "figures", () -> {
            try {
                // still working when the second output asks
                assertThat(secondAsked.await(10, TimeUnit.SECONDS)).isTrue();
                Thread.sleep(50);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return work();
        });
        Callable<String> second = () -> {
            Thread.sleep(20);
            secondAsked.countDown();
            return memo.get(Q3, "figures", this::work);
        };
        try (ReportMemo.Report report = memo.open(Q3)) {
            assertThat(SideBySide.run("test", 2, List.of(first, second))).containsExactly("figures 1", "figures 1");
        }
        assertThat(worked).hasValue(1);
    }

    @Test
    void aFailureReachesEveryOutputThatAsks() {
        IllegalStateException failure = new IllegalStateException("no computed figures for 2026Q3");
        try (ReportMemo.Report report = memo.open(Q3)) {
            assertThatThrownBy(() -> memo.get(Q3, "figures", () -> {
                throw failure;
            })).isSameAs(failure);
            assertThatThrownBy(() -> memo.get(Q3, "figures", this::work)).isSameAs(failure);
        }
        assertThat(worked).hasValue(0);
    }

    @Test
    void anOutputWaitsForAnnouncedWorkUntilItIsDone() throws InterruptedException {
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.atomic.AtomicBoolean sawItDone = new java.util.concurrent.atomic.AtomicBoolean();
        try (ReportMemo.Report report = memo.open(Q3)) {
            memo.announce(Q3, "flags");
            Thread output = new Thread(() -> {
                memo.await(Q3, "flags");
                sawItDone.set(done.get());
            });
            output.start();
            memo.run(Q3, "flags", () -> done.set(true));
            output.join(10_000);
            assertThat(output.isAlive()).isFalse();
            assertThat(sawItDone).as("the output went on only once the work was done").isTrue();
        }
    }

    @Test
    void theFailureOfAnnouncedWorkReachesTheOutputsThatWait() {
        try (ReportMemo.Report report = memo.open(Q3)) {
            memo.announce(Q3, "flags");
            assertThatThrownBy(() -> memo.run(Q3, "flags", () -> {
                throw new IllegalStateException("no database");
            })).hasMessage("no database");
            assertThatThrownBy(() -> memo.await(Q3, "flags")).isInstanceOf(IllegalStateException.class)
                    .hasMessage("no database");
        }
    }

    @Test
    void withoutAnAnnouncementOrAnOpenReportNothingIsAwaited() {
        memo.await(Q3, "flags");
        try (ReportMemo.Report report = memo.open(Q3)) {
            memo.await(Q3, "flags");
        }
        memo.run(Q2, "flags", worked::incrementAndGet);
        assertThat(worked).hasValue(1);
    }
}
