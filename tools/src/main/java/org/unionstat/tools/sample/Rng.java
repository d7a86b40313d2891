package org.unionstat.tools.sample;

import java.util.List;

/**
 * A small SplitMix64 generator. Every draw of the generator comes from an {@code Rng} keyed by (seed, purpose,
 * indices), so any union, unit or quarter can be produced on its own, in any order, without holding the data set in
 * memory; and the algorithm is fixed here (not java.util's), so the same seed gives the same data on every JDK.
 */
final class Rng {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    /** sqrt(3): scales the sum of four uniforms to unit standard deviation. */
    private static final double SQRT3 = 1.7320508075688772;

    private long state;

    private Rng(long state) {
        this.state = state;
    }

    static Rng of(long seed, long... keys) {
        long s = mix(seed ^ GOLDEN);
        for (long key : keys) {
            s = mix(s ^ mix(key + GOLDEN));
        }
        return new Rng(s);
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    long nextLong() {
        state += GOLDEN;
        return mix(state);
    }

    /** Uniform in [0, 1). */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound). */
    int nextInt(int bound) {
        return (int) ((nextLong() >>> 1) % bound);
    }

    /** Uniform in [lo, hi], both included. */
    int between(int lo, int hi) {
        return lo + nextInt(hi - lo + 1);
    }

    double uniform(double lo, double hi) {
        return lo + (hi - lo) * nextDouble();
    }

    boolean chance(double p) {
        return nextDouble() < p;
    }

    /** Approximately standard normal (Irwin-Hall of four uniforms): bounded, cheap and exactly reproducible. */
    double normal() {
        return (nextDouble() + nextDouble() + nextDouble() + nextDouble() - 2.0) * SQRT3;
    }

    /** An index drawn with the given (not necessarily normalised) weights. */
    int pick(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    <T> T pick(List<T> items) {
        return items.get(nextInt(items.size()));
    }

    <T> T pick(T[] items) {
        return items[nextInt(items.length)];
    }

    <T> void shuffle(List<T> items) {
        for (int i = items.size() - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            T t = items.get(i);
            items.set(i, items.get(j));
            items.set(j, t);
        }
    }
}
