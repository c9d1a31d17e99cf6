package org.tripartite.engine.memory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.tripartite.engine.run.RunMonitor;

/**
 * Capacity of the reduced memory: the largest number K of stored random patterns for which at
 * least {@link #RECALL_THRESHOLD} of the cued patterns are recalled exactly.
 *
 * <p>One trial stores K fresh random patterns of N bits and cues every one of them with a copy in
 * which round(f · N) distinct bits are flipped. A cue counts as recalled when the asynchronous
 * updates of {@link ReducedMemory} end exactly on its pattern (the negated pattern does not
 * count). The recall fraction at K is the share of recalled cues over all trials.
 *
 * <p>The search doubles K from 1 until the fraction falls below the threshold (or K reaches the
 * search limit), then bisects between the last K that passed and the first that failed. It
 * assumes that the fraction falls as K grows. Near the threshold the measured fraction is noisy,
 * so a larger K can occasionally pass again. The search then reports one K at the crossing, which
 * is not necessarily the largest passing K.
 *
 * <p>Patterns and cues for a given (N, K, trial) come from their own seed derived from the run's
 * seed, so every evaluation is reproducible whatever the order of the search.
 */
public final class CapacitySearch {

    /** Share of cues that must be recalled exactly for K to count as within capacity. */
    public static final double RECALL_THRESHOLD = 0.9;

    private final CouplingKind kind;
    private final double flipFraction;
    private final int trials;
    private final long seed;

    /**
     * @param kind         pairwise (z²/2) or quartic (z⁴/4) interaction
     * @param flipFraction fraction f of bits flipped in each cue, in [0, 1)
     * @param trials       independent sets of K patterns per evaluated K
     * @param seed         seed of every pattern set and cue
     */
    public CapacitySearch(CouplingKind kind, double flipFraction, int trials, long seed) {
        if (!(flipFraction >= 0.0 && flipFraction < 1.0)) {
            throw new IllegalArgumentException("flip fraction must be in [0, 1), got " + flipFraction);
        }
        if (trials < 1) {
            throw new IllegalArgumentException("trials must be at least 1, got " + trials);
        }
        this.kind = kind;
        this.flipFraction = flipFraction;
        this.trials = trials;
        this.seed = seed;
    }

    /**
     * Returns an estimate of the capacity at N, used to bound the search and its cost: 0.1 N for
     * pairwise and 0.008 N³ for quartic couplings. Both lie above the capacities this search
     * measured for flip fractions from 0.05 to 0.3 and N up to 1 600 (pairwise) and 50 (quartic).
     */
    public static double expectedCapacity(CouplingKind kind, int n) {
        return kind == CouplingKind.PAIRWISE ? 0.1 * n : 0.008 * Math.pow(n, 3);
    }

    /**
     * Returns the ceiling of the search at N: twice {@link #expectedCapacity}, at least 4. A point
     * whose search reaches it is flagged {@link CapacityPoint#atSearchLimit()}.
     */
    public static int searchLimit(CouplingKind kind, int n) {
        return (int) Math.max(4, Math.ceil(2.0 * expectedCapacity(kind, n)));
    }

    /** Returns the share of the trials · K cues recalled exactly with K patterns of N bits. */
    public double recallFraction(int n, int k) {
        return recallFraction(n, k, RunMonitor.NONE);
    }

    private double recallFraction(int n, int k, RunMonitor monitor) {
        long recalled = 0;
        for (int trial = 0; trial < trials; trial++) {
            monitor.checkCancelled();
            SplittableRandom random = new SplittableRandom(mix(seed, n, k, trial));
            int[][] patterns = new int[k][n];
            for (int[] pattern : patterns) {
                for (int i = 0; i < n; i++) {
                    pattern[i] = random.nextBoolean() ? 1 : -1;
                }
            }
            ReducedMemory memory = new ReducedMemory(patterns, kind);
            for (int[] pattern : patterns) {
                int[] cue = Patterns.corrupt(pattern, flipFraction, random);
                if (Arrays.equals(memory.recall(cue), pattern)) {
                    recalled++;
                }
            }
        }
        return (double) recalled / ((long) trials * k);
    }

    /**
     * Searches the capacity at N.
     *
     * @param n       number of neurons
     * @param kLimit  largest K the search evaluates
     * @param monitor receives the estimated fraction done at N and is polled for cancellation
     * @throws org.tripartite.engine.run.RunCancelledException when the monitor cancels the search
     */
    public CapacityPoint capacity(int n, int kLimit, RunMonitor monitor) {
        if (n < 2 || kLimit < 1) {
            throw new IllegalArgumentException("n must be at least 2 and kLimit at least 1, got n=" + n + ", kLimit=" + kLimit);
        }
        List<Integer> tested = new ArrayList<>();
        List<Double> fractions = new ArrayList<>();

        // Doubling: K = 1, 2, 4, ... until a K fails or the limit passes.
        int passed = 0;
        int failed = -1;
        int k = 1;
        while (failed < 0) {
            double fraction = evaluate(n, k, kLimit, tested, fractions, monitor);
            if (fraction >= RECALL_THRESHOLD) {
                passed = k;
                if (k == kLimit) {
                    break;
                }
                k = (int) Math.min((long) k * 2, kLimit);
            } else {
                failed = k;
            }
        }

        // Bisection between the last K that passed and the first that failed.
        while (failed > passed + 1) {
            int middle = passed + (failed - passed) / 2;
            if (evaluate(n, middle, kLimit, tested, fractions, monitor) >= RECALL_THRESHOLD) {
                passed = middle;
            } else {
                failed = middle;
            }
        }

        int[] ks = new int[tested.size()];
        double[] fs = new double[tested.size()];
        for (int i = 0; i < ks.length; i++) {
            ks[i] = tested.get(i);
            fs[i] = fractions.get(i);
        }
        return new CapacityPoint(n, passed, failed < 0, ks, fs);
    }

    private double evaluate(int n, int k, int kLimit, List<Integer> tested, List<Double> fractions, RunMonitor monitor) {
        double fraction = recallFraction(n, k, monitor);
        tested.add(k);
        fractions.add(fraction);
        // About log2(kLimit) doublings and as many bisection steps.
        double expected = 2.0 * Math.ceil(Math.log(kLimit) / Math.log(2.0)) + 2.0;
        monitor.progress(Math.min(0.99, tested.size() / expected));
        return fraction;
    }

    /** SplitMix64 finaliser over the run's seed and the evaluation's coordinates. */
    static long mix(long seed, int n, int k, int trial) {
        long z = seed;
        for (long part : new long[] {n, k, trial}) {
            z += 0x9E3779B97F4A7C15L + part;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            z ^= z >>> 31;
        }
        return z;
    }

    /**
     * Capacity measured at one N.
     *
     * @param n             number of neurons
     * @param capacity      largest K found with a recall fraction ≥ the threshold (0 if K = 1 fails)
     * @param atSearchLimit true when the search limit itself passed, so the capacity may be larger
     * @param testedK       every K evaluated, in the order of the search
     * @param recallFraction recall fraction at each tested K
     */
    public record CapacityPoint(int n, int capacity, boolean atSearchLimit, int[] testedK, double[] recallFraction) {
    }
}
