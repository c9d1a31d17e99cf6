package org.tripartite.engine.features;

import org.tripartite.engine.util.SplitMix64;

/**
 * Independent, unstreamed reference: draws W in the documented order (block b from
 * mix(seed, b), feature by feature, then cosine phases) and evaluates φ(x) as a plain m-vector.
 */
final class DirectFeatures {

    private DirectFeatures() {
    }

    static double[][] drawWeights(FeatureMapKind kind, int d, int m, long seed, double[] phases) {
        double[][] w = new double[m][d];
        for (int start = 0, b = 0; start < m; start += FeatureBlocks.BLOCK, b++) {
            int size = Math.min(FeatureBlocks.BLOCK, m - start);
            SplitMix64 random = new SplitMix64(SplitMix64.mix(seed, b));
            for (int j = 0; j < size; j++) {
                for (int i = 0; i < d; i++) {
                    w[start + j][i] = random.nextGaussian();
                }
            }
            if (kind == FeatureMapKind.COSINE) {
                for (int j = 0; j < size; j++) {
                    phases[start + j] = 2 * Math.PI * random.nextDouble();
                }
            }
        }
        return w;
    }

    static double[] phi(FeatureMapKind kind, double[][] w, double[] phases, double[] x) {
        if (kind == FeatureMapKind.ELU) {
            double[] out = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                out[i] = x[i] > 0 ? x[i] + 1 : Math.exp(x[i]);
            }
            return out;
        }
        int m = w.length;
        double norm2 = 0;
        for (double v : x) {
            norm2 += v * v;
        }
        double[] out = new double[m];
        for (int j = 0; j < m; j++) {
            double dot = 0;
            for (int i = 0; i < x.length; i++) {
                dot += w[j][i] * x[i];
            }
            out[j] = kind == FeatureMapKind.POSITIVE
                    ? Math.exp(dot - norm2 / 2) / Math.sqrt(m)
                    : Math.sqrt(2.0 / m) * Math.exp(norm2 / 2) * Math.cos(dot + phases[j]);
        }
        return out;
    }

    static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
