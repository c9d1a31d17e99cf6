package org.tripartite.engine.features;

/**
 * Exact and estimated kernel values of every query–key pair, for a scatter plot.
 *
 * <p>Pair (s, t) (query s, key t) is at index s·T + t. Values that exceed the double range are
 * clamped to ±{@link Double#MAX_VALUE} and counted in {@code clampedCount}; the log forms and
 * {@code kernelError} are exact.
 *
 * @param tokens             T
 * @param exact              K = exp(q_s·k_t)
 * @param estimated          K̂ = φ(q_s)·φ(k_t) (can be negative with cosine features)
 * @param logExact           q_s·k_t
 * @param logAbsEstimated    log |K̂|, −Double.MAX_VALUE where K̂ = 0
 * @param kernelError        ‖K̂ − K‖_F / ‖K‖_F over all pairs
 * @param clampedCount       number of clamped values in {@code exact} and {@code estimated}
 */
public record KernelPairs(int tokens, double[] exact, double[] estimated, double[] logExact,
        double[] logAbsEstimated, double kernelError, int clampedCount) {
}
