package org.tripartite.engine.memory;

/**
 * State of the associative memory at one instant, for display.
 *
 * @param step             number of Euler steps taken since the cue
 * @param time             step · Δt, in units of the time constants
 * @param x                neuron states x_i (a.u.)
 * @param state            sign(x_i) as ±1, with sign(0) = +1: the recalled pattern
 * @param energy           the Lyapunov energy E of the full dynamics (a.u.)
 * @param distance         number of bits where {@code state} differs from the target pattern
 * @param distanceUpToSign min(distance, N − distance): the negated pattern −ξ has the same
 *                         energy, so reaching it also counts as recall
 * @param overlaps         ξ^μ · φ(x) / N for every stored pattern μ, in [−1, 1]
 */
public record MemorySnapshot(int step, double time, double[] x, int[] state, double energy,
                             int distance, int distanceUpToSign, double[] overlaps) {

    /** Returns true when the state equals the target pattern or its negation. */
    public boolean recalledUpToSign() {
        return distanceUpToSign == 0;
    }
}
