package org.tripartite.engine.network;

import org.tripartite.engine.features.FeatureMap;

/**
 * The neuron–astrocyte network in its algebraic form: the state after each phase, without time
 * courses.
 *
 * <p>Writing token (k, v) adds v φ(k)ᵀ to the hidden→output synapses H (d_v × m, Hebbian) and
 * φ(k) to the process calcium p (presynaptic plasticity). Reading query q gives the astrocyte
 * calcium C(q) = pᵀφ(q) and the output y = H φ(q) / C(q); with the astrocyte blocked the calcium
 * stays at its resting value c₀ and y = H φ(q) / c₀ (un-normalised attention).
 *
 * <p>Leaks: {@link #elapse} multiplies H by exp(−Δ/τ_H) and p by exp(−Δ/τ_p) (time constants in
 * seconds, infinity meaning no leak), so a token written a time a ago weighs exp(−a/τ).
 * {@link #writeSequence} counts each token as written at the start of its slot. Not thread-safe.
 */
public final class AlgebraicNetwork {

    private final FeatureMap map;
    private final int valueDimension;
    private final double tauSynapseS;
    private final double tauProcessS;
    private final double[] synapses;
    private final double[] processes;
    private final double[] scratch;
    private int written;

    /** Creates a network without leaks. */
    public AlgebraicNetwork(FeatureMap map, int valueDimension) {
        this(map, valueDimension, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /**
     * Creates a network with leak time constants τ_H (synapses) and τ_p (processes), in seconds;
     * {@code Double.POSITIVE_INFINITY} means no leak.
     */
    public AlgebraicNetwork(FeatureMap map, int valueDimension, double tauSynapseS,
            double tauProcessS) {
        if (!(tauSynapseS > 0) || !(tauProcessS > 0)) {
            throw new IllegalArgumentException("Leak time constants must be positive");
        }
        this.map = map;
        this.valueDimension = valueDimension;
        this.tauSynapseS = tauSynapseS;
        this.tauProcessS = tauProcessS;
        this.synapses = new double[valueDimension * map.features()];
        this.processes = new double[map.features()];
        this.scratch = new double[map.features()];
    }

    /** Writes one token: H += v φ(k)ᵀ, p += φ(k). */
    public void write(double[] key, double[] value) {
        int m = map.features();
        map.apply(key, scratch);
        for (int j = 0; j < m; j++) {
            processes[j] += scratch[j];
        }
        for (int i = 0; i < valueDimension; i++) {
            double vi = value[i];
            int offset = i * m;
            for (int j = 0; j < m; j++) {
                synapses[offset + j] += vi * scratch[j];
            }
        }
        written++;
    }

    /** Lets {@code seconds} pass without input: the leaks act, nothing is written. */
    public void elapse(double seconds) {
        double synapseDecay = Math.exp(-seconds / tauSynapseS);
        double processDecay = Math.exp(-seconds / tauProcessS);
        if (synapseDecay != 1.0) {
            for (int i = 0; i < synapses.length; i++) {
                synapses[i] *= synapseDecay;
            }
        }
        if (processDecay != 1.0) {
            for (int j = 0; j < processes.length; j++) {
                processes[j] *= processDecay;
            }
        }
    }

    /**
     * Writes every token of a sequence, one slot of {@code slotMs} each: token t is written at
     * the start of its slot, then the slot's time elapses, so at the end it has aged
     * (T − t)·slotMs.
     */
    public void writeSequence(double[][] keys, double[][] values, double slotMs) {
        for (int t = 0; t < keys.length; t++) {
            write(keys[t], values[t]);
            elapse(slotMs / 1000.0);
        }
    }

    /** Reads query q with the astrocyte active: C = pᵀφ(q), y = Hφ(q)/C. */
    public Readout read(double[] query) {
        return read(query, false, 1.0);
    }

    /**
     * Reads query q.
     *
     * @param blocked true for the astrocyte knock-out: the calcium stays at {@code c0}
     * @param c0      resting calcium, a.u. (used only when blocked)
     */
    public Readout read(double[] query, boolean blocked, double c0) {
        int m = map.features();
        double[] phi = new double[m];
        map.apply(query, phi);
        double calcium = blocked ? c0 : dot(processes, 0, phi, m);
        double[] numerator = new double[valueDimension];
        double[] output = new double[valueDimension];
        boolean valid = calcium > 0;
        for (int i = 0; i < valueDimension; i++) {
            numerator[i] = dot(synapses, i * m, phi, m);
            output[i] = numerator[i] / calcium;
            valid &= Double.isFinite(output[i]);
        }
        if (!valid) {
            java.util.Arrays.fill(output, 0.0);
        }
        return new Readout(calcium, numerator, output, valid);
    }

    /** Number of tokens written. */
    public int written() {
        return written;
    }

    public FeatureMap map() {
        return map;
    }

    /** Returns a copy of the process calcium p (length m). */
    public double[] processes() {
        return processes.clone();
    }

    /** Returns H_ij, the synapse from hidden neuron j to output neuron i. */
    public double synapse(int output, int hidden) {
        return synapses[output * map.features() + hidden];
    }

    private static double dot(double[] a, int offset, double[] b, int length) {
        double sum = 0;
        for (int j = 0; j < length; j++) {
            sum += a[offset + j] * b[j];
        }
        return sum;
    }
}
