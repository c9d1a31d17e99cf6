package org.tripartite.engine.memory;

/** Interaction function F of the reduced memory E(σ) = −Σ_μ F(ξ^μ · σ). */
public enum CouplingKind {
    /** F(z) = z²/2: pairwise couplings between two neurons (the Hopfield network). */
    PAIRWISE,
    /** F(z) = z⁴/4: couplings among four neurons, as one astrocyte provides. */
    QUARTIC;

    /** Returns F(z). */
    public double interaction(double z) {
        double z2 = z * z;
        return this == PAIRWISE ? z2 / 2.0 : z2 * z2 / 4.0;
    }

    /**
     * Returns the known capacity scale (Krotov and Hopfield, "Dense associative memory for pattern
     * recognition", NeurIPS 2016): 0.14 N for pairwise and N³/(30 ln N) for quartic couplings.
     * It is an order of magnitude for comparison, not the measured capacity.
     */
    public double referenceCapacity(int n) {
        return this == PAIRWISE ? 0.14 * n : Math.pow(n, 3) / (30.0 * Math.log(n));
    }
}
