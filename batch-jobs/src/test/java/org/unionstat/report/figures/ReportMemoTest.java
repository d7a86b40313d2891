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
}
