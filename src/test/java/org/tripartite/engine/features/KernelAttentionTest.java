package org.tripartite.engine.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tripartite.engine.attention.AttentionResult;
import org.tripartite.engine.attention.SoftmaxAttention;
import org.tripartite.engine.run.RunCancelledException;
import org.tripartite.engine.run.RunMonitor;
import org.tripartite.engine.tokens.Sequences;
import org.tripartite.engine.tokens.TokenSequence;

class KernelAttentionTest {

    @ParameterizedTest
    @EnumSource(FeatureMapKind.class)
    void matchesDirectUnstreamedComputation(FeatureMapKind kind) {
        // 2 500 features span three blocks, the last one partial.
        int m = 2500;
        TokenSequence s = Sequences.gaussian(12, 8, 3, 2.0, 5);
        KernelAttentionResult result = KernelAttention.compute(s, kind, m, 99, RunMonitor.NONE);

        int features = kind.effectiveFeatures(m, 8);
        double[] phases = new double[features];
        double[][] w = DirectFeatures.drawWeights(kind, 8, features, 99, phases);
        double[][] keyPhi = new double[12][];
        for (int t = 0; t < 12; t++) {
            keyPhi[t] = DirectFeatures.phi(kind, w, phases, s.keys()[t]);
        }
        for (int q = 0; q < 12; q++) {
            double[] queryPhi = DirectFeatures.phi(kind, w, phases, s.queries()[q]);
            double c = 0;
            double[] numerator = new double[3];
            for (int t = 0; t < 12; t++) {
                double kernel = DirectFeatures.dot(queryPhi, keyPhi[t]);
                c += kernel;
                for (int i = 0; i < 3; i++) {
                    numerator[i] += kernel * s.values()[t][i];
                }
            }
            assertEquals(c, result.c()[q], 1e-10 * Math.abs(c), "C at query " + q);
            assertEquals(Math.log(Math.abs(c)), result.logAbsC()[q], 1e-10);
            for (int i = 0; i < 3; i++) {
                assertEquals(numerator[i] / c, result.outputs()[q][i],
                        1e-10 * Math.abs(numerator[i] / c) + 1e-12, "output " + q + "," + i);
            }
        }
    }

    @Test
    void bitIdenticalForAnyThreadCount() {
        TokenSequence s = Sequences.gaussian(40, 16, 4, 1.0, 3);
        KernelAttentionResult one = KernelAttention.compute(s, FeatureMapKind.POSITIVE, 20_000, 8,
                RunMonitor.NONE, 1);
        for (int threads : new int[] {2, 3, 0}) {
            KernelAttentionResult other = KernelAttention.compute(s, FeatureMapKind.POSITIVE,
                    20_000, 8, RunMonitor.NONE, threads);
            assertArrayEquals(one.c(), other.c(), 0.0, "threads " + threads);
            assertArrayEquals(one.logAbsC(), other.logAbsC(), 0.0, "threads " + threads);
            for (int q = 0; q < 40; q++) {
                assertArrayEquals(one.outputs()[q], other.outputs()[q], 0.0);
            }
        }
    }

    @Test
    void keyOrderDoesNotMatter() {
        TokenSequence s = Sequences.gaussian(30, 8, 3, 1.0, 4);
        List<String> labels = new ArrayList<>(s.labels());
        double[][] keys = new double[30][];
        double[][] values = new double[30][];
        for (int t = 0; t < 30; t++) {
            // A fixed permutation: reverse order.
            keys[t] = s.keys()[29 - t];
            values[t] = s.values()[29 - t];
        }
        TokenSequence permuted = new TokenSequence(labels, s.queries(), keys, values);
        KernelAttentionResult a = KernelAttention.compute(s, FeatureMapKind.POSITIVE, 3000, 1,
                RunMonitor.NONE);
        KernelAttentionResult b = KernelAttention.compute(permuted, FeatureMapKind.POSITIVE, 3000,
                1, RunMonitor.NONE);
        for (int q = 0; q < 30; q++) {
            assertEquals(a.c()[q], b.c()[q], 1e-12 * a.c()[q]);
            for (int i = 0; i < 3; i++) {
                assertEquals(a.outputs()[q][i], b.outputs()[q][i], 1e-12);
            }
        }
    }

    @Test
    void duplicatedTokensCancelInOutput() {
        // Writing every token twice multiplies H and g by the common factor 2: C doubles,
        // the outputs do not change.
        TokenSequence s = Sequences.gaussian(10, 8, 3, 1.0, 4);
        double[][] queries = new double[20][];
        double[][] keys = new double[20][];
        double[][] values = new double[20][];
        List<String> labels = new ArrayList<>();
        for (int t = 0; t < 20; t++) {
            queries[t] = s.queries()[t % 10];
            keys[t] = s.keys()[t % 10];
            values[t] = s.values()[t % 10];
            labels.add("x" + t);
        }
        TokenSequence doubled = new TokenSequence(labels, queries, keys, values);
        KernelAttentionResult single = KernelAttention.compute(s, FeatureMapKind.POSITIVE, 500, 2,
                RunMonitor.NONE);
        KernelAttentionResult twice = KernelAttention.compute(doubled, FeatureMapKind.POSITIVE,
                500, 2, RunMonitor.NONE);
        for (int q = 0; q < 10; q++) {
            assertEquals(2 * single.c()[q], twice.c()[q], 1e-12 * single.c()[q]);
            for (int i = 0; i < 3; i++) {
                assertEquals(single.outputs()[q][i], twice.outputs()[q][i], 1e-12);
            }
        }
    }

