package org.tripartite.engine.network;

/**
 * Result of a {@link DynamicalNetwork} run.
 *
 * @param recording     downsampled traces of the selected units
 * @param finalCalcium  astrocyte calcium at the end of each query's read, a.u.
 * @param finalOutputs  output y = H h / c at the end of each query's read (row per query),
 *                      zeros where {@code finalValid} is false
 * @param finalValid    false where c ≤ 0 or y is not finite at the end of the read (cosine
 *                      features only); the recorded output trace also contains zeros at such frames
 */
public record DynamicalRun(Recording recording, double[] finalCalcium, double[][] finalOutputs,
        boolean[] finalValid) {
}
