package org.tripartite.engine.network;

import java.util.List;
import org.tripartite.engine.param.ParameterSpec;

/**
 * Parameters of the {@code knockout} experiment: output size and error as stored tokens grow,
 * with the astrocyte and with its calcium blocked at c₀.
 *
 * @param d         key and value dimension
 * @param maxTokens largest number of stored tokens; sizes 1, 2, 4, ... up to it are measured
 * @param m         number of hidden neurons (positive random features)
 * @param qkNorm2   mean ‖k‖² (queries are stored keys)
 * @param tokenKind "similar" (small variations of one token and one value) or "random"
 *                  (independent Gaussian keys and values)
 * @param c0        resting calcium of the blocked astrocyte, a.u.
 * @param seed      seed of the tokens and of W
 */
public record KnockoutParams(int d, int maxTokens, int m, double qkNorm2, String tokenKind,
        double c0, long seed) {

    /** Number of stored tokens used as probe queries at each size (the first ones). */
    public static final int PROBES = 8;

    public static final List<ParameterSpec> SPECS = List.of(
            ParameterSpec.integer("d", 16, 1, 64, ""),
            ParameterSpec.integer("maxTokens", 256, 2, 1024, "tokens"),
            ParameterSpec.integer("m", 1000, 1, 20_000, "neurons"),
            ParameterSpec.real("qkNorm2", 1.0, 0.01, 25.0, ""),
            ParameterSpec.choice("tokenKind", "similar", "similar", "random"),
            ParameterSpec.real("c0", 1.0, 0.01, 100.0, "a.u."),
            ParameterSpec.seed("seed"));

    /**
     * Validates every field. Cost: writes maxTokens · m · 2d plus at most 11 sizes × 8 probes
     * × m · 2d reads and 100 m d for W: about 3e9 units at the maxima, well under the shared cost limit.
     */
    public KnockoutParams {
        ParameterSpec.check(SPECS, "d", d);
        ParameterSpec.check(SPECS, "maxTokens", maxTokens);
        ParameterSpec.check(SPECS, "m", m);
        ParameterSpec.check(SPECS, "qkNorm2", qkNorm2);
        ParameterSpec.check(SPECS, "tokenKind", tokenKind);
        ParameterSpec.check(SPECS, "c0", c0);
        ParameterSpec.check(SPECS, "seed", seed);
    }

    public static KnockoutParams defaults() {
        return new KnockoutExperiment().defaults();
    }
}
