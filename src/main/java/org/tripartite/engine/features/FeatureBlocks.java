package org.tripartite.engine.features;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.tripartite.engine.run.RunMonitor;
import org.tripartite.engine.util.SplitMix64;

/**
 * Streaming of the m random features in fixed-size blocks, computed in parallel and returned in
 * block order.
 *
 * <p>Block b holds features b·BLOCK .. min(m, (b+1)·BLOCK) − 1, and its W is drawn from the seed
 * {@code SplitMix64.mix(seed, b)}. Callers reduce the per-block results sequentially in block
 * order, so a result is bit-identical for any number of threads, and memory holds only a few
 * blocks of features at once (never a T × m matrix).
 */
public final class FeatureBlocks {

    /** Number of features per block. */
    public static final int BLOCK = 1024;

    /** Largest number of random features any computation accepts. */
    public static final int MAX_FEATURES = 100_000;

    private static final ForkJoinPool SHARED_POOL =
            new ForkJoinPool(Runtime.getRuntime().availableProcessors());

    private FeatureBlocks() {
    }

    /** Returns the number of threads used when a caller passes 0: the available processors. */
    public static int defaultThreads() {
        return SHARED_POOL.getParallelism();
    }

    /** Returns the number of blocks of an m-feature map (1 for ELU, whose m is d). */
    public static int blockCount(FeatureMapKind kind, int m) {
        return kind == FeatureMapKind.ELU ? 1 : (m + BLOCK - 1) / BLOCK;
    }

    /** Draws block {@code b} of an m-feature map of dimension d. */
    static FeatureBlock block(FeatureMapKind kind, int d, int m, long seed, int b) {
        if (kind == FeatureMapKind.ELU) {
            return new FeatureBlock(kind, d, d, 0L);
        }
        int size = Math.min(BLOCK, m - b * BLOCK);
        return new FeatureBlock(kind, d, size, SplitMix64.mix(seed, b));
    }

    /**
     * Returns the log of the per-run factor of φ: −½ log m for the random maps (their m^(-1/2)),
     * 0 for ELU. A kernel value φ(q)·φ(k) carries it twice.
     */
    public static double logNormalisation(FeatureMapKind kind, int m) {
        return kind == FeatureMapKind.ELU ? 0.0 : -0.5 * Math.log(m);
    }

    /** Checks m against [1, {@link #MAX_FEATURES}]; programming errors only, experiments validate first. */
    static void checkFeatures(FeatureMapKind kind, int m) {
        if (kind.isRandom() && (m < 1 || m > MAX_FEATURES)) {
            throw new IllegalArgumentException("m must be from 1 to " + MAX_FEATURES + ": " + m);
        }
    }

    /**
     * Runs {@code task} for blocks 0..count−1 and returns the results in block order.
     *
     * @param threads 1 for the calling thread only, 0 for {@link #defaultThreads()}, or a count
     * @throws org.tripartite.engine.run.RunCancelledException when the monitor cancels the run
     */
    static <T> List<T> map(int count, IntFunction<T> task, RunMonitor monitor, int threads) {
        AtomicInteger done = new AtomicInteger();
        IntFunction<T> tracked = b -> {
            monitor.checkCancelled();
            T result = task.apply(b);
            monitor.progress((double) done.incrementAndGet() / count);
            return result;
        };
        int effective = threads == 0 ? defaultThreads() : threads;
        if (effective <= 1 || count == 1) {
            return IntStream.range(0, count).mapToObj(tracked).toList();
        }
        ForkJoinPool pool = effective == defaultThreads() ? SHARED_POOL : new ForkJoinPool(effective);
        try {
            return pool.submit(() -> IntStream.range(0, count).parallel().mapToObj(tracked).toList())
                    .get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while computing feature blocks", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("Feature block computation failed", cause);
        } finally {
            if (pool != SHARED_POOL) {
                pool.shutdown();
            }
        }
    }
}
