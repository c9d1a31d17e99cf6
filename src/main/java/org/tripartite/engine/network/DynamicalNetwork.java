package org.tripartite.engine.network;

import java.util.ArrayList;
import java.util.List;
import org.tripartite.engine.features.FeatureMap;
import org.tripartite.engine.run.RunMonitor;
import org.tripartite.engine.tokens.TokenSequence;
import org.tripartite.engine.util.ExpIntegrals;
import org.tripartite.engine.util.MatrixExponential;

/**
 * The neuron–astrocyte network in time (milliseconds for neurons, seconds for calcium).
 *
 * <p>Writing: each token has a slot of T_p (presentation, hidden input u = φ(k_t)) then T_g
 * (no input); output neurons are clamped to v_t for the whole slot; the plasticity gate G = 1.
 * <pre>
 *   τ_n dh/dt = −h + u
 *   dH/dt = G v hᵀ / T_p − H / τ_H        dp/dt = G h / T_p − p / τ_p
 * </pre>
 * Reading: G = 0, each query is presented for T_r with u = φ(q); the astrocyte calcium starts
 * at its resting value c₀ for every query and follows τ_a dc/dt = −c + Σ_j p_j h_j; the output is
 * y = H h / c (divisive feedback acting at once). With the astrocyte blocked, c stays at c₀.
 * While writing, c is held at c₀ because the calcium read-out is used only while reading.
 *
 * <p>Integration is exact for the linear parts: within a piece of constant input, h, H and p
 * follow closed-form exponentials ({@link ExpIntegrals}), and c is advanced with the exact
 * propagator of the linear system for (Σ p_j u_j, Σ p_j h_j, c). Steps end at every frame and
 * every presentation boundary, so the only error is rounding. Memory: m (d_v + 3) doubles.
 */
public final class DynamicalNetwork {

    private final FeatureMap map;
    private final int valueDimension;
    private final NetworkTiming timing;
    private final boolean blocked;

    private final int m;
    private final double[] hidden;
    private final double[] processes;
    private final double[] synapses;
    private final double[] hiddenIntegral;
    private double calcium;
    private double timeMs;

    public DynamicalNetwork(FeatureMap map, int valueDimension, NetworkTiming timing,
            boolean astrocyteBlocked) {
        this.map = map;
        this.valueDimension = valueDimension;
        this.timing = timing;
        this.blocked = astrocyteBlocked;
        this.m = map.features();
        this.hidden = new double[m];
        this.processes = new double[m];
        this.synapses = new double[valueDimension * m];
        this.hiddenIntegral = new double[m];
        this.calcium = timing.c0();
    }

    /** One piece of the timeline with constant input. */
    private record Segment(int token, boolean reading, boolean presenting, double startMs,
            double endMs) {
    }

