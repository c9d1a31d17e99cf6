package org.tripartite.engine.features;

/**
 * Kernel (linear) attention of a sequence with a feature map: what the neuron–astrocyte network
 * reads out for every query.
 *
 * <p>No field holds NaN or infinity: where a value cannot be represented the flag says so and
 * the log form stays exact.
 *
 * @param kind            feature map used
 * @param features        number of features actually used (m, or d for ELU)
 * @param c               astrocyte normaliser C(q_s) = gᵀφ(q_s) = Σ_t φ(q_s)·φ(k_t); clamped to
 *                        ±{@link Double#MAX_VALUE} where {@code cOverflow}
 * @param logAbsC         log |C(q_s)|, exact; −{@link Double#MAX_VALUE} where C is exactly 0
 * @param cNotPositive    true where C ≤ 0 (only possible with cosine features)
 * @param cOverflow       true where |C| or a numerator exceeds the double range
 * @param numerators      T × dv values H φ(q_s) = Σ_t v_t φ(q_s)·φ(k_t), clamped like {@code c}
 * @param outputs         T × dv outputs y = Hφ(q)/C; 0 where {@code outputUndefined}
 * @param outputUndefined true where C = 0 or the quotient is not finite
 */
public record KernelAttentionResult(FeatureMapKind kind, int features, double[] c,
        double[] logAbsC, boolean[] cNotPositive, boolean[] cOverflow, double[][] numerators,
        double[][] outputs, boolean[] outputUndefined) {

    /** Returns the number of queries whose normaliser is not positive. */
    public int countNotPositive() {
        int count = 0;
        for (boolean b : cNotPositive) {
            if (b) {
                count++;
            }
        }
        return count;
    }
}
