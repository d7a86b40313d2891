package org.unionstat.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class SettleTrackerTest {

    private static final Path FILE = Path.of("inbox/2026Q3/a.csv");
    private static final Instant T0 = Instant.parse("2026-11-21T02:00:00Z");
    private static final Instant MODIFIED = Instant.parse("2026-11-21T01:00:00Z");

    @Test
    void aFileSeenForTheFirstTimeIsNotSettledHoweverOldItLooks() {
        SettleTracker tracker = new SettleTracker(Duration.ofSeconds(30));
        assertThat(tracker.observe(FILE, 100, MODIFIED, T0)).isFalse();
        assertThat(tracker.remaining(FILE, T0)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aFileUnchangedForTheIntervalIsSettled() {
        SettleTracker tracker = new SettleTracker(Duration.ofSeconds(30));
        tracker.observe(FILE, 100, MODIFIED, T0);
        assertThat(tracker.observe(FILE, 100, MODIFIED, T0.plusSeconds(29))).isFalse();
        assertThat(tracker.remaining(FILE, T0.plusSeconds(29))).isEqualTo(Duration.ofSeconds(1));
        assertThat(tracker.observe(FILE, 100, MODIFIED, T0.plusSeconds(30))).isTrue();
    }

    @Test
    void aGrowingFileStartsOverEvenWithTheSameModificationTime() {
        SettleTracker tracker = new SettleTracker(Duration.ofSeconds(30));
        tracker.observe(FILE, 100, MODIFIED, T0);
        assertThat(tracker.observe(FILE, 200, MODIFIED, T0.plusSeconds(30))).isFalse();
        assertThat(tracker.observe(FILE, 200, MODIFIED, T0.plusSeconds(59))).isFalse();
        assertThat(tracker.observe(FILE, 200, MODIFIED, T0.plusSeconds(60))).isTrue();
    }

    @Test
    void aTouchedFileStartsOver() {
        SettleTracker tracker = new SettleTracker(Duration.ofSeconds(30));
        tracker.observe(FILE, 100, MODIFIED, T0);
        assertThat(tracker.observe(FILE, 100, MODIFIED.plusSeconds(1), T0.plusSeconds(30))).isFalse();
    }

    @Test
    void aForgottenFileIsNew() {
        SettleTracker tracker = new SettleTracker(Duration.ofSeconds(30));
        tracker.observe(FILE, 100, MODIFIED, T0);
        tracker.forget(FILE);
        assertThat(tracker.observe(FILE, 100, MODIFIED, T0.plusSeconds(60))).isFalse();
    }

    @Test
    void withNoIntervalEveryFileIsSettled() {
        SettleTracker tracker = new SettleTracker(Duration.ZERO);
        assertThat(tracker.observe(FILE, 100, MODIFIED, T0)).isTrue();
    }
}
