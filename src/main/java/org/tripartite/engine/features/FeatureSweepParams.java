package org.tripartite.engine.features;

import java.util.List;
import org.tripartite.engine.experiment.CostBound;
import org.tripartite.engine.param.ParameterSpec;

/**
 * Parameters of the {@code feature-sweep} experiment: normaliser and output errors of random
 * features against exact softmax attention, for a list of m, on one Gaussian sequence.
 *
 * @param d          query and key dimension
 * @param tokens     T
 * @param qkNorm2    mean ‖q‖² and ‖k‖²
 * @param ms         the numbers of features to test
 * @param repeats    independent draws of W per m (errors are averaged over them)
 * @param featureMap positive or cosine
 * @param seed       seed of the sequence and of every W
 */
public record FeatureSweepParams(int d, int tokens, double qkNorm2, List<Integer> ms, int repeats,
        FeatureMapKind featureMap, long seed) {

    /** Value dimension of the sequence (the output error does not depend on it much). */
    public static final int VALUE_DIMENSION = 16;

    public static final List<ParameterSpec> SPECS = List.of(
            ParameterSpec.integer("d", 64, 1, 128, ""),
            ParameterSpec.integer("tokens", 196, 1, 256, ""),
            ParameterSpec.real("qkNorm2", 1.0, 0.01, 25.0, ""),
            ParameterSpec.intList("ms", List.of(100, 1000, 10_000), 1,
                    FeatureBlocks.MAX_FEATURES, 12, "features"),
            ParameterSpec.integer("repeats", 5, 1, 20, ""),
            ParameterSpec.choice("featureMap", "positive", "positive", "cosine"),
            ParameterSpec.seed("seed"));

    /**
     * Validates every field and the cost bound repeats · Σm · (T (2d + dv + 1) + 100 d) ≤
     * {@link CostBound#LIMIT}; an excess is blamed on {@code repeats}, or on {@code ms} when even
     * one repeat is too costly (then the reported maximum bounds the sum of the list).
     */
    public FeatureSweepParams {
        ParameterSpec.check(SPECS, "d", d);
        ParameterSpec.check(SPECS, "tokens", tokens);
        ParameterSpec.check(SPECS, "qkNorm2", qkNorm2);
        ParameterSpec.check(SPECS, "ms", ms);
        ms = List.copyOf(ms);
        ParameterSpec.check(SPECS, "repeats", repeats);
        ParameterSpec.check(SPECS, "featureMap", featureMap == null ? null : featureMap.id());
        ParameterSpec.check(SPECS, "seed", seed);
        double perFeature = cost(d, tokens);
        double sumM = 0;
        for (int m : ms) {
            sumM += m;
        }
        double perRepeat = perFeature * sumM;
        if (perRepeat <= CostBound.LIMIT) {
            CostBound.check(SPECS, "repeats", repeats, perRepeat * repeats, perRepeat);
        } else {
            CostBound.check(SPECS, "ms", ms, perRepeat * repeats, perFeature * repeats);
        }
    }

    /** Returns the cost units of one feature for one draw: T (2d + dv + 1) + 100 d. */
    static double cost(int d, int tokens) {
        return (double) tokens * (2.0 * d + VALUE_DIMENSION + 1)
                + CostBound.UNITS_PER_NORMAL_DRAW * d;
    }

    public static FeatureSweepParams defaults() {
        return new FeatureSweepExperiment().defaults();
    }
}
