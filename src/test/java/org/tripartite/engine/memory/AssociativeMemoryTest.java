package org.tripartite.engine.memory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.tripartite.engine.run.RunMonitor;

class AssociativeMemoryTest {

    /**
     * Allowed rise of the energy per step, relative to |E|. The continuous dynamics never raise E;
     * what remains is rounding in sums of N² terms, observed near 10⁻¹⁵ |E| (a few ulp).
     */
    private static final double ENERGY_RISE_TOLERANCE = 1e-14;

    private static final DynamicsSettings EXACT = DynamicsSettings.TUTORIAL.withTanh(TanhImplementation.EXACT);

    @Test
    void stepMatchesExplicitTensor() {
        int[][] patterns = Patterns.random(3, 6, 11);
        int[] cue = Patterns.corrupt(patterns[1], 0.34, new SplittableRandom(5));
        AssociativeMemory memory = new AssociativeMemory(patterns, 1, cue, EXACT);
        ExplicitTensorMemory reference = new ExplicitTensorMemory(patterns, cue, 5.0, 0.05);

        assertStatesClose(reference, memory, 1e-12, "initial");
        for (int step = 1; step <= 40; step++) {
            memory.step();
            reference.step();
            assertStatesClose(reference, memory, 1e-11, "step " + step);
        }
    }

    @Test
    void energyMatchesExplicitTensor() {
        int[][] patterns = Patterns.random(3, 6, 12);
        int[] cue = Patterns.corrupt(patterns[0], 0.34, new SplittableRandom(6));
        // Δt = 0.01 keeps every step whole here, so both take the same Euler steps.
        AssociativeMemory memory = new AssociativeMemory(patterns, 0, cue,
                new DynamicsSettings(5.0, 0.01, TanhImplementation.EXACT));
        ExplicitTensorMemory reference = new ExplicitTensorMemory(patterns, cue, 5.0, 0.01);
        for (int step = 0; step < 150; step++) {
            double expected = reference.energy();
            assertEquals(expected, memory.energy(), 1e-11 * Math.max(1.0, Math.abs(expected)), "step " + step);
            memory.step();
            reference.step();
        }
        assertEquals(memory.stepCount(), memory.substepCount(), "no step was split");
    }

    /**
     * The energy is a Lyapunov function of the equations: along the vector field F its derivative
     * is dE/dt = −Σ_i φ'_i ẋ_i² − ½ Σ_ij g'_ij ṡ_ij² − ½ Σ_ij ψ'_ij ṗ_ij² ≤ 0. Checked at random
     * symmetric states with the explicit N⁴ tensor against a central difference of E along F.
     */
    @Test
    void energyDerivativeMatchesDissipation() {
        int n = 8;
        int[][] patterns = Patterns.random(3, n, 41);
        ExplicitTensorMemory reference = new ExplicitTensorMemory(patterns, patterns[0], 5.0, 0.01);
        SplittableRandom random = new SplittableRandom(42);
        for (int trial = 0; trial < 20; trial++) {
            for (int i = 0; i < n; i++) {
                reference.x[i] = random.nextDouble(-0.6, 0.6);
                for (int j = i; j < n; j++) {
                    reference.s[i][j] = random.nextDouble(-0.6, 0.6);
                    reference.s[j][i] = reference.s[i][j];
                    reference.p[i][j] = random.nextDouble(-0.6, 0.6);
                    reference.p[j][i] = reference.p[i][j];
                }
            }
            double[] dx = new double[n];
            double[][] ds = new double[n][n];
            double[][] dp = new double[n][n];
            reference.derivatives(dx, ds, dp);
            double dissipation = 0.0;
            for (int i = 0; i < n; i++) {
                dissipation -= reference.slope(reference.x[i]) * dx[i] * dx[i];
                for (int j = 0; j < n; j++) {
                    dissipation -= 0.5 * reference.slope(reference.s[i][j]) * ds[i][j] * ds[i][j];
                    dissipation -= 0.5 * reference.slope(reference.p[i][j]) * dp[i][j] * dp[i][j];
                }
            }
            double epsilon = 1e-5;
            reference.move(dx, ds, dp, epsilon);
            double ahead = reference.energy();
            reference.move(dx, ds, dp, -2.0 * epsilon);
            double behind = reference.energy();
            double difference = (ahead - behind) / (2.0 * epsilon);
            assertTrue(dissipation < 0.0, "dissipation " + dissipation);
            // The central difference errs by about ε² times third derivatives of E along F.
            assertEquals(dissipation, difference, 1e-5 * Math.abs(dissipation), "trial " + trial);
        }
    }

