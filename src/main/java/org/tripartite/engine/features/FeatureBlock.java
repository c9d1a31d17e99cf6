package org.tripartite.engine.features;

import org.tripartite.engine.util.SplitMix64;

/**
 * One block of at most {@link FeatureBlocks#BLOCK} features: its rows of W (and the phases b of
 * cosine features), drawn from the block's own seed.
 *
 * <p>{@link #features} returns each feature vector in scaled form, φ_j(x) = exp(s + ν) f_j with
 * the log scale s per token and block, ν = {@link FeatureBlocks#logNormalisation} per run and
 * f_j of order one. Keeping s apart is what lets the sums over tokens and blocks run without
 * overflow for any norm. Instances are read-only after construction and may be shared.
 */
final class FeatureBlock {

    private static final double SQRT2 = Math.sqrt(2.0);

    final FeatureMapKind kind;
    final int d;
    final int size;
    /** W transposed: entry (feature j, input i) at {@code [i][j]}, so loops over j vectorise. */
    private final double[][] weightsTransposed;
    private final double[] phases;

    FeatureBlock(FeatureMapKind kind, int d, int size, long blockSeed) {
        this.kind = kind;
        this.d = d;
        this.size = size;
        if (kind == FeatureMapKind.ELU) {
            weightsTransposed = null;
            phases = null;
            return;
        }
        // Rows of W are drawn feature by feature, so the first rows do not depend on the block size.
        SplitMix64 random = new SplitMix64(blockSeed);
        weightsTransposed = new double[d][size];
        for (int j = 0; j < size; j++) {
            for (int i = 0; i < d; i++) {
                weightsTransposed[i][j] = random.nextGaussian();
            }
        }
        if (kind == FeatureMapKind.COSINE) {
            phases = new double[size];
            for (int j = 0; j < size; j++) {
                phases[j] = 2.0 * Math.PI * random.nextDouble();
            }
        } else {
            phases = null;
        }
    }

    /**
     * Writes the scaled features of {@code x} into {@code out[0..size)} and returns the log scale
     * s. {@code out} must have at least {@code size} entries.
     */
    double features(double[] x, double[] out) {
        switch (kind) {
            case POSITIVE: {
                project(x, out);
                double halfNorm2 = 0.5 * norm2(x);
                double max = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < size; j++) {
                    max = Math.max(max, out[j]);
                }
                for (int j = 0; j < size; j++) {
                    out[j] = Math.exp(out[j] - max);
                }
                return max - halfNorm2;
            }
            case COSINE: {
                project(x, out);
                for (int j = 0; j < size; j++) {
                    out[j] = SQRT2 * Math.cos(out[j] + phases[j]);
                }
                return 0.5 * norm2(x);
            }
            case ELU: {
                for (int j = 0; j < size; j++) {
                    out[j] = x[j] > 0 ? x[j] + 1.0 : Math.exp(x[j]);
                }
                return 0.0;
            }
            default:
                throw new IllegalStateException("Unhandled kind " + kind);
        }
    }

    /** Computes W_block x into {@code out}; the inner loop runs over features so it vectorises. */
    private void project(double[] x, double[] out) {
        double[] row0 = weightsTransposed[0];
        double x0 = x[0];
        for (int j = 0; j < size; j++) {
            out[j] = row0[j] * x0;
        }
        for (int i = 1; i < d; i++) {
            double[] row = weightsTransposed[i];
            double xi = x[i];
            for (int j = 0; j < size; j++) {
                out[j] += row[j] * xi;
            }
        }
    }

    static double norm2(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v * v;
        }
        return sum;
    }
}
