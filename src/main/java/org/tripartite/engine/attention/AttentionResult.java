package org.tripartite.engine.attention;

/**
 * Exact softmax attention of a sequence.
 *
 * @param weights   T × T attention weights a_st = exp(q_s·k_t − log Z(q_s)), row s = query; rows sum to 1
 * @param logZ      natural log of the normaliser Z(q_s) = Σ_t exp(q_s·k_t), always finite
 * @param z         Z(q_s), or {@link Double#MAX_VALUE} where Z exceeds the double range (see {@code zOverflow})
 * @param zOverflow true where Z(q_s) &gt; Double.MAX_VALUE; then only {@code logZ} is exact
 * @param outputs   T × dv softmax outputs y(q_s) = Σ_t a_st v_t
 */
public record AttentionResult(double[][] weights, double[] logZ, double[] z, boolean[] zOverflow,
        double[][] outputs) {

    /** Returns true when some normaliser overflowed and is reported only in log form. */
    public boolean anyOverflow() {
        for (boolean b : zOverflow) {
            if (b) {
                return true;
            }
        }
        return false;
    }
}
