package org.unionstat.report.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * A buffered UTF-8 writer without a lock. POI's streaming writer puts a sheet on disk in tiny pieces (five writes per
 * cell attribute), and {@link java.io.BufferedWriter} takes a lock for every one of them (a report at a million
 * unions: 46 s of CPU with it, 41 s with this); {@link java.io.OutputStreamWriter}'s encoder takes its slow path for
 * every Chinese character. Only one thread ever writes a sheet.
 *
 * <p>As {@link java.io.OutputStreamWriter} does, a surrogate without its pair is written as {@code ?}.
 */
final class SheetFileWriter extends Writer {

    private final OutputStream out;
    private final char[] chars;
    private final byte[] bytes;
    private int used;

    /** @param size chars held before they are encoded and written to {@code out} in one piece (at least 2) */
    SheetFileWriter(OutputStream out, int size) {
        if (size < 2) {
            throw new IllegalArgumentException("buffer size " + size);
        }
        this.out = out;
        this.chars = new char[size];
        this.bytes = new byte[size * 3 + 1];
    }

    @Override
    public void write(int c) throws IOException {
        if (used == chars.length) {
            flushBuffer(false);
        }
        chars[used++] = (char) c;
    }

    @Override
    public void write(char[] text, int offset, int length) throws IOException {
        while (length > 0) {
            if (used == chars.length) {
                flushBuffer(false);
            }
            int n = Math.min(length, chars.length - used);
            System.arraycopy(text, offset, chars, used, n);
            used += n;
            offset += n;
            length -= n;
        }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        while (length > 0) {
            if (used == chars.length) {
                flushBuffer(false);
            }
            int n = Math.min(length, chars.length - used);
            text.getChars(offset, offset + n, chars, used);
            used += n;
            offset += n;
            length -= n;
        }
    }

    @Override
    public void write(String text) throws IOException {
        write(text, 0, text.length());
    }

    @Override
    public void flush() throws IOException {
        flushBuffer(false);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            flushBuffer(true);
        } finally {
            out.close();
        }
    }

    /**
     * Encodes the chars held and writes them; a high surrogate at the end waits for its pair, unless this is the end.
     */
    private void flushBuffer(boolean end) throws IOException {
        int n = 0;
        int i = 0;
        while (i < used) {
            char c = chars[i++];
            if (c < 0x80) {
                bytes[n++] = (byte) c;
            } else if (c < 0x800) {
                bytes[n++] = (byte) (0xC0 | c >> 6);
                bytes[n++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                bytes[n++] = (byte) (0xE0 | c >> 12);
                bytes[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                bytes[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i == used && !end) {
                i--;
                break;
            } else if (Character.isHighSurrogate(c) && i < used && Character.isLowSurrogate(chars[i])) {
                int codePoint = Character.toCodePoint(c, chars[i++]);
                bytes[n++] = (byte) (0xF0 | codePoint >> 18);
                bytes[n++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
                bytes[n++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
                bytes[n++] = (byte) (0x80 | codePoint & 0x3F);
            } else {
                bytes[n++] = '?';
            }
        }
        out.write(bytes, 0, n);
        int left = used - i;
        if (left > 0) {
            chars[0] = chars[i];
        }
        used = left;
    }
}
