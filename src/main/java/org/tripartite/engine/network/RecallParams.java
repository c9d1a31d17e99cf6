package org.tripartite.engine.network;

import java.util.List;
import org.tripartite.engine.experiment.CostBound;
import org.tripartite.engine.param.ParameterSpec;

/**
 * Parameters of the {@code recall} experiment: random key → value pairs are stored and each key
 * is read back; a pair counts as recalled when the output's nearest stored value (by cosine
 * similarity) is its own value.
 *
 * @param d          key and value dimension
 * @param qkNorm2    mean ‖k‖² (sharpness); the query is the stored key itself
 * @param pairCounts numbers of stored pairs to test
 * @param ms         numbers of hidden neurons to test
 * @param repeats    independent draws of pairs and W, averaged
 * @param leakS      leak time constant τ_H = τ_p of the age test, s (none = no leak)
 * @param slotMs     time between two written pairs in the age test, ms
 * @param seed       seed of the pairs and of W
 */
public record RecallParams(int d, double qkNorm2, List<Integer> pairCounts, List<Integer> ms,
        int repeats, double leakS, double slotMs, long seed) {

    public static final List<ParameterSpec> SPECS = List.of(
            ParameterSpec.integer("d", 16, 1, 64, ""),
            ParameterSpec.real("qkNorm2", 4.0, 0.01, 25.0, ""),
            ParameterSpec.intList("pairCounts", List.of(1, 2, 4, 8, 16, 32, 64), 1, 256, 12,
                    "pairs"),
            ParameterSpec.intList("ms", List.of(16, 64, 256, 1024, 4096), 1, 20_000, 8,
                    "neurons"),
            ParameterSpec.integer("repeats", 3, 1, 20, ""),
            ParameterSpec.real("leakS", 2.0, 0.1, Double.POSITIVE_INFINITY, "s"),
            ParameterSpec.real("slotMs", 150.0, 10.0, 10_000.0, "ms"),
            ParameterSpec.seed("seed"));

    /**
     * Validates every field and the cost bound repeats · (Σ_m m (Σ_n 10 n d + 100 d) + m_max 10 n_max d)
     * ≤ {@link CostBound#LIMIT}; an excess is blamed on {@code repeats}, or on {@code ms} when
     * even one repeat is too costly (then the reported maximum bounds the sum of the list).
     */
    public RecallParams {
        ParameterSpec.check(SPECS, "d", d);
        ParameterSpec.check(SPECS, "qkNorm2", qkNorm2);
        ParameterSpec.check(SPECS, "pairCounts", pairCounts);
        pairCounts = List.copyOf(pairCounts);
        ParameterSpec.check(SPECS, "ms", ms);
        ms = List.copyOf(ms);
        ParameterSpec.check(SPECS, "repeats", repeats);
        ParameterSpec.check(SPECS, "leakS", leakS);
        ParameterSpec.check(SPECS, "slotMs", slotMs);
        ParameterSpec.check(SPECS, "seed", seed);
        double perRepeat = costPerRepeat(d, pairCounts, ms);
        if (perRepeat <= CostBound.LIMIT) {
            CostBound.check(SPECS, "repeats", repeats, perRepeat * repeats, perRepeat);
        } else {
            double sumM = ms.stream().mapToDouble(Integer::doubleValue).sum();
            CostBound.check(SPECS, "ms", ms, perRepeat * repeats, perRepeat * repeats / sumM);
        }
    }

    static double costPerRepeat(int d, List<Integer> pairCounts, List<Integer> ms) {
        double sumPairs = 0;
        int maxPairs = 0;
        for (int n : pairCounts) {
            sumPairs += n;
            maxPairs = Math.max(maxPairs, n);
        }
        double sumM = 0;
        int maxM = 0;
        for (int m : ms) {
            sumM += m;
            maxM = Math.max(maxM, m);
        }
        // Each stored pair is written and read once, about 2 d multiply-adds per feature each,
        // on one thread and with unvectorised dot products: measured 2.5 times slower per unit
        // than the streamed feature blocks, hence the factor 10 instead of 4.
        return sumM * (10.0 * d * sumPairs + CostBound.UNITS_PER_NORMAL_DRAW * d)
                + (double) maxM * 10.0 * d * maxPairs;
    }

    public static RecallParams defaults() {
        return new RecallExperiment().defaults();
    }
}
