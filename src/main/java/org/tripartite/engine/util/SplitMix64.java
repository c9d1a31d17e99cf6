package org.tripartite.engine.util;

/**
 * Deterministic pseudo-random generator (SplitMix64 by Steele, Lea and Flood) with uniform and
 * standard normal draws.
 *
 * <p>The engine uses its own generator instead of {@link java.util.Random} or
 * {@link java.util.SplittableRandom} so that the sequence is fixed by this source file alone, and
 * normals use {@link StrictMath#log}, so a seed gives the same numbers on every JVM. Not
 * thread-safe: give each thread or feature block its own instance from {@link #mix}.
 */
public final class SplitMix64 {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private long state;
    private double spareNormal;
    private boolean hasSpareNormal;

    public SplitMix64(long seed) {
        this.state = seed;
    }

    /** Returns the SplitMix64 finaliser of {@code z}, a bijective 64-bit mixing function. */
    public static long finalise(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * Derives an independent seed from {@code seed} and a stream index (a feature block, a
     * repeat, a vocabulary word); distinct indices give unrelated streams.
     */
    public static long mix(long seed, long index) {
        return finalise(seed ^ finalise(index * GOLDEN_GAMMA + 0x632BE59BD9B4E019L));
    }

    /** Returns the next 64 random bits. */
    public long nextLong() {
        state += GOLDEN_GAMMA;
        return finalise(state);
    }

    /** Returns a uniform double in [0, 1) with 53 random bits. */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Returns a uniform integer in [0, bound), bound &gt; 0, without modulo bias. */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        long limit = (1L << 32) - ((1L << 32) % bound);
        while (true) {
            long r = nextLong() >>> 32;
            if (r < limit) {
                return (int) (r % bound);
            }
        }
    }

    /** Returns a standard normal draw (Marsaglia's polar method, pairs cached). */
    public double nextGaussian() {
        if (hasSpareNormal) {
            hasSpareNormal = false;
            return spareNormal;
        }
        double u;
        double v;
        double s;
        do {
            u = 2.0 * nextDouble() - 1.0;
            v = 2.0 * nextDouble() - 1.0;
            s = u * u + v * v;
        } while (s >= 1.0 || s == 0.0);
        double factor = StrictMath.sqrt(-2.0 * StrictMath.log(s) / s);
        spareNormal = v * factor;
        hasSpareNormal = true;
        return u * factor;
    }
}
