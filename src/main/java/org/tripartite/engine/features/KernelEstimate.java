package org.tripartite.engine.features;

import java.util.List;
import org.tripartite.engine.run.RunMonitor;
import org.tripartite.engine.tokens.TokenSequence;

/**
 * The estimated kernel K̂ = φ(q)·φ(k) against the exact exp(q·k) for every query–key pair,
 * streamed over feature blocks like {@link KernelAttention} and reduced in block order.
 */
public final class KernelEstimate {

    /** Largest T accepted, so that a scatter has at most 64² = 4096 points. */
    public static final int MAX_TOKENS = 64;

    private KernelEstimate() {
    }

    /** Computes all pairs with the default number of threads and no monitor. */
    public static KernelPairs pairs(TokenSequence s, FeatureMapKind kind, int m, long seed) {
        return pairs(s, kind, m, seed, RunMonitor.NONE, 0);
    }

    /**
     * Computes all T² pairs.
     *
     * @throws IllegalArgumentException when T exceeds {@link #MAX_TOKENS}
     */
    public static KernelPairs pairs(TokenSequence s, FeatureMapKind kind, int m, long seed,
            RunMonitor monitor, int threads) {
        FeatureBlocks.checkFeatures(kind, m);
        int t = s.length();
        if (t > MAX_TOKENS) {
            throw new IllegalArgumentException("At most " + MAX_TOKENS + " tokens: " + t);
        }
        int d = s.dimension();
        int features = kind.effectiveFeatures(m, d);
        int blocks = FeatureBlocks.blockCount(kind, features);
        List<double[][]> partials = FeatureBlocks.map(blocks,
                b -> computeBlock(s, FeatureBlocks.block(kind, d, features, seed, b)), monitor,
                threads);

        double logFactor = 2.0 * FeatureBlocks.logNormalisation(kind, features);
        int pairs = t * t;
        double[] exact = new double[pairs];
        double[] estimated = new double[pairs];
        double[] logExact = new double[pairs];
        double[] logAbsEstimated = new double[pairs];
        boolean[] negative = new boolean[pairs];
        int clamped = 0;
        double maxLog = Math.log(Double.MAX_VALUE);
        for (int pair = 0; pair < pairs; pair++) {
            double maxScale = Double.NEGATIVE_INFINITY;
            for (double[][] p : partials) {
                maxScale = Math.max(maxScale, p[0][pair]);
            }
            double sum = 0;
            for (double[][] p : partials) {
                sum += Math.exp(p[0][pair] - maxScale) * p[1][pair];
            }
            int query = pair / t;
            int key = pair % t;
            logExact[pair] = dot(s.queries()[query], s.keys()[key]);
            if (logExact[pair] > maxLog) {
                clamped++;
            }
            exact[pair] = KernelAttention.expClamped(logExact[pair]);
            negative[pair] = sum < 0;
            if (sum == 0) {
                logAbsEstimated[pair] = -Double.MAX_VALUE;
            } else {
                logAbsEstimated[pair] = maxScale + logFactor + Math.log(Math.abs(sum));
                if (logAbsEstimated[pair] > maxLog) {
                    clamped++;
                }
                estimated[pair] = Math.signum(sum) * KernelAttention.expClamped(logAbsEstimated[pair]);
            }
        }
        double error = ErrorMeasures.relativeErrorFromLogs(logAbsEstimated, negative, logExact);
        return new KernelPairs(t, exact, estimated, logExact, logAbsEstimated, error, clamped);
    }

    /** Returns {log scales, scaled sums} of block b for all pairs, each of length T². */
    private static double[][] computeBlock(TokenSequence s, FeatureBlock block) {
        int t = s.length();
        int size = block.size;
        double[][] keyFeatures = new double[t][size];
        double[] keyScales = new double[t];
        for (int key = 0; key < t; key++) {
            keyScales[key] = block.features(s.keys()[key], keyFeatures[key]);
        }
        double[] queryFeatures = new double[size];
        double[] scales = new double[t * t];
        double[] sums = new double[t * t];
        for (int query = 0; query < t; query++) {
            double queryScale = block.features(s.queries()[query], queryFeatures);
            for (int key = 0; key < t; key++) {
                scales[query * t + key] = queryScale + keyScales[key];
                sums[query * t + key] = KernelAttention.dot(keyFeatures[key], 0, queryFeatures, size);
            }
        }
        return new double[][] {scales, sums};
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
