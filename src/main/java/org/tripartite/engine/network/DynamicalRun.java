package org.tripartite.engine.network;

/**
 * Result of a {@link DynamicalNetwork} run.
 *
 * @param recording     downsampled traces of the selected units
 * @param finalCalcium  astrocyte calcium at the end of each query's read, a.u.
 * @param finalOutputs  output y = H h / c at the end of each query's read (row per query)
 */
public record DynamicalRun(Recording recording, double[] finalCalcium, double[][] finalOutputs) {
}
