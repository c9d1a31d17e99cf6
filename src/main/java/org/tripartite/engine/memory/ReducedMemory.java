package org.tripartite.engine.memory;

/**
 * The reduced (binary) dense associative memory: energy E(σ) = −Σ_μ F(ξ^μ · σ) over states
 * σ ∈ {−1, +1}^N, with F(z) = z²/2 (pairwise) or z⁴/4 (quartic).
 *
 * <p>Recall updates one neuron at a time in the order 0, 1, …, N − 1 and repeats that sweep until
 * a whole sweep changes nothing. Neuron i takes the sign that gives the lower energy, and keeps
 * its value on a tie. With r_μ = ξ^μ · σ − ξ^μ_i σ_i (the overlap without neuron i), the energy
 * difference between σ_i = +1 and σ_i = −1 is −Σ_μ [F(r_μ + ξ^μ_i) − F(r_μ − ξ^μ_i)], which is
 * −2 Σ_μ ξ^μ_i r_μ for pairwise and −2 Σ_μ ξ^μ_i (r_μ³ + r_μ) for quartic couplings. Overlaps are
 * kept up to date after every flip, so a sweep costs O(N K) integer operations, exact in
 * {@code long} while K · (N³ + N) &lt; 2⁶³, for example for N ≤ 10 000 and K ≤ 10⁶.
 * Every flip lowers the energy strictly and the states are finite, so recall always ends.
 */
public final class ReducedMemory {

    private final CouplingKind kind;
    private final int n;
    private final int k;
    /** Patterns stored neuron-major: {@code byNeuron[i][μ] = ξ^μ_i}. */
    private final int[][] byNeuron;
    private final int[][] patterns;

    /** Stores K patterns of N entries ±1. */
    public ReducedMemory(int[][] patterns, CouplingKind kind) {
        if (patterns.length == 0 || patterns[0].length == 0) {
            throw new IllegalArgumentException("at least one non-empty pattern is needed");
        }
        this.kind = kind;
        this.k = patterns.length;
        this.n = patterns[0].length;
        this.patterns = new int[k][];
        this.byNeuron = new int[n][k];
        for (int mu = 0; mu < k; mu++) {
            if (patterns[mu].length != n) {
                throw new IllegalArgumentException("pattern " + mu + " has " + patterns[mu].length + " entries, expected " + n);
            }
            this.patterns[mu] = patterns[mu].clone();
            for (int i = 0; i < n; i++) {
                int value = patterns[mu][i];
                if (value != 1 && value != -1) {
                    throw new IllegalArgumentException("pattern " + mu + " has entry " + value + " at " + i + ", expected +1 or -1");
                }
                byNeuron[i][mu] = value;
            }
        }
    }

    /** Returns the coupling kind. */
    public CouplingKind kind() {
        return kind;
    }

    /** Returns E(σ) = −Σ_μ F(ξ^μ · σ), computed directly from the patterns. */
    public double energy(int[] state) {
        double energy = 0.0;
        for (int[] pattern : patterns) {
            long overlap = 0;
            for (int i = 0; i < n; i++) {
                overlap += (long) pattern[i] * state[i];
            }
            energy -= kind.interaction(overlap);
        }
        return energy;
    }

    /** Returns the fixed point that asynchronous updates reach from {@code cue}. */
    public int[] recall(int[] cue) {
        return run(cue).state();
    }

    /**
     * Runs asynchronous updates from {@code cue} until a whole sweep changes nothing.
     *
     * @return the fixed point, the number of sweeps (the last one changing nothing) and of flips
     */
    public Recall run(int[] cue) {
        if (cue.length != n) {
            throw new IllegalArgumentException("cue has " + cue.length + " entries, expected " + n);
        }
        int[] state = cue.clone();
        long[] overlaps = new long[k];
        for (int i = 0; i < n; i++) {
            int[] column = byNeuron[i];
            for (int mu = 0; mu < k; mu++) {
                overlaps[mu] += column[mu] * state[i];
            }
        }
        int sweeps = 0;
        long flips = 0;
        boolean changed = true;
        while (changed) {
            changed = false;
            sweeps++;
            for (int i = 0; i < n; i++) {
                int[] column = byNeuron[i];
                int current = state[i];
                long field = localField(column, current, overlaps);
                int preferred = current;
                if (field > 0) {
                    preferred = 1;
                } else if (field < 0) {
                    preferred = -1;
                }
                if (preferred != current) {
                    state[i] = preferred;
                    for (int mu = 0; mu < k; mu++) {
                        overlaps[mu] += 2L * column[mu] * preferred;
                    }
                    flips++;
                    changed = true;
                }
            }
        }
        return new Recall(state, sweeps, flips);
    }

    /** Returns half the energy drop of setting σ_i = +1 instead of −1; its sign is the preferred σ_i. */
    private long localField(int[] column, int current, long[] overlaps) {
        long field = 0;
        if (kind == CouplingKind.PAIRWISE) {
            for (int mu = 0; mu < k; mu++) {
                long rest = overlaps[mu] - (long) column[mu] * current;
                field += column[mu] * rest;
            }
        } else {
            for (int mu = 0; mu < k; mu++) {
                long rest = overlaps[mu] - (long) column[mu] * current;
                field += column[mu] * (rest * rest * rest + rest);
            }
        }
        return field;
    }

    /**
     * Outcome of one recall.
     *
     * @param state  the fixed point reached
     * @param sweeps number of sweeps over all neurons, the last one changing nothing
     * @param flips  number of single-neuron changes
     */
    public record Recall(int[] state, int sweeps, long flips) {
    }
}
