package org.tripartite.engine.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tripartite.engine.features.FeatureMap;
import org.tripartite.engine.features.FeatureMapKind;
import org.tripartite.engine.features.KernelAttention;
import org.tripartite.engine.features.KernelAttentionResult;
import org.tripartite.engine.run.RunMonitor;
import org.tripartite.engine.tokens.Sequences;
import org.tripartite.engine.tokens.TokenSequence;

class NetworkTest {

    private static final int D = 6;
    private static final int DV = 3;

    private static AlgebraicNetwork written(TokenSequence s, FeatureMap map) {
        AlgebraicNetwork network = new AlgebraicNetwork(map, s.valueDimension());
        for (int t = 0; t < s.length(); t++) {
            network.write(s.keys()[t], s.values()[t]);
        }
        return network;
    }

    @Test
    void algebraicNetworkEqualsKernelAttention() {
        TokenSequence s = Sequences.gaussian(20, D, DV, 2.0, 1);
        for (FeatureMapKind kind : FeatureMapKind.values()) {
            FeatureMap map = new FeatureMap(kind, D, 3000, 5);
            AlgebraicNetwork network = written(s, map);
            KernelAttentionResult kernel = KernelAttention.compute(s, kind, 3000, 5, RunMonitor.NONE);
            for (int q = 0; q < 20; q++) {
                Readout r = network.read(s.queries()[q]);
                assertEquals(kernel.c()[q], r.calcium(), 1e-10 * Math.abs(kernel.c()[q]),
                        kind + " C");
                for (int i = 0; i < DV; i++) {
                    double expected = kernel.outputs()[q][i];
                    assertEquals(expected, r.output()[i], 1e-10 * Math.max(1, Math.abs(expected)),
                            kind + " y");
                }
            }
        }
    }

    @Test
    void writeOrderDoesNotMatter() {
        TokenSequence s = Sequences.gaussian(15, D, DV, 1.0, 2);
        FeatureMap map = new FeatureMap(FeatureMapKind.POSITIVE, D, 500, 3);
        AlgebraicNetwork forward = written(s, map);
        AlgebraicNetwork backward = new AlgebraicNetwork(map, DV);
        for (int t = 14; t >= 0; t--) {
            backward.write(s.keys()[t], s.values()[t]);
        }
        for (int q = 0; q < 15; q++) {
            Readout a = forward.read(s.queries()[q]);
            Readout b = backward.read(s.queries()[q]);
            assertEquals(a.calcium(), b.calcium(), 1e-12 * a.calcium());
            for (int i = 0; i < DV; i++) {
                assertEquals(a.output()[i], b.output()[i], 1e-12);
            }
        }
    }

    @Test
    void commonFactorOnSynapsesAndProcessesCancels() {
        // Writing every token three times multiplies H and p by 3.
        TokenSequence s = Sequences.gaussian(10, D, DV, 1.0, 2);
        FeatureMap map = new FeatureMap(FeatureMapKind.POSITIVE, D, 400, 3);
        AlgebraicNetwork once = written(s, map);
        AlgebraicNetwork thrice = new AlgebraicNetwork(map, DV);
        for (int repeat = 0; repeat < 3; repeat++) {
            for (int t = 0; t < 10; t++) {
                thrice.write(s.keys()[t], s.values()[t]);
            }
        }
        for (int q = 0; q < 10; q++) {
            Readout a = once.read(s.queries()[q]);
            Readout b = thrice.read(s.queries()[q]);
            assertEquals(3 * a.calcium(), b.calcium(), 1e-12 * a.calcium());
            for (int i = 0; i < DV; i++) {
                assertEquals(a.output()[i], b.output()[i], 1e-12);
            }
        }
    }

    @Test
    void blockedAstrocyteDividesByRestingCalcium() {
        TokenSequence s = Sequences.gaussian(10, D, DV, 1.0, 2);
        AlgebraicNetwork network = written(s, new FeatureMap(FeatureMapKind.POSITIVE, D, 400, 3));
        Readout normal = network.read(s.queries()[0]);
        Readout blocked = network.read(s.queries()[0], true, 0.5);
        assertEquals(0.5, blocked.calcium());
        for (int i = 0; i < DV; i++) {
            assertEquals(normal.numerator()[i] / 0.5, blocked.output()[i], 1e-12);
        }
    }

