package org.tripartite.engine.synapse;

/**
 * Recorded run of one tripartite synapse; every array has one entry per frame.
 *
 * @param timeMs      frame times, ms
 * @param preOn       presynaptic input on during the step that ends at this frame
 * @param postOn      postsynaptic input on during the step that ends at this frame
 * @param preRate     r_pre, a.u.
 * @param postRate    r_post, a.u.
 * @param weight      w, a.u.
 * @param process     process calcium p, a.u.
 * @param calcium     astrocyte calcium c, a.u.
 */
public record SynapseTrace(double[] timeMs, boolean[] preOn, boolean[] postOn, double[] preRate,
        double[] postRate, double[] weight, double[] process, double[] calcium) {

    public int frames() {
        return timeMs.length;
    }
}
