package org.tripartite.engine.util;

/**
 * Closed-form integrals for exact exponential updates of first-order linear filters. Time
 * constants may be {@code Double.POSITIVE_INFINITY} (no decay); all arguments share one time unit.
 */
public final class ExpIntegrals {

    private ExpIntegrals() {
    }

    /** Returns exp(−Δ/τ), 1 for τ = ∞. */
    public static double decay(double delta, double tau) {
        return Double.isInfinite(tau) ? 1.0 : Math.exp(-delta / tau);
    }

    /** Returns ∫₀^Δ exp(−(Δ−s)/τ_L) ds = τ_L (1 − exp(−Δ/τ_L)), Δ for τ_L = ∞. */
    public static double constant(double delta, double tauLeak) {
        return Double.isInfinite(tauLeak) ? delta : -tauLeak * Math.expm1(-delta / tauLeak);
    }

    /**
     * Returns ∫₀^Δ exp(−(Δ−s)/τ_L) exp(−s/τ_x) ds, the response of a leak τ_L to an input that
     * decays with τ_x; stable when the two rates are equal or nearly so.
     */
    public static double decaying(double delta, double tauLeak, double tauInput) {
        double leakRate = Double.isInfinite(tauLeak) ? 0.0 : 1.0 / tauLeak;
        double inputRate = Double.isInfinite(tauInput) ? 0.0 : 1.0 / tauInput;
        double r = inputRate - leakRate;
        double x = r * delta;
        double integral = Math.abs(x) < 1e-12 ? delta * (1 - x / 2) : -Math.expm1(-x) / r;
        return Math.exp(-leakRate * delta) * integral;
    }
}
