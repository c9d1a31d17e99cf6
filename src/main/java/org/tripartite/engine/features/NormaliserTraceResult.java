package org.tripartite.engine.features;

import java.util.List;

/**
 * Result of the {@code normaliser-trace} experiment: per query token, the exact Z and the
 * astrocyte's C at two numbers of features.
 *
 * @param labels      token labels (words, or w1..wK for the vocabulary)
 * @param z           exact Z(q_t), clamped where {@code zOverflow}
 * @param logZ        log Z(q_t), exact
 * @param zOverflow   true where Z exceeds the double range
 * @param zMaxOverMin max/min of Z over the queries (peaks come from repeated words)
 * @param traces      one trace per m: first mLow, then mHigh
 */
public record NormaliserTraceResult(List<String> labels, double[] z, double[] logZ,
        boolean[] zOverflow, double zMaxOverMin, List<Trace> traces) {

    /**
     * Astrocyte normaliser at one m.
     *
     * @param m               number of features
     * @param c               C(q_t) per query (see {@link KernelAttentionResult} for flags)
     * @param logAbsC         log |C(q_t)|
     * @param cNotPositive    true where C ≤ 0 (cosine features only)
     * @param normaliserError ‖C − Z‖ / ‖Z‖ over the queries
     */
    public record Trace(int m, double[] c, double[] logAbsC, boolean[] cNotPositive,
            double normaliserError) {
    }
}