    /**
     * Cues with 40 % and 50 % flips first pull every x_i to near 0, where φ' = β and the
     * neuron–neuron rate Σ_j |g_ij| φ'_j reaches a few hundred: whole Euler steps of 0.05 or 0.01
     * then overshot and raised E by about 10³ between frames. With split steps E never rises
     * beyond rounding, and Δt = 0.05 and Δt = 0.01 end at the same state.
     */
    @Test
    void energyNeverIncreasesFromDistantCues() {
        AssociativeMemoryExperiment experiment = new AssociativeMemoryExperiment();
        for (double flips : new double[] {0.4, 0.5}) {
            AssociativeMemoryResult coarse = experiment.run(new AssociativeMemoryParams(AssociativeMemoryParams.RANDOM,
                    100, 5, 0, flips, 1000, 0.05, 5.0, 500, true, 42L), RunMonitor.NONE);
            AssociativeMemoryResult fine = experiment.run(new AssociativeMemoryParams(AssociativeMemoryParams.RANDOM,
                    100, 5, 0, flips, 5000, 0.01, 5.0, 500, true, 42L), RunMonitor.NONE);
            for (AssociativeMemoryResult result : List.of(coarse, fine)) {
                double scale = Arrays.stream(result.energy()).map(Math::abs).max().orElseThrow();
                assertTrue(result.maxEnergyIncrease() <= ENERGY_RISE_TOLERANCE * scale,
                        "energy rose by " + result.maxEnergyIncrease() + " at " + flips + " flips");
                assertTrue(result.energy()[result.energy().length - 1] < result.energy()[0] - 100.0);
            }
            double last = coarse.energy()[coarse.energy().length - 1];
            assertEquals(last, fine.energy()[fine.energy().length - 1], 1e-6 * Math.abs(last),
                    "final energy at " + flips);
            assertArrayEquals(coarse.finalState(), fine.finalState(), "final state at " + flips);
        }
    }

