package org.tripartite.engine.network;

/**
 * What the network returns for one query.
 *
 * @param calcium     astrocyte calcium used as normaliser: C(q) = pᵀφ(q), or c₀ when blocked, a.u.
 * @param numerator   H φ(q), the output neurons' summed input, a.u.
 * @param output      y = H φ(q) / calcium; zeros when calcium is not positive (see {@code valid})
 * @param valid       false when calcium ≤ 0 or the output is not finite (cosine features only)
 */
public record Readout(double calcium, double[] numerator, double[] output, boolean valid) {
}
