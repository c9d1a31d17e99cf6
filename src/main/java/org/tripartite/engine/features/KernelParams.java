package org.tripartite.engine.features;

import java.util.List;
import org.tripartite.engine.param.ParameterSpec;

/**
 * Parameters of the {@code kernel} experiment: estimated against exact exp(q·k) for all pairs of
 * a Gaussian sequence.
 *
 * @param d          query and key dimension
 * @param tokens     T; the scatter has T² points (at most 4 096)
 * @param qkNorm2    mean ‖q‖² and ‖k‖²
 * @param m          number of random features (ignored by elu, which uses m = d)
 * @param featureMap positive, cosine or elu
 * @param seed       seed of the sequence and of W
 */
public record KernelParams(int d, int tokens, double qkNorm2, int m, FeatureMapKind featureMap,
        long seed) {

    public static final List<ParameterSpec> SPECS = List.of(
            ParameterSpec.integer("d", 16, 1, 128, ""),
            ParameterSpec.integer("tokens", 32, 1, KernelEstimate.MAX_TOKENS, ""),
            ParameterSpec.real("qkNorm2", 1.0, 0.01, 25.0, ""),
            ParameterSpec.integer("m", 256, 1, FeatureBlocks.MAX_FEATURES, "features"),
            ParameterSpec.choice("featureMap", "positive", "positive", "cosine", "elu"),
            ParameterSpec.seed("seed"));

    /**
     * Validates every field. The largest run (T = 64, m = 100 000, d = 128) costs about
     * T² m + 2 T m d + 100 m d ≈ 3.3e9 units, within the engine's cost limit, so no combined check is
     * needed.
     */
    public KernelParams {
        ParameterSpec.check(SPECS, "d", d);
        ParameterSpec.check(SPECS, "tokens", tokens);
        ParameterSpec.check(SPECS, "qkNorm2", qkNorm2);
        ParameterSpec.check(SPECS, "m", m);
        ParameterSpec.check(SPECS, "featureMap", featureMap == null ? null : featureMap.id());
        ParameterSpec.check(SPECS, "seed", seed);
    }

    public static KernelParams defaults() {
        return new KernelExperiment().defaults();
    }
}
