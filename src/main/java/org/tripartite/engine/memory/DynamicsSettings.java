package org.tripartite.engine.memory;

/**
 * Settings of the full neuron–astrocyte dynamics.
 *
 * @param gain     β in the transfer functions φ = g = ψ = κ = tanh(β ·); dimensionless
 * @param timeStep Euler step Δt in units of the time constants, which are all 1
 * @param tanh     implementation of tanh used by the transfer functions
 */
public record DynamicsSettings(double gain, double timeStep, TanhImplementation tanh) {

    /** The published tutorial values: β = 5, Δt = 0.05, with the fast tanh. */
    public static final DynamicsSettings TUTORIAL = new DynamicsSettings(5.0, 0.05, TanhImplementation.FAST);

    /** Checks that the gain and the time step are finite and positive, and the tanh set. */
    public DynamicsSettings {
        if (!(gain > 0.0) || !Double.isFinite(gain)) {
            throw new IllegalArgumentException("gain must be finite and positive, got " + gain);
        }
        if (!(timeStep > 0.0) || !Double.isFinite(timeStep)) {
            throw new IllegalArgumentException("time step must be finite and positive, got " + timeStep);
        }
        if (tanh == null) {
            throw new IllegalArgumentException("tanh implementation is missing");
        }
    }

    /** Returns these settings with another tanh implementation. */
    public DynamicsSettings withTanh(TanhImplementation implementation) {
        return new DynamicsSettings(gain, timeStep, implementation);
    }
}
