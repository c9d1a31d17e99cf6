package org.tripartite.engine.features;

import java.util.Arrays;
import java.util.List;
import org.tripartite.engine.run.RunMonitor;
import org.tripartite.engine.tokens.TokenSequence;

/**
 * Kernel attention with random features, streamed over feature blocks:
 * y(q) = H φ(q) / (gᵀ φ(q)) with H = Σ_t v_t φ(k_t)ᵀ and g = Σ_t φ(k_t).
 *
 * <p>Per block b, the keys are summed into g_b and H_b (an online rescaling keeps a common log
 * scale, as in a streaming softmax), then every query is read: C_b(q) = g_bᵀφ_b(q) and
 * H_b φ_b(q), each with a log scale. The blocks are reduced in block order with a log-sum-exp
 * over their scales, so no intermediate overflows, no T × m matrix is formed, and results are
 * bit-identical for any number of threads. When queries equal keys (shared projection), the key
 * features are reused for the queries.
 */
public final class KernelAttention {

    private KernelAttention() {
    }

    /** Computes kernel attention using the default number of threads. */
    public static KernelAttentionResult compute(TokenSequence s, FeatureMapKind kind, int m,
            long seed, RunMonitor monitor) {
        return compute(s, kind, m, seed, monitor, 0);
    }

    /**
     * Computes kernel attention.
     *
     * @param m       number of random features, 1 to {@link FeatureBlocks#MAX_FEATURES}; ignored for ELU
     * @param seed    seed of W; block b uses {@code SplitMix64.mix(seed, b)}
     * @param threads 1 for the calling thread only, 0 for all available processors
     * @throws org.tripartite.engine.run.RunCancelledException when {@code monitor} cancels
     */
    public static KernelAttentionResult compute(TokenSequence s, FeatureMapKind kind, int m,
            long seed, RunMonitor monitor, int threads) {
        FeatureBlocks.checkFeatures(kind, m);
        int d = s.dimension();
        int features = kind.effectiveFeatures(m, d);
        int blocks = FeatureBlocks.blockCount(kind, features);
        boolean shared = s.queriesEqualKeys();
        List<BlockPartial> partials = FeatureBlocks.map(blocks,
                b -> computeBlock(s, FeatureBlocks.block(kind, d, features, seed, b), shared),
                monitor, threads);
        return reduce(kind, features, s.length(), s.valueDimension(), partials);
    }

    /** Per-block read-out of every query: C̃, H̃φ̃ and their common log scale. */
    private record BlockPartial(double[] logScale, double[] c, double[][] numerators) {
    }

    private static BlockPartial computeBlock(TokenSequence s, FeatureBlock block, boolean shared) {
        int t = s.length();
        int dv = s.valueDimension();
        int size = block.size;
        double[] g = new double[size];
        double[] h = new double[dv * size];
        double[][] keyFeatures = shared ? new double[t][size] : null;
        double[] keyScales = new double[t];
        double[] scratch = new double[size];
        double keyScale = Double.NEGATIVE_INFINITY;

        for (int token = 0; token < t; token++) {
            double[] f = shared ? keyFeatures[token] : scratch;
            double scale = block.features(s.keys()[token], f);
            keyScales[token] = scale;
            if (scale > keyScale) {
                // Online rescaling: bring the sums to the new, larger common scale.
                if (keyScale != Double.NEGATIVE_INFINITY) {
                    double factor = Math.exp(keyScale - scale);
                    multiply(g, factor);
                    multiply(h, factor);
                }
                keyScale = scale;
            }
            double weight = Math.exp(scale - keyScale);
            double[] v = s.values()[token];
            for (int j = 0; j < size; j++) {
                g[j] += weight * f[j];
            }
            for (int i = 0; i < dv; i++) {
                double vi = weight * v[i];
                int offset = i * size;
                for (int j = 0; j < size; j++) {
                    h[offset + j] += vi * f[j];
                }
            }
        }

        double[] logScale = new double[t];
        double[] c = new double[t];
        double[][] numerators = new double[t][dv];
        for (int query = 0; query < t; query++) {
            double[] f;
            double scale;
            if (shared) {
                f = keyFeatures[query];
                scale = keyScales[query];
            } else {
                f = scratch;
                scale = block.features(s.queries()[query], f);
            }
            logScale[query] = keyScale + scale;
            c[query] = dot(g, 0, f, size);
            for (int i = 0; i < dv; i++) {
                numerators[query][i] = dot(h, i * size, f, size);
            }
        }
        return new BlockPartial(logScale, c, numerators);
    }