    /**
     * Writes all tokens of {@code s}, then reads the queries of the tokens {@code queryTokens}
     * one after the other, recording the selected units.
     *
     * @throws org.tripartite.engine.run.RunCancelledException when {@code monitor} cancels
     */
    public DynamicalRun run(TokenSequence s, int[] queryTokens, RecordingSpec spec,
            RunMonitor monitor) {
        List<Segment> segments = new ArrayList<>();
        List<TokenEvent> events = new ArrayList<>();
        double t0 = 0;
        for (int t = 0; t < s.length(); t++) {
            double end = t0 + timing.presentationMs();
            segments.add(new Segment(t, false, true, t0, end));
            segments.add(new Segment(t, false, false, end, end + timing.gapMs()));
            events.add(new TokenEvent(t, s.labels().get(t), false, t0, end));
            t0 = end + timing.gapMs();
        }
        for (int query : queryTokens) {
            segments.add(new Segment(query, true, true, t0, t0 + timing.readMs()));
            events.add(new TokenEvent(query, s.labels().get(query), true, t0,
                    t0 + timing.readMs()));
            t0 += timing.readMs();
        }
        double total = t0;

        int frames = spec.maxFrames() + 1;
        double[] frameTimes = new double[frames];
        for (int f = 0; f < frames; f++) {
            frameTimes[f] = f == frames - 1 ? total : total * f / spec.maxFrames();
        }
        boolean[] gate = new boolean[frames];
        double[][] hiddenTrace = new double[spec.hiddenUnits().length][frames];
        double[][] outputTrace = new double[valueDimension][frames];
        double[][] synapseTrace = new double[spec.synapseUnits().length][frames];
        double[][] processTrace = new double[spec.processUnits().length][frames];
        double[] calciumTrace = new double[frames];
        double[] finalCalcium = new double[queryTokens.length];
        double[][] finalOutputs = new double[queryTokens.length][];
        boolean[] finalValid = new boolean[queryTokens.length];

        int frame = 0;
        int readIndex = 0;
        double[] input = new double[m];
        double[] current = new double[valueDimension];
        for (int index = 0; index < segments.size(); index++) {
            monitor.checkCancelled();
            Segment segment = segments.get(index);
            if (segment.presenting) {
                double[] x = segment.reading ? s.queries()[segment.token] : s.keys()[segment.token];
                map.apply(x, input);
            } else {
                java.util.Arrays.fill(input, 0.0);
            }
            if (segment.reading) {
                calcium = timing.c0();
            }
            double[] value = segment.reading ? null : s.values()[segment.token];
            boolean last = index == segments.size() - 1;
            while (frame < frames && (frameTimes[frame] < segment.endMs
                    || (last && frameTimes[frame] <= segment.endMs))) {
                advance(frameTimes[frame] - timeMs, input, value, segment.reading);
                timeMs = frameTimes[frame];
                gate[frame] = !segment.reading;
                if (segment.reading) {
                    readOutput(current);
                } else {
                    System.arraycopy(value, 0, current, 0, valueDimension);
                }
                record(frame, spec, hiddenTrace, outputTrace, synapseTrace, processTrace,
                        calciumTrace, current);
                frame++;
            }
            advance(segment.endMs - timeMs, input, value, segment.reading);
            timeMs = segment.endMs;
            if (segment.reading) {
                finalCalcium[readIndex] = calcium;
                finalOutputs[readIndex] = new double[valueDimension];
                finalValid[readIndex] = readOutput(finalOutputs[readIndex]);
                readIndex++;
            }
            monitor.progress(segment.endMs / total);
        }
        Recording recording = new Recording(frameTimes, gate, spec.hiddenUnits().clone(),
                hiddenTrace, outputTrace, spec.synapseUnits().clone(), synapseTrace,
                spec.processUnits().clone(), processTrace, calciumTrace, List.copyOf(events));
        return new DynamicalRun(recording, finalCalcium, finalOutputs, finalValid);
    }

    /** Advances every state variable exactly by {@code delta} ms with constant input. */
    private void advance(double delta, double[] input, double[] value, boolean reading) {
        if (delta <= 0) {
            return;
        }
        double tauN = timing.tauNeuronMs();
        double tauH = timing.tauSynapseS() * 1000.0;
        double tauP = timing.tauProcessS() * 1000.0;
        double neuronDecay = Math.exp(-delta / tauN);
        double synapseDecay = ExpIntegrals.decay(delta, tauH);
        double processDecay = ExpIntegrals.decay(delta, tauP);

        if (reading && !blocked) {
            advanceCalcium(delta, input);
        }
        if (reading) {
            for (int j = 0; j < m; j++) {
                processes[j] *= processDecay;
                hidden[j] = input[j] + (hidden[j] - input[j]) * neuronDecay;
            }
            if (synapseDecay != 1.0) {
                for (int k = 0; k < synapses.length; k++) {
                    synapses[k] *= synapseDecay;
                }
            }
            return;
        }

        // Writing: G = 1. ∫ leak kernel × h(s) ds = u A + (h0 − u) B for each leak.
        double synapseConstant = ExpIntegrals.constant(delta, tauH);
        double synapseTail = ExpIntegrals.decaying(delta, tauH, tauN);
        double processConstant = ExpIntegrals.constant(delta, tauP);
        double processTail = ExpIntegrals.decaying(delta, tauP, tauN);
        double gain = 1.0 / timing.presentationMs();
        for (int j = 0; j < m; j++) {
            double u = input[j];
            double excess = hidden[j] - u;
            hiddenIntegral[j] = (u * synapseConstant + excess * synapseTail) * gain;
            processes[j] = processes[j] * processDecay
                    + (u * processConstant + excess * processTail) * gain;
            hidden[j] = u + excess * neuronDecay;
        }
        for (int i = 0; i < valueDimension; i++) {
            double vi = value[i];
            int offset = i * m;
            for (int j = 0; j < m; j++) {
                synapses[offset + j] = synapses[offset + j] * synapseDecay + vi * hiddenIntegral[j];
            }
        }
    }