    @Test
    void dynamicalConvergesToAlgebraic() {
        // Without leaks the dynamical form differs from the algebraic one by the hidden-rate
        // tail left at the end of each gap, a relative part below exp(−T_g/τ_n), plus the
        // unsettled calcium, |c₀ − C|/C · exp(−T_r/τ_a). Read for 10 τ_a.
        TokenSequence s = Sequences.gaussian(6, D, DV, 1.0, 4);
        FeatureMap map = new FeatureMap(FeatureMapKind.POSITIVE, D, 64, 9);
        NetworkTiming timing = new NetworkTiming(10, 50, 100, 10_000, 1, 1,
                Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
        DynamicalNetwork dynamical = new DynamicalNetwork(map, DV, timing, false);
        int[] queries = {0, 3, 5};
        DynamicalRun run = dynamical.run(s, queries, RecordingSpec.defaults(64, 500),
                RunMonitor.NONE);
        AlgebraicNetwork algebraic = written(s, map);

        double[] p = dynamical.processes();
        double[] expectedP = algebraic.processes();
        double tail = Math.exp(-100.0 / 10.0);
        for (int j = 0; j < 64; j++) {
            assertEquals(expectedP[j], p[j], tail * expectedP[j] + 1e-15, "p_" + j);
        }
        for (int k = 0; k < queries.length; k++) {
            Readout r = algebraic.read(s.queries()[queries[k]]);
            double unsettled = Math.abs(1 - r.calcium()) / r.calcium() * Math.exp(-10.0);
            double tolerance = tail + unsettled;
            assertEquals(r.calcium(), run.finalCalcium()[k], tolerance * r.calcium(), "C");
            double norm = 0;
            for (double y : r.output()) {
                norm = Math.max(norm, Math.abs(y));
            }
            for (int i = 0; i < DV; i++) {
                assertEquals(r.output()[i], run.finalOutputs()[k][i], 2 * tolerance * norm, "y");
            }
        }
    }

    @Test
    void dynamicalFlagsNonPositiveCalcium() {
        // With few cosine features C(q) = pᵀφ(q) is negative for some queries. Reading for 10 τ_a
        // brings c within e⁻¹⁰ of C, so the dynamical form must flag the read as the algebraic one does.
        NetworkTiming timing = new NetworkTiming(10, 50, 100, 10_000, 1, 1,
                Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
        int flagged = 0;
        for (long seed = 1; seed <= 20 && flagged == 0; seed++) {
            TokenSequence s = Sequences.gaussian(4, D, DV, 1.0, seed);
            FeatureMap map = new FeatureMap(FeatureMapKind.COSINE, D, 4, seed);
            AlgebraicNetwork algebraic = written(s, map);
            int[] queries = {0, 1, 2, 3};
            DynamicalRun run = new DynamicalNetwork(map, DV, timing, false).run(s, queries,
                    RecordingSpec.defaults(4, 400), RunMonitor.NONE);
            for (int k = 0; k < queries.length; k++) {
                Readout r = algebraic.read(s.queries()[queries[k]]);
                if (Math.abs(r.calcium()) < 1e-3) {
                    continue;
                }
                assertEquals(r.valid(), run.finalValid()[k], "seed " + seed + ", query " + k);
                if (!r.valid()) {
                    flagged++;
                    assertTrue(run.finalCalcium()[k] <= 0, "c " + run.finalCalcium()[k]);
                    for (double y : run.finalOutputs()[k]) {
                        assertEquals(0.0, y, 0.0, "output of a flagged read");
                    }
                }
            }
            for (double[] trace : run.recording().outputs()) {
                for (double y : trace) {
                    assertTrue(Double.isFinite(y), "recorded output " + y);
                }
            }
        }
        assertTrue(flagged > 0, "some query gives C(q) <= 0");
    }

    @Test
    void calciumStartsAtRestAndSettles() {
        TokenSequence s = Sequences.gaussian(4, D, DV, 1.0, 4);
        FeatureMap map = new FeatureMap(FeatureMapKind.POSITIVE, D, 32, 9);
        NetworkTiming timing = NetworkTiming.defaults();
        DynamicalRun run = new DynamicalNetwork(map, DV, timing, false).run(s, new int[] {1},
                RecordingSpec.defaults(32, 1000), RunMonitor.NONE);
        Recording rec = run.recording();
        double readStart = 4 * timing.slotMs();
        double expectedC = written(s, map).read(s.queries()[1]).calcium();
        for (int f = 0; f < rec.frames(); f++) {
            double t = rec.timeMs()[f];
            if (t < readStart) {
                assertEquals(1.0, rec.calcium()[f], 0.0, "c held at c0 while writing");
                assertTrue(rec.gate()[f]);
            } else if (t > readStart + 200) {
                // After the hidden rates settle (20 τ_n), c relaxes as exp(−t/τ_a) towards C.
                double elapsed = (t - readStart) / 1000.0;
                double approx = expectedC + (1 - expectedC) * Math.exp(-elapsed);
                assertEquals(approx, rec.calcium()[f], 0.02 * Math.abs(1 - expectedC) + 1e-6);
                assertTrue(!rec.gate()[f]);
            }
        }
        assertEquals(5, rec.events().size());
        assertTrue(rec.events().get(4).reading());
    }

    @Test
    void leaksDecayExponentially() {
        TokenSequence s = Sequences.gaussian(5, D, DV, 1.0, 4);
        FeatureMap map = new FeatureMap(FeatureMapKind.POSITIVE, D, 32, 9);
        NetworkTiming timing = new NetworkTiming(10, 50, 100, 3000, 1, 1, 2.0, 4.0);
        DynamicalNetwork writeOnly = new DynamicalNetwork(map, DV, timing, false);
        writeOnly.run(s, new int[0], RecordingSpec.defaults(32, 100), RunMonitor.NONE);
        DynamicalNetwork withRead = new DynamicalNetwork(map, DV, timing, false);
        withRead.run(s, new int[] {0}, RecordingSpec.defaults(32, 100), RunMonitor.NONE);
        // During the 3 s read the gate is closed: p decays by exp(−3/4), H by exp(−3/2).
        double[] before = writeOnly.processes();
        double[] after = withRead.processes();
        for (int j = 0; j < 32; j++) {
            assertEquals(before[j] * Math.exp(-0.75), after[j], 1e-12 * before[j]);
        }
        assertEquals(writeOnly.synapse(1, 3) * Math.exp(-1.5), withRead.synapse(1, 3),
                1e-12 * Math.abs(writeOnly.synapse(1, 3)));

        // The algebraic network with the same leaks weighs token t by exp(−age/τ); it counts
        // each token from the start of its slot, while the dynamical form writes it about
        // τ_n + T_p/2 = 35 ms later, so they agree within exp(35 ms / 4 s) − 1 ≈ 0.9 %.
        AlgebraicNetwork algebraic = new AlgebraicNetwork(map, DV, 2.0, 4.0);
        algebraic.writeSequence(s.keys(), s.values(), timing.slotMs());
        double[] expected = algebraic.processes();
        for (int j = 0; j < 32; j++) {
            assertEquals(expected[j], before[j], 0.012 * expected[j]);
        }
    }
}
