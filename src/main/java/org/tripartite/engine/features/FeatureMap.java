package org.tripartite.engine.features;

/**
 * A materialised feature map φ: R^d → R^m for the network simulations, which need φ(x) as a
 * plain m-vector. W is drawn exactly as {@link KernelAttention} draws it (block b from
 * {@code SplitMix64.mix(seed, b)}), so both give the same features for the same seed.
 *
 * <p>Memory: m × d doubles for W. Values are in linear scale; where an entry would exceed the
 * double range it is clamped to {@link Double#MAX_VALUE} and {@link #apply} returns false.
 * NOTE: the experiments (mean squared norm at most 25) have not been seen to trigger this clamp,
 * but single tokens far above the mean could.
 */
public final class FeatureMap {

    private final FeatureMapKind kind;
    private final int d;
    private final int m;
    private final FeatureBlock[] blocks;
    private final double logNormalisation;

    /**
     * Draws the map.
     *
     * @param m number of features (ignored for ELU, which has d)
     */
    public FeatureMap(FeatureMapKind kind, int d, int m, long seed) {
        FeatureBlocks.checkFeatures(kind, m);
        this.kind = kind;
        this.d = d;
        this.m = kind.effectiveFeatures(m, d);
        this.blocks = new FeatureBlock[FeatureBlocks.blockCount(kind, this.m)];
        for (int b = 0; b < blocks.length; b++) {
            blocks[b] = FeatureBlocks.block(kind, d, this.m, seed, b);
        }
        this.logNormalisation = FeatureBlocks.logNormalisation(kind, this.m);
    }

    public FeatureMapKind kind() {
        return kind;
    }

    /** Input dimension d. */
    public int inputDimension() {
        return d;
    }

    /** Number of features m (d for ELU). */
    public int features() {
        return m;
    }

    /**
     * Writes φ(x) into {@code out} (length m) and returns true when every entry is finite
     * (false when some entry was clamped).
     */
    public boolean apply(double[] x, double[] out) {
        double[] scratch = new double[FeatureBlocks.BLOCK];
        boolean finite = true;
        for (int b = 0; b < blocks.length; b++) {
            FeatureBlock block = blocks[b];
            double[] target = blocks.length == 1 && kind == FeatureMapKind.ELU ? out : scratch;
            double scale = block.features(x, target);
            double factor = Math.exp(scale + logNormalisation);
            int offset = b * FeatureBlocks.BLOCK;
            for (int j = 0; j < block.size; j++) {
                double value = target[j] * factor;
                if (!Double.isFinite(value)) {
                    value = Math.signum(target[j]) * Double.MAX_VALUE;
                    finite = false;
                }
                out[offset + j] = value;
            }
        }
        return finite;
    }

    /** Returns φ(x) as a new array. */
    public double[] apply(double[] x) {
        double[] out = new double[m];
        apply(x, out);
        return out;
    }
}
