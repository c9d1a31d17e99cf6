package org.tripartite.engine.network;

import java.util.List;

/**
 * Downsampled recording of selected units of a {@link DynamicalNetwork} run, on a uniform frame
 * grid that spans the write and read phases. Arrays of units are indexed [unit][frame].
 *
 * @param timeMs          frame times, ms
 * @param gate            plasticity gate G per frame (true while writing)
 * @param hiddenUnits     indices of the recorded hidden neurons
 * @param hidden          their rates h_j, a.u.
 * @param outputs         all output rates, a.u.: clamped to v_t while writing, y = H h / c while
 *                        reading
 * @param synapseUnits    recorded synapses as {output i, hidden j}
 * @param synapses        their weights H_ij, a.u.
 * @param processUnits    indices of the recorded processes
 * @param processes       their calcium p_j, a.u.
 * @param calcium         astrocyte calcium c, a.u. (c₀ while writing)
 * @param events          token presentations, in time order
 */
public record Recording(double[] timeMs, boolean[] gate, int[] hiddenUnits, double[][] hidden,
        double[][] outputs, int[][] synapseUnits, double[][] synapses, int[] processUnits,
        double[][] processes, double[] calcium, List<TokenEvent> events) {

    public int frames() {
        return timeMs.length;
    }
}
