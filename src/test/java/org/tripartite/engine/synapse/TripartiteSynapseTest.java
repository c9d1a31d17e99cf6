package org.tripartite.engine.synapse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tripartite.engine.experiment.Experiments;
import org.tripartite.engine.run.RunMonitor;

class TripartiteSynapseTest {

    @Test
    void presynapticStepMatchesClosedForm() {
        SynapseParams params = new SynapseParams(10, 50, Double.POSITIVE_INFINITY,
                Double.POSITIVE_INFINITY, 1);
        TripartiteSynapse synapse = new TripartiteSynapse(params);
        for (int i = 0; i < 7; i++) {
            synapse.advance(13.0, true, false);
        }
        double t = 91.0;
        assertEquals(1 - Math.exp(-t / 10), synapse.preRate(), 1e-14);
        assertEquals((t - 10 * (1 - Math.exp(-t / 10))) / 50, synapse.processCalcium(), 1e-13);
        assertEquals(0.0, synapse.weight(), 1e-15);
        assertEquals(0.0, synapse.postRate(), 1e-15);
        assertEquals(t, synapse.timeMs(), 1e-12);
    }

    @Test
    void matchesFineRungeKuttaOnDefaultSchedule() {
        SynapseExperimentParams p = new SynapseExperimentParams(
                new SynapseParams(10, 50, 5.0, 10.0, 1.0), List.of(1000, 2000, 6000, 7000),
                List.of(1500, 3000, 10_000, 11_000), 12_000, 10);
        SynapseTrace trace = new SynapseExperiment().run(p, RunMonitor.NONE);

        // Classic RK4 on the original equations, step 0.02 ms (error of order (0.002)^4).
        double dt = 0.02;
        double[] y = new double[5];
        int frame = 0;
        for (long n = 0; n < Math.round(12_000 / dt); n++) {
            double t = n * dt;
            boolean pre = SynapseExperiment.isOn(p.preSchedule(), t + dt / 2, 12_000);
            boolean post = SynapseExperiment.isOn(p.postSchedule(), t + dt / 2, 12_000);
            y = rungeKuttaStep(y, dt, pre ? 1 : 0, post ? 1 : 0, p.synapse());
            double now = (n + 1) * dt;
            while (frame + 1 < trace.frames() && Math.abs(trace.timeMs()[frame + 1] - now) < 1e-6) {
                frame++;
                assertEquals(y[0], trace.preRate()[frame], 1e-9, "r_pre at " + now);
                assertEquals(y[1], trace.postRate()[frame], 1e-9, "r_post at " + now);
                assertEquals(y[2], trace.weight()[frame], 1e-8, "w at " + now);
                assertEquals(y[3], trace.process()[frame], 1e-8, "p at " + now);
                assertEquals(y[4], trace.calcium()[frame], 1e-8, "c at " + now);
            }
        }
        assertEquals(trace.frames() - 1, frame);
    }

    private static double[] rungeKuttaStep(double[] y, double dt, double uPre, double uPost,
            SynapseParams p) {
        double[] k1 = derivative(y, uPre, uPost, p);
        double[] k2 = derivative(add(y, k1, dt / 2), uPre, uPost, p);
        double[] k3 = derivative(add(y, k2, dt / 2), uPre, uPost, p);
        double[] k4 = derivative(add(y, k3, dt), uPre, uPost, p);
        double[] next = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            next[i] = y[i] + dt / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
        }
        return next;
    }

    private static double[] add(double[] y, double[] k, double h) {
        double[] out = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            out[i] = y[i] + h * k[i];
        }
        return out;
    }

    /** y = (r_pre, r_post, w, p, c); time in ms, leaks in s. */
    private static double[] derivative(double[] y, double uPre, double uPost, SynapseParams p) {
        double tauW = p.tauWeightS() * 1000;
        double tauP = p.tauProcessS() * 1000;
        double tauA = p.tauAstrocyteS() * 1000;
        return new double[] {
            (uPre - y[0]) / p.tauNeuronMs(),
            (uPost - y[1]) / p.tauNeuronMs(),
            y[0] * y[1] / p.presentationMs() - y[2] / tauW,
            y[0] / p.presentationMs() - y[3] / tauP,
            (y[3] * y[0] - y[4]) / tauA,
        };
    }

    @Test
    void weightGrowsOnlyWhenBothNeuronsFire() {
        TripartiteSynapse synapse = new TripartiteSynapse(SynapseParams.defaults());
        synapse.advance(500, true, false);
        assertEquals(0.0, synapse.weight(), 1e-15);
        double processAfterPre = synapse.processCalcium();
        assertTrue(processAfterPre > 9, "p grows with presynaptic activity alone");
        synapse.advance(500, false, false);
        synapse.advance(500, false, true);
        assertEquals(0.0, synapse.weight(), 1e-12, "post alone leaves w unchanged");
        synapse.advance(500, true, true);
        assertTrue(synapse.weight() > 9, "w grows when both fire: " + synapse.weight());
    }

    @Test
    void processCalciumLeaksExponentially() {
        TripartiteSynapse synapse = new TripartiteSynapse(SynapseParams.defaults());
        synapse.advance(1000, true, false);
        synapse.advance(1000, false, false);
        double before = synapse.processCalcium();
        synapse.advance(5000, false, false);
        // τ_p = 10 s: the presynaptic rate is zero to 1e-40 after 1 s, so p decays as exp(−t/τ_p).
        assertEquals(before * Math.exp(-0.5), synapse.processCalcium(), 1e-12 * before);
    }

    @Test
    void defaultExperimentIsBounded() {
        SynapseTrace trace = (SynapseTrace) Experiments.byId("synapse").orElseThrow()
                .runWith(Map.of(), RunMonitor.NONE);
        assertEquals(4001, trace.frames());
        assertEquals(20_000, trace.timeMs()[4000], 1e-9);
        SynapseTrace coarse = (SynapseTrace) Experiments.byId("synapse").orElseThrow()
                .runWith(Map.of("durationMs", "300000", "recordStepMs", "0.1"), RunMonitor.NONE);
        assertEquals(SynapseExperiment.MAX_FRAMES + 1, coarse.frames());
    }
}
