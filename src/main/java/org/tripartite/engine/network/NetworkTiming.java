package org.tripartite.engine.network;

/**
 * Time constants and phase durations of the dynamical network.
 *
 * @param tauNeuronMs     τ_n of hidden neurons, ms
 * @param presentationMs  T_p, presentation of one token, ms
 * @param gapMs           T_g, silence after each presentation, ms (at least 10 τ_n, so the
 *                        hidden rates return to within exp(−10) ≈ 4.5e-5 of rest)
 * @param readMs          T_r, presentation of each query, ms (at least 5 τ_a)
 * @param tauAstrocyteS   τ_a of the astrocyte calcium, s
 * @param c0              resting astrocyte calcium, a.u. (positive)
 * @param tauSynapseS     τ_H, synaptic leak, s; infinity = no leak
 * @param tauProcessS     τ_p, process calcium leak, s; infinity = no leak
 */
public record NetworkTiming(double tauNeuronMs, double presentationMs, double gapMs,
        double readMs, double tauAstrocyteS, double c0, double tauSynapseS, double tauProcessS) {

    public NetworkTiming {
        if (!(tauNeuronMs > 0) || !(presentationMs > 0) || !(gapMs >= 0) || !(readMs > 0)
                || !(tauAstrocyteS > 0) || !(c0 > 0) || !(tauSynapseS > 0)
                || !(tauProcessS > 0)) {
            throw new IllegalArgumentException("Network time constants and durations must be"
                    + " positive and c0 must be positive");
        }
    }

    /** Returns the defaults: τ_n 10 ms, T_p 50 ms, T_g 100 ms, T_r 5 s, τ_a 1 s, c₀ 1, no leaks. */
    public static NetworkTiming defaults() {
        return new NetworkTiming(10, 50, 100, 5000, 1, 1, Double.POSITIVE_INFINITY,
                Double.POSITIVE_INFINITY);
    }

    /** Slot length T_p + T_g, ms. */
    public double slotMs() {
        return presentationMs + gapMs;
    }
}