    @Test
    void largeNormsStayFiniteWithFlags() {
        // Mean squared norm 4000: exp(q·k) and C far exceed the double range.
        TokenSequence s = Sequences.gaussian(8, 4, 2, 4000.0, 6);
        AttentionResult exact = SoftmaxAttention.compute(s);
        assertTrue(exact.anyOverflow());
        for (FeatureMapKind kind : FeatureMapKind.values()) {
            KernelAttentionResult r = KernelAttention.compute(s, kind, 2000, 3, RunMonitor.NONE);
            for (int q = 0; q < 8; q++) {
                assertTrue(Double.isFinite(r.c()[q]), kind + " c");
                assertTrue(Double.isFinite(r.logAbsC()[q]), kind + " log c");
                for (int i = 0; i < 2; i++) {
                    assertTrue(Double.isFinite(r.outputs()[q][i]), kind + " output");
                    assertTrue(Double.isFinite(r.numerators()[q][i]), kind + " numerator");
                }
            }
            if (kind == FeatureMapKind.COSINE) {
                // The cosine map carries exp(‖x‖²/2) = exp(about 2000) per token.
                boolean anyOverflow = false;
                for (boolean b : r.cOverflow()) {
                    anyOverflow |= b;
                }
                assertTrue(anyOverflow, "cosine features should overflow at these norms");
            }
        }
    }

    @Test
    void cosineFeaturesFlagNonPositiveNormaliser() {
        // Few cosine features at large norms give C ≤ 0 for some queries.
        TokenSequence s = Sequences.gaussian(64, 8, 2, 9.0, 2);
        KernelAttentionResult r = KernelAttention.compute(s, FeatureMapKind.COSINE, 4, 1,
                RunMonitor.NONE);
        assertTrue(r.countNotPositive() > 0);
        for (int q = 0; q < 64; q++) {
            assertEquals(r.c()[q] <= 0, r.cNotPositive()[q]);
        }
        KernelAttentionResult positive = KernelAttention.compute(s, FeatureMapKind.POSITIVE, 4, 1,
                RunMonitor.NONE);
        assertEquals(0, positive.countNotPositive());
    }

    @Test
    void cancellationThrowsAndProgressReachesOne() {
        TokenSequence s = Sequences.gaussian(16, 8, 2, 1.0, 2);
        AtomicInteger calls = new AtomicInteger();
        RunMonitor cancelAfterTwo = new RunMonitor() {
            @Override
            public void progress(double fractionDone) {
                calls.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                return calls.get() >= 2;
            }
        };
        assertThrows(RunCancelledException.class, () -> KernelAttention.compute(s,
                FeatureMapKind.POSITIVE, 20_000, 1, cancelAfterTwo, 1));

        double[] last = {0};
        RunMonitor recorder = new RunMonitor() {
            @Override
            public synchronized void progress(double fractionDone) {
                last[0] = Math.max(last[0], fractionDone);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        KernelAttention.compute(s, FeatureMapKind.POSITIVE, 5000, 1, recorder, 2);
        assertEquals(1.0, last[0], 0.0);
    }

    @Test
    void normaliserErrorMatchesPublishedScale() {
        // Measured with independent code at d = 64, T = 196, ‖q‖² ≈ 1, mean of 5 draws of W:
        // 0.14, 0.045, 0.014 for m = 100, 1 000, 10 000. Tolerance ±30 %: with 5 draws the mean
        // error itself fluctuates by about 10 % from one sequence to the next.
        TokenSequence s = Sequences.gaussian(196, 64, 16, 1.0, 2024);
        double[] logZ = SoftmaxAttention.compute(s).logZ();
        int[] ms = {100, 1000, 10_000};
        double[] expected = {0.14, 0.045, 0.014};
        double[] measured = new double[3];
        for (int i = 0; i < 3; i++) {
            double sum = 0;
            for (int repeat = 0; repeat < 5; repeat++) {
                KernelAttentionResult r = KernelAttention.compute(s, FeatureMapKind.POSITIVE, ms[i],
                        1000L * i + repeat, RunMonitor.NONE);
                sum += ErrorMeasures.normaliserError(r, logZ);
            }
            measured[i] = sum / 5;
            assertEquals(expected[i], measured[i], 0.3 * expected[i], "m = " + ms[i]);
        }
        double slope = ErrorMeasures.logLogSlope(new double[] {100, 1000, 10_000}, measured);
        assertEquals(-0.5, slope, 0.1);
    }

    @Test
    void eluIgnoresFeatureCount() {
        TokenSequence s = Sequences.gaussian(5, 6, 2, 1.0, 2);
        KernelAttentionResult a = KernelAttention.compute(s, FeatureMapKind.ELU, 10, 1,
                RunMonitor.NONE);
        KernelAttentionResult b = KernelAttention.compute(s, FeatureMapKind.ELU, 99_999, 7,
                RunMonitor.NONE);
        assertEquals(6, a.features());
        assertArrayEquals(a.c(), b.c(), 0.0);
    }
}
