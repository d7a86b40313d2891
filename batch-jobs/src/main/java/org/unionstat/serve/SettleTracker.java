package org.unionstat.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Tells files still being written from finished ones: a file is settled once its size and modification time have
 * stayed the same for the settle interval, as seen by successive observations (a copy that keeps the original
 * modification time still grows; one that sets it at the end changes it).
 */
final class SettleTracker {

    private record Seen(long size, Instant modified, Instant since) {
    }

    private final Duration settle;
    private final Map<Path, Seen> seen = new HashMap<>();

    SettleTracker(Duration settle) {
        this.settle = settle;
    }

    /** Records the file as it is {@code now}; true when it has not changed for the settle interval. */
    synchronized boolean observe(Path file, long size, Instant modified, Instant now) {
        Seen before = seen.get(file);
        if (before == null || before.size() != size || !before.modified().equals(modified)) {
            seen.put(file, new Seen(size, modified, now));
            return settle.isZero();
        }
        return !now.isBefore(before.since().plus(settle));
    }

    /** How long until the file can be settled if it does not change (zero when it is, or was never seen). */
    synchronized Duration remaining(Path file, Instant now) {
        Seen before = seen.get(file);
        if (before == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, before.since().plus(settle));
        return left.isNegative() ? Duration.ZERO : left;
    }

    synchronized void forget(Path file) {
        seen.remove(file);
    }
}
