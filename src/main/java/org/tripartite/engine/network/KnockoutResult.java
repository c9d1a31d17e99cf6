package org.tripartite.engine.network;

import java.util.List;

/**
 * Result of the {@code knockout} experiment.
 *
 * @param rows            one row per number of stored tokens
 * @param blockedSlope    log-log slope of the blocked output norm against the number of tokens
 *                        (about 1 for similar tokens, ×2 per doubling; about 0.5 for random ones)
 * @param astrocyteSlope  the same with the astrocyte (about 0: the output stays bounded)
 */
public record KnockoutResult(List<Row> rows, double blockedSlope, double astrocyteSlope) {

    public KnockoutResult {
        rows = List.copyOf(rows);
    }

    /**
     * Measurements at one number of stored tokens; norms are root mean squares over the probe
     * queries, errors are ‖Ŷ − Y‖_F / ‖Y‖_F against softmax attention over the same probes.
     *
     * @param tokens          stored tokens n
     * @param astrocyteNorm   output norm with the astrocyte
     * @param blockedNorm     output norm with the calcium blocked at c₀
     * @param softmaxNorm     output norm of exact softmax attention
     * @param astrocyteError  relative error with the astrocyte
     * @param blockedError    relative error when blocked
     */
    public record Row(int tokens, double astrocyteNorm, double blockedNorm, double softmaxNorm,
            double astrocyteError, double blockedError) {
    }
}
