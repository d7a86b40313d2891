package org.unionstat.ingest.validate;

import org.unionstat.domain.RejectCode;

/**
 * The line each code (union_id, unit_id) was first accepted from in one import, for E10. Millions of codes fit in a
 * few tens of megabytes: a code of 18 characters out of [0-9A-Z] is two base-36 numbers of nine digits, kept in one
 * array as an open-addressing table instead of one String and map entry per code.
 */
public final class FirstLines {

    private static final int HALF = 9;
    private static final int INITIAL_CAPACITY = 1 << 12;
    /** A slot is three longs side by side (one cache line fetch per probe): the code's halves and its line. */
    private static final int STRIDE = 3;

    private long[] slots = new long[INITIAL_CAPACITY * STRIDE]; // line 0: free slot (lines start at 1)
    private int size;

    /**
     * Records that {@code code} was accepted from {@code line} unless it already was; returns 0 when recorded, else the
     * line it was first accepted from.
     */
    public long putIfAbsent(String code, long line) {
        if (line <= 0) {
            throw new IllegalArgumentException("lines start at 1: " + line);
        }
        long h = half(code, 0);
        long l = half(code, HALF);
        int slot = find(slots, h, l);
        if (slots[slot + 2] != 0) {
            return slots[slot + 2];
        }
        slots[slot] = h;
        slots[slot + 1] = l;
        slots[slot + 2] = line;
        if (++size > capacity(slots) / 4 * 3) {
            grow();
        }
        return 0;
    }

    /**
     * The problem of a row whose code was already accepted from {@code firstLine} (E10), as import and check say it:
     * "E10 union_id: 81… was already accepted from line 7".
     */
    public static Problem repeated(String keyColumn, String code, long firstLine) {
        return new Problem(RejectCode.E10, keyColumn, Reason.REPEATED.with(code, firstLine));
    }

    int size() {
        return size;
    }

    private static int capacity(long[] slots) {
        return slots.length / STRIDE;
    }

    /** The index of the slot holding (h, l), or of the free slot where it belongs. */
    private static int find(long[] slots, long h, long l) {
        int mask = capacity(slots) - 1;
        int i = hash(h, l) & mask;
        while (slots[i * STRIDE + 2] != 0 && (slots[i * STRIDE] != h || slots[i * STRIDE + 1] != l)) {
            i = (i + 1) & mask;
        }
        return i * STRIDE;
    }

    private void grow() {
        long[] grown = new long[slots.length * 2];
        for (int i = 0; i < slots.length; i += STRIDE) {
            if (slots[i + 2] != 0) {
                int slot = find(grown, slots[i], slots[i + 1]);
                System.arraycopy(slots, i, grown, slot, STRIDE);
            }
        }
        slots = grown;
    }

    private static int hash(long h, long l) {
        long x = h * 0x9E3779B97F4A7C15L ^ l * 0xC2B2AE3D27D4EB4FL;
        return (int) (x ^ (x >>> 29) ^ (x >>> 47));
    }

    private static long half(String code, int from) {
        if (code.length() != 2 * HALF) {
            throw new IllegalArgumentException("not a code of 18 characters: " + code);
        }
        long value = 0;
        for (int i = from; i < from + HALF; i++) {
            value = value * 36 + digit(code, code.charAt(i));
        }
        return value;
    }

    private static int digit(String code, char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        throw new IllegalArgumentException("not a code of [0-9A-Z]: " + code);
    }

    @Override
    public String toString() {
        return "FirstLines[" + size + " codes, capacity " + capacity(slots) + "]";
    }
}