    @Test
    void initialConditionsInvertTransfers() {
        int n = 8;
        int[][] patterns = Patterns.random(2, n, 3);
        int[] cue = patterns[0].clone();
        AssociativeMemory memory = new AssociativeMemory(patterns, 0, cue, EXACT);
        double phi = Math.tanh(5.0);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double psi = Math.tanh(5.0 * memory.process(i, j));
                double expected = Math.max(-AssociativeMemory.CLIP, -cue[i] * cue[j] * phi * phi);
                assertEquals(expected, psi, 1e-9, "ψ(p) at " + i + "," + j);
            }
        }
        // g(s_ij) = −N⁻³ Σ_μ ξ_i ξ_j Σ_kl ξ_k ξ_l ψ_kl, computed here with the four-index sum.
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double coupling = 0.0;
                for (int[] pattern : patterns) {
                    for (int k = 0; k < n; k++) {
                        for (int l = 0; l < n; l++) {
                            coupling += pattern[i] * pattern[j] * pattern[k] * pattern[l]
                                    * Math.tanh(5.0 * memory.process(k, l));
                        }
                    }
                }
                coupling /= Math.pow(n, 3);
                assertEquals(-coupling, Math.tanh(5.0 * memory.synapse(i, j)), 1e-12, "g(s) at " + i + "," + j);
            }
        }
    }

    @Test
    void energyNeverIncreases() {
        assertEnergyNonIncreasing(Patterns.random(5, 100, 21), 0, 0.1, 0.05, 1000);
        assertEnergyNonIncreasing(Patterns.random(8, 64, 22), 3, 0.3, 0.05, 600);
        assertEnergyNonIncreasing(Arrays.copyOf(Patterns.digits(), 5), 2, 0.1, 0.2, 300);
    }

    @Test
    void smallMemoryRecalls() {
        for (long seed = 1; seed <= 4; seed++) {
            int[][] patterns = Patterns.random(5, 100, seed);
            int target = (int) seed % 5;
            int[] cue = Patterns.corrupt(patterns[target], 0.1, new SplittableRandom(seed));
            AssociativeMemory memory = new AssociativeMemory(patterns, target, cue, DynamicsSettings.TUTORIAL);
            assertEquals(10, memory.distance(), "cue distance, seed " + seed);

            memory.advance(1000);

            assertEquals(0, memory.distance(), "final distance, seed " + seed);
            double[] overlaps = memory.overlaps();
            assertTrue(overlaps[target] > 0.999, "overlap with the target " + overlaps[target]);
        }
    }

    @Test
    void digitImagesRecall() {
        int[][] digits = Arrays.copyOf(Patterns.digits(), 5);
        for (int target = 0; target < digits.length; target++) {
            int[] cue = Patterns.corrupt(digits[target], 0.1, new SplittableRandom(target));
            AssociativeMemory memory = new AssociativeMemory(digits, target, cue, DynamicsSettings.TUTORIAL);
            memory.advance(1000);
            assertEquals(0, memory.distance(), "digit " + target);
        }
    }

    @Test
    void negatedCueReachesNegatedPattern() {
        int[][] patterns = Patterns.random(5, 100, 7);
        int[] negated = Arrays.stream(patterns[2]).map(v -> -v).toArray();
        int[] cue = Patterns.corrupt(negated, 0.1, new SplittableRandom(8));
        AssociativeMemory memory = new AssociativeMemory(patterns, 2, cue, DynamicsSettings.TUTORIAL);
        memory.advance(1000);

        assertEquals(100, memory.distance());
        assertEquals(0, memory.distanceUpToSign());
        MemorySnapshot snapshot = memory.snapshot();
        assertTrue(snapshot.recalledUpToSign());
        assertArrayEquals(negated, snapshot.state());
    }

    @Tag("slow")
    @Test
    void tutorialSettingRecallsExactly() {
        int[][] patterns = Patterns.random(10, 500, 2023);
        int[] cue = Patterns.corrupt(patterns[0], 0.1, new SplittableRandom(2024));
        AssociativeMemory memory = new AssociativeMemory(patterns, 0, cue, DynamicsSettings.TUTORIAL);
        assertEquals(50, memory.distance());
        double initialEnergy = memory.energy();

        memory.advance(1000);

        assertEquals(0, memory.distance());
        assertTrue(memory.energy() < initialEnergy);
    }

    @Test
    void parallelResultIndependentOfThreads() throws Exception {
        int[][] patterns = Patterns.random(4, AssociativeMemory.PARALLEL_THRESHOLD + 8, 9);
        int[] cue = Patterns.corrupt(patterns[0], 0.2, new SplittableRandom(10));
        AssociativeMemory inCommonPool = new AssociativeMemory(patterns, 0, cue, DynamicsSettings.TUTORIAL);
        AssociativeMemory singleThread = new AssociativeMemory(patterns, 0, cue, DynamicsSettings.TUTORIAL);

        inCommonPool.advance(20);
        ForkJoinPool pool = new ForkJoinPool(1);
        try {
            pool.submit(() -> singleThread.advance(20)).get();
        } finally {
            pool.shutdown();
        }

        assertArrayEquals(singleThread.neurons(), inCommonPool.neurons());
        assertEquals(singleThread.energy(), inCommonPool.energy());
    }

    @Test
    void resetReturnsToCue() {
        int[][] patterns = Patterns.random(3, 40, 4);
        int[] cue = Patterns.corrupt(patterns[0], 0.1, new SplittableRandom(4));
        AssociativeMemory memory = new AssociativeMemory(patterns, 0, cue, DynamicsSettings.TUTORIAL);
        double energy = memory.energy();
        memory.advance(50);
        memory.reset();

        assertEquals(0, memory.stepCount());
        assertEquals(energy, memory.energy());
        assertArrayEquals(Arrays.stream(cue).asDoubleStream().toArray(), memory.neurons());
    }

    @Test
    void lagrangianStableForLargeArguments() {
        AssociativeMemory memory = new AssociativeMemory(Patterns.random(1, 4, 1), 0, new int[] {1, 1, 1, 1},
                DynamicsSettings.TUTORIAL);
        for (double z : new double[] {-3.0, -0.01, 0.0, 1e-5, 0.3, 2.0}) {
            assertEquals(Math.log(Math.cosh(5.0 * z)) / 5.0, memory.lagrangian(z), 1e-15, "z = " + z);
        }
        // cosh(5000) overflows a double; the stable form gives |z| − ln 2 / 5.
        assertEquals(1000.0 - Math.log(2.0) / 5.0, memory.lagrangian(1000.0), 1e-12);
        assertEquals(1000.0 - Math.log(2.0) / 5.0, memory.lagrangian(-1000.0), 1e-12);
        assertFalse(Double.isInfinite(memory.lagrangian(1e300)));
    }

    @Test
    void invalidInputsRejected() {
        int[][] patterns = Patterns.random(2, 10, 1);
        IllegalArgumentException wrongLength = assertThrows(IllegalArgumentException.class,
                () -> new AssociativeMemory(patterns, 0, new int[9], DynamicsSettings.TUTORIAL));
        assertEquals("cue has 9 entries, expected 10", wrongLength.getMessage());
        IllegalArgumentException notBinary = assertThrows(IllegalArgumentException.class,
                () -> new AssociativeMemory(patterns, 0, new int[10], DynamicsSettings.TUTORIAL));
        assertEquals("cue has entry 0 at 0, expected +1 or -1", notBinary.getMessage());
        IllegalArgumentException badTarget = assertThrows(IllegalArgumentException.class,
                () -> new AssociativeMemory(patterns, 2, patterns[0], DynamicsSettings.TUTORIAL));
        assertEquals("target 2 is not a pattern index from 0 to 1", badTarget.getMessage());
        IllegalArgumentException badStep = assertThrows(IllegalArgumentException.class,
                () -> new DynamicsSettings(5.0, Double.NaN, TanhImplementation.FAST));
        assertEquals("time step must be finite and positive, got NaN", badStep.getMessage());
    }

    private static void assertEnergyNonIncreasing(int[][] patterns, int target, double flips, double dt, int steps) {
        int[] cue = Patterns.corrupt(patterns[target], flips, new SplittableRandom(target + 31));
        AssociativeMemory memory = new AssociativeMemory(patterns, target, cue,
                new DynamicsSettings(5.0, dt, TanhImplementation.FAST));
        double previous = memory.energy();
        double first = previous;
        for (int step = 1; step <= steps; step++) {
            memory.step();
            double energy = memory.energy();
            double allowed = ENERGY_RISE_TOLERANCE * Math.abs(energy);
            assertTrue(energy - previous <= allowed,
                    "energy rose by " + (energy - previous) + " at step " + step + " (allowed " + allowed + ")");
            previous = energy;
        }
        assertTrue(previous < first - 1.0, "energy fell from " + first + " to " + previous);
    }

    private static void assertStatesClose(ExplicitTensorMemory reference, AssociativeMemory memory, double tolerance,
                                          String when) {
        int n = reference.x.length;
        double[] x = memory.neurons();
        for (int i = 0; i < n; i++) {
            assertEquals(reference.x[i], x[i], tolerance, "x_" + i + " at " + when);
            for (int j = 0; j < n; j++) {
                assertEquals(reference.s[i][j], memory.synapse(i, j), tolerance, "s_" + i + j + " at " + when);
                assertEquals(reference.p[i][j], memory.process(i, j), tolerance, "p_" + i + j + " at " + when);
            }
        }
    }

    /** Direct implementation with full N × N matrices and the explicit N⁴ tensor, for small N. */
    private static final class ExplicitTensorMemory {
        final double beta;
        final double dt;
        final double[] x;
        final double[][] s;
        final double[][] p;
        final double[][][][] t;

        ExplicitTensorMemory(int[][] patterns, int[] cue, double beta, double dt) {
            int n = cue.length;
            this.beta = beta;
            this.dt = dt;
            x = Arrays.stream(cue).asDoubleStream().toArray();
            s = new double[n][n];
            p = new double[n][n];
            t = new double[n][n][n][n];
            for (int[] xi : patterns) {
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        for (int k = 0; k < n; k++) {
                            for (int l = 0; l < n; l++) {
                                t[i][j][k][l] += xi[i] * xi[j] * xi[k] * xi[l] / Math.pow(n, 3);
                            }
                        }
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    p[i][j] = atanh(clip(-f(x[i]) * f(x[j]))) / beta;
                }
            }
            double[][] coupling = couple(p);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    s[i][j] = atanh(clip(-coupling[i][j])) / beta;
                }
            }
        }

        void step() {
            int n = x.length;
            double[] dx = new double[n];
            double[][] ds = new double[n][n];
            double[][] dp = new double[n][n];
            derivatives(dx, ds, dp);
            move(dx, ds, dp, dt);
        }

        /** Fills the right-hand sides of the three equations at the current state. */
        void derivatives(double[] dx, double[][] ds, double[][] dp) {
            int n = x.length;
            double[][] coupling = couple(p);
            for (int i = 0; i < n; i++) {
                dx[i] = -x[i];
                for (int j = 0; j < n; j++) {
                    dx[i] += f(s[i][j]) * f(x[j]);
                    ds[i][j] = -s[i][j] + f(x[i]) * f(x[j]) + f(p[i][j]);
                    dp[i][j] = -p[i][j] + coupling[i][j] + f(s[i][j]);
                }
            }
        }

        /** Moves the state by h times the given rates. */
        void move(double[] dx, double[][] ds, double[][] dp, double h) {
            int n = x.length;
            for (int i = 0; i < n; i++) {
                x[i] += h * dx[i];
                for (int j = 0; j < n; j++) {
                    s[i][j] += h * ds[i][j];
                    p[i][j] += h * dp[i][j];
                }
            }
        }

        /** Returns d/dz tanh(βz) = β (1 − tanh²(βz)). */
        double slope(double z) {
            double value = f(z);
            return beta * (1.0 - value * value);
        }

        double energy() {
            int n = x.length;
            double energy = 0.0;
            for (int i = 0; i < n; i++) {
                energy += x[i] * f(x[i]) - lagrangian(x[i]);
                for (int j = 0; j < n; j++) {
                    energy += 0.5 * (s[i][j] * f(s[i][j]) - lagrangian(s[i][j]));
                    energy += 0.5 * (p[i][j] * f(p[i][j]) - lagrangian(p[i][j]));
                    energy -= 0.5 * f(x[i]) * f(s[i][j]) * f(x[j]);
                    energy -= 0.5 * f(s[i][j]) * f(p[i][j]);
                    for (int k = 0; k < n; k++) {
                        for (int l = 0; l < n; l++) {
                            energy -= 0.25 * t[i][j][k][l] * f(p[i][j]) * f(p[k][l]);
                        }
                    }
                }
            }
            return energy;
        }

        private double[][] couple(double[][] processes) {
            int n = x.length;
            double[][] result = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    for (int k = 0; k < n; k++) {
                        for (int l = 0; l < n; l++) {
                            result[i][j] += t[i][j][k][l] * f(processes[k][l]);
                        }
                    }
                }
            }
            return result;
        }

        private double f(double z) {
            return Math.tanh(beta * z);
        }

        private double lagrangian(double z) {
            return Math.log(Math.cosh(beta * z)) / beta;
        }

        private static double clip(double v) {
            return Math.max(-AssociativeMemory.CLIP, Math.min(AssociativeMemory.CLIP, v));
        }

        private static double atanh(double v) {
            return 0.5 * Math.log((1.0 + v) / (1.0 - v));
        }
    }
}
