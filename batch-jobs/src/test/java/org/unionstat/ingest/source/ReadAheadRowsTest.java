package org.unionstat.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

class ReadAheadRowsTest {

    /** n rows, then a failure when {@code failAt} is reached (0: none). */
    static final class CountingRows implements SourceRows {
        private final int n;
        private final int failAt;
        private int next = 1;
        final AtomicBoolean closed = new AtomicBoolean();

        CountingRows(int n, int failAt) {
            this.n = n;
            this.failAt = failAt;
        }

        @Override
        public HeaderMapping header() {
            return null;
        }

        @Override
        public SourceRow next() throws IOException {
            if (next == failAt) {
                throw new IOException("broken at " + failAt);
            }
            return next > n ? null : new SourceRow(next++, Map.of("n", Integer.toString(next - 1)), "raw");
        }

        @Override
        public void close() {
            closed.set(true);
        }
    }

    @Test
    void rowsComeOutInFileOrderAcrossBatches() throws Exception {
        CountingRows source = new CountingRows(12_345, 0);
        List<Long> lines = new ArrayList<>();
        try (ReadAheadRows rows = new ReadAheadRows(source, "test")) {
            for (SourceRow row = rows.next(); row != null; row = rows.next()) {
                lines.add(row.line());
            }
            assertThat(rows.next()).isNull();
        }
        assertThat(lines).hasSize(12_345);
        for (int i = 0; i < lines.size(); i++) {
            assertThat(lines.get(i)).isEqualTo(i + 1L);
        }
        assertThat(source.closed).isTrue();
    }

    @Test
    void aFailureComesOutAfterTheRowsBeforeIt() throws Exception {
        try (ReadAheadRows rows = new ReadAheadRows(new CountingRows(5_000, 1_201), "test")) {
            for (int i = 1; i <= 1_200; i++) {
                assertThat(rows.next().line()).isEqualTo(i);
            }
            assertThatThrownBy(rows::next).isInstanceOf(IOException.class).hasMessage("broken at 1201");
        }
    }

    @Test
    void closingEarlyStopsTheReaderAndClosesTheFile() throws Exception {
        CountingRows source = new CountingRows(1_000_000, 0);
        String name = "read-ahead-closed-early";
        ReadAheadRows rows = new ReadAheadRows(source, name);
        assertThat(rows.next().line()).isEqualTo(1);
        assertThat(liveThreads(name)).as("reading ahead").hasSize(1);
        rows.close();
        assertThat(source.closed).isTrue();
        assertThat(liveThreads(name)).as("the reader, stopped while the queue was full").isEmpty();
    }

    private static List<Thread> liveThreads(String name) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(name) && t.isAlive()).toList();
    }
}