    /**
     * Advances c with the exact propagator of d/dt (P, Y, c) for P = Σ p_j u_j and
     * Y = Σ p_j h_j: dP/dt = −P/τ_p, dY/dt = −Y/τ_p + (P − Y)/τ_n, τ_a dc/dt = Y − c.
     */
    private void advanceCalcium(double delta, double[] input) {
        double drive = 0;
        double current = 0;
        for (int j = 0; j < m; j++) {
            drive += processes[j] * input[j];
            current += processes[j] * hidden[j];
        }
        double kn = 1.0 / timing.tauNeuronMs();
        double kp = Double.isInfinite(timing.tauProcessS()) ? 0.0
                : 1.0 / (timing.tauProcessS() * 1000.0);
        double ka = 1.0 / (timing.tauAstrocyteS() * 1000.0);
        double[][] generator = {
            {-kp, 0, 0},
            {kn, -kp - kn, 0},
            {0, ka, -ka},
        };
        double[] next = MatrixExponential.apply(MatrixExponential.exp(generator, delta),
                new double[] {drive, current, calcium});
        calcium = next[2];
    }

    /**
     * Writes y = H h / c into {@code out} and returns true, or writes zeros and returns false when
     * c ≤ 0 or y is not finite (cosine features can make the calcium negative), as
     * {@link AlgebraicNetwork#read} does.
     */
    private boolean readOutput(double[] out) {
        double c = blocked ? timing.c0() : calcium;
        boolean valid = c > 0;
        for (int i = 0; i < valueDimension; i++) {
            double sum = 0;
            int offset = i * m;
            for (int j = 0; j < m; j++) {
                sum += synapses[offset + j] * hidden[j];
            }
            out[i] = sum / c;
            valid &= Double.isFinite(out[i]);
        }
        if (!valid) {
            java.util.Arrays.fill(out, 0.0);
        }
        return valid;
    }

    private void record(int frame, RecordingSpec spec, double[][] hiddenTrace,
            double[][] outputTrace, double[][] synapseTrace, double[][] processTrace,
            double[] calciumTrace, double[] outputs) {
        for (int k = 0; k < spec.hiddenUnits().length; k++) {
            hiddenTrace[k][frame] = hidden[spec.hiddenUnits()[k]];
        }
        for (int i = 0; i < valueDimension; i++) {
            outputTrace[i][frame] = outputs[i];
        }
        for (int k = 0; k < spec.synapseUnits().length; k++) {
            int[] unit = spec.synapseUnits()[k];
            synapseTrace[k][frame] = synapses[unit[0] * m + unit[1]];
        }
        for (int k = 0; k < spec.processUnits().length; k++) {
            processTrace[k][frame] = processes[spec.processUnits()[k]];
        }
        calciumTrace[frame] = blocked ? timing.c0() : calcium;
    }

    /** Returns a copy of the process calcium p. */
    public double[] processes() {
        return processes.clone();
    }

    /** Returns H_ij. */
    public double synapse(int output, int hiddenUnit) {
        return synapses[output * m + hiddenUnit];
    }

    public double timeMs() {
        return timeMs;
    }
}