    private static KernelAttentionResult reduce(FeatureMapKind kind, int features, int t, int dv,
            List<BlockPartial> partials) {
        double logFactor = 2.0 * FeatureBlocks.logNormalisation(kind, features);
        double[] c = new double[t];
        double[] logAbsC = new double[t];
        boolean[] notPositive = new boolean[t];
        boolean[] overflow = new boolean[t];
        double[][] numerators = new double[t][dv];
        double[][] outputs = new double[t][dv];
        boolean[] undefined = new boolean[t];
        for (int query = 0; query < t; query++) {
            double maxScale = Double.NEGATIVE_INFINITY;
            for (BlockPartial p : partials) {
                maxScale = Math.max(maxScale, p.logScale[query]);
            }
            double sum = 0;
            double[] numerator = new double[dv];
            for (BlockPartial p : partials) {
                double w = Math.exp(p.logScale[query] - maxScale);
                sum += w * p.c[query];
                for (int i = 0; i < dv; i++) {
                    numerator[i] += w * p.numerators[query][i];
                }
            }
            double logScale = maxScale + logFactor;
            notPositive[query] = sum <= 0;
            if (sum == 0) {
                logAbsC[query] = -Double.MAX_VALUE;
                c[query] = 0;
            } else {
                logAbsC[query] = logScale + Math.log(Math.abs(sum));
                c[query] = Math.signum(sum) * expClamped(logAbsC[query]);
                overflow[query] |= logAbsC[query] > Math.log(Double.MAX_VALUE);
            }
            for (int i = 0; i < dv; i++) {
                double logAbs = numerator[i] == 0 ? Double.NEGATIVE_INFINITY
                        : logScale + Math.log(Math.abs(numerator[i]));
                overflow[query] |= logAbs > Math.log(Double.MAX_VALUE);
                numerators[query][i] = numerator[i] == 0 ? 0.0
                        : Math.signum(numerator[i]) * expClamped(logAbs);
                outputs[query][i] = sum == 0 ? 0.0 : numerator[i] / sum;
                if (!Double.isFinite(outputs[query][i])) {
                    undefined[query] = true;
                }
            }
            if (sum == 0) {
                undefined[query] = true;
            }
            if (undefined[query]) {
                Arrays.fill(outputs[query], 0.0);
            }
        }
        return new KernelAttentionResult(kind, features, c, logAbsC, notPositive, overflow,
                numerators, outputs, undefined);
    }

    /** Returns exp(x), or Double.MAX_VALUE where it would overflow. */
    static double expClamped(double x) {
        double e = Math.exp(x);
        return Double.isInfinite(e) ? Double.MAX_VALUE : e;
    }

    static void multiply(double[] a, double factor) {
        for (int i = 0; i < a.length; i++) {
            a[i] *= factor;
        }
    }

    /** Returns Σ_j a[offset + j] b[j] with four partial sums (a fixed order, so still deterministic). */
    static double dot(double[] a, int offset, double[] b, int length) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int j = 0;
        for (; j + 3 < length; j += 4) {
            s0 += a[offset + j] * b[j];
            s1 += a[offset + j + 1] * b[j + 1];
            s2 += a[offset + j + 2] * b[j + 2];
            s3 += a[offset + j + 3] * b[j + 3];
        }
        for (; j < length; j++) {
            s0 += a[offset + j] * b[j];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
