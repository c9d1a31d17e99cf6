package org.tripartite.engine.memory;

/**
 * Result of the {@code associative-memory} experiment: the stored patterns, the cue, and a
 * downsampled recording of the recall.
 *
 * @param neurons           N
 * @param imageWidth        width of the pixel grid when the patterns are images (10 for digits),
 *                          0 for random patterns
 * @param patterns          the K stored patterns, entries ±1
 * @param target            index of the pattern the cue was made from
 * @param cue               the initial state, entries ±1
 * @param flippedBits       number of bits of the target flipped in the cue
 * @param frameStep         step index of every recorded frame, from 0 to the last step
 * @param frameTime         time of every frame, in units of the time constants
 * @param energy            Lyapunov energy at every frame (a.u.)
 * @param distance          bits where sign(x) differs from the target, at every frame
 * @param distanceUpToSign  min(distance, N − distance) at every frame
 * @param neuronStates      x at every frame, one row of N values per frame
 * @param overlaps          ξ^μ · φ(x) / N at every frame, one row of K values per frame
 * @param finalState        sign(x) after the last step, entries ±1 with sign(0) = +1
 * @param finalDistance     bits where the final state differs from the target
 * @param recalled          true when the final state equals the target exactly
 * @param recalledUpToSign  true when it equals the target or its negation −ξ, which has the
 *                          same energy
 * @param maxEnergyIncrease largest rise of the energy between consecutive frames, 0 when it
 *                          never rises (a.u.); rounding alone gives rises near 10⁻¹⁵ |E|
 */
public record AssociativeMemoryResult(int neurons, int imageWidth, int[][] patterns, int target, int[] cue,
                                      int flippedBits, int[] frameStep, double[] frameTime, double[] energy,
                                      int[] distance, int[] distanceUpToSign, double[][] neuronStates,
                                      double[][] overlaps, int[] finalState, int finalDistance,
                                      boolean recalled, boolean recalledUpToSign, double maxEnergyIncrease) {
}
