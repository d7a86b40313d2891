package org.unionstat.ingest.spool;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Sorts a spool file by its key column (union_id, unit_id) before the bulk load: InnoDB appends rows that arrive in
 * primary-key order to the end of its B-tree, but scatters rows in file order over the whole tree, which on a buffer
 * pool smaller than the table costs several times as much. Only the keys and the records' places are held in memory
 * (about 40 bytes a record); the records themselves are copied from the spool in key order.
 */
final class SpoolSorter {

    private SpoolSorter() {
    }

    /** A record of the spool: its key as two base-36 numbers, where it starts and how long it is. */
    private record Entry(long high, long low, long offset, int length) {
    }

    /** By key, then by place in the file (a key's records keep their order). */
    private static final Comparator<Entry> BY_KEY = (a, b) -> a.high() != b.high() ? Long.compare(a.high(), b.high())
            : a.low() != b.low() ? Long.compare(a.low(), b.low()) : Long.compare(a.offset(), b.offset());

    /** Writes the records of {@code spool} in the order of field {@code keyIndex} to {@code sorted}. */
    static void sort(Path spool, int keyIndex, Path sorted) {
        try {
            Entry[] entries = scan(spool, keyIndex);
            Arrays.parallelSort(entries, BY_KEY); // on every processor
            copy(spool, entries, sorted);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot sort the import spool " + spool + ": " + e.getMessage(), e);
        }
    }

    /**
     * Finds every record of an RFC 4180 file ('\n' between records, which may also occur inside quotes) and reads
     * its key, which is never quoted (a code of [0-9A-Z]).
     */
    private static Entry[] scan(Path spool, int keyIndex) throws IOException {
        Entry[] entries = new Entry[1024];
        int count = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(spool)) {
            long position = 0;
            long start = 0;
            int field = 0;
            boolean quoted = false;
            long high = 0;
            long low = 0;
            int keyDigits = 0;
            for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
                for (int i = 0; i < n; i++, position++) {
                    byte b = buffer[i];
                    if (b == '"') {
                        quoted = !quoted;
                    } else if (quoted) {
                        continue;
                    } else if (b == ',') {
                        field++;
                    } else if (b == '\n') {
                        if (keyDigits != 18) {
                            throw new IOException("record at byte " + start + " has no code of 18 characters in field "
                                    + keyIndex);
                        }
                        if (count == entries.length) {
                            entries = Arrays.copyOf(entries, count * 2);
                        }
                        entries[count++] = new Entry(high, low, start, (int) (position + 1 - start));
                        start = position + 1;
                        field = 0;
                        high = 0;
                        low = 0;
                        keyDigits = 0;
                    } else if (field == keyIndex) {
                        int digit = Character.digit(b, 36);
                        if (digit < 0 || keyDigits == 18) {
                            throw new IOException("record at byte " + start + " has no code of [0-9A-Z] in field "
                                    + keyIndex);
                        }
                        if (keyDigits < 9) {
                            high = high * 36 + digit;
                        } else {
                            low = low * 36 + digit;
                        }
                        keyDigits++;
                    }
                }
            }
            if (position != start) {
                throw new IOException("the spool does not end with a complete record");
            }
        }
        return Arrays.copyOf(entries, count);
    }

    private static void copy(Path spool, Entry[] entries, Path sorted) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        try (FileChannel in = FileChannel.open(spool, StandardOpenOption.READ);
                OutputStream out = new BufferedOutputStream(Files.newOutputStream(sorted), 1 << 16)) {
            for (Entry entry : entries) {
                if (entry.length() > buffer.capacity()) {
                    buffer = ByteBuffer.allocate(entry.length());
                }
                buffer.clear().limit(entry.length());
                long at = entry.offset();
                while (buffer.hasRemaining()) {
                    if (in.read(buffer, at + buffer.position()) < 0) {
                        throw new IOException("the spool ended inside a record");
                    }
                }
                out.write(buffer.array(), 0, entry.length());
            }
        }
    }
}
