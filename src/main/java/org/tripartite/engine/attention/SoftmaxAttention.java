package org.tripartite.engine.attention;

import org.tripartite.engine.tokens.TokenSequence;

/**
 * Exact softmax attention, the reference the astrocyte network approximates:
 * y(q) = Σ_t v_t exp(q·k_t) / Z(q) with Z(q) = Σ_t exp(q·k_t) (queries and keys already scaled,
 * so no 1/√d appears).
 *
 * <p>The log-sum-exp form keeps it stable for any logit: log Z = M + log Σ_t exp(q·k_t − M) with
 * M the largest logit of the row, so no result is NaN or infinite.
 */
public final class SoftmaxAttention {

    /** Largest x for which exp(x) is finite. */
    public static final double MAX_LOG = Math.log(Double.MAX_VALUE);

    private SoftmaxAttention() {
    }

    /** Computes weights, normalisers and outputs for every query of {@code s}. */
    public static AttentionResult compute(TokenSequence s) {
        int t = s.length();
        int dv = s.valueDimension();
        double[][] weights = new double[t][t];
        double[] logZ = new double[t];
        double[] z = new double[t];
        boolean[] overflow = new boolean[t];
        double[][] outputs = new double[t][dv];
        for (int query = 0; query < t; query++) {
            double[] row = weights[query];
            double max = Double.NEGATIVE_INFINITY;
            for (int key = 0; key < t; key++) {
                row[key] = dot(s.queries()[query], s.keys()[key]);
                max = Math.max(max, row[key]);
            }
            double sum = 0;
            for (int key = 0; key < t; key++) {
                row[key] = Math.exp(row[key] - max);
                sum += row[key];
            }
            for (int key = 0; key < t; key++) {
                row[key] /= sum;
                double[] v = s.values()[key];
                for (int i = 0; i < dv; i++) {
                    outputs[query][i] += row[key] * v[i];
                }
            }
            logZ[query] = max + Math.log(sum);
            overflow[query] = logZ[query] > MAX_LOG;
            z[query] = overflow[query] ? Double.MAX_VALUE : Math.exp(logZ[query]);
        }
        return new AttentionResult(weights, logZ, z, overflow, outputs);
    }

    static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
