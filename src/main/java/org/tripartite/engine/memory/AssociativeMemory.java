package org.tripartite.engine.memory;

import java.util.Arrays;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * The neuron–astrocyte associative memory of Kozachkov, Slotine and Krotov ("Neuron–astrocyte
 * associative memory", PNAS 2025), integrated with explicit Euler steps: a mutable stepper that
 * the UI can advance one step at a time.
 *
 * <p>State: N neurons x_i, N² synapses s_ij and N² astrocyte processes p_ij. With every time
 * constant 1, no biases, φ = g = ψ = κ = tanh(β ·):
 * <pre>
 *   dx_i/dt  = −x_i  + Σ_j g(s_ij) φ(x_j)
 *   ds_ij/dt = −s_ij + φ(x_i) φ(x_j) + ψ(p_ij)
 *   dp_ij/dt = −p_ij + Σ_kl T_ijkl ψ(p_kl) + κ(s_ij)
 * </pre>
 * with T_ijkl = N⁻³ Σ_μ ξ^μ_i ξ^μ_j ξ^μ_k ξ^μ_l. The tensor is never formed: the coupling term is
 * N⁻³ Σ_μ a_μ ξ^μ_i ξ^μ_j with a_μ = ξ^μᵀ ψ(p) ξ^μ, so a step costs O(K N²) operations and
 * N(N + 1) tanh calls.
 *
 * <p>Because the initial s and p are symmetric and every drive is symmetric, s and p stay
 * symmetric, so only the upper triangle (diagonal included) is stored and updated, row by row.
 * For N ≥ {@link #PARALLEL_THRESHOLD} the rows are split into {@link #BLOCKS} fixed blocks run on
 * the common fork-join pool; every sum over blocks is taken in block order, so the results are
 * bit-identical whatever the number of threads.
 *
 * <p>A step of Δt is split into equal Euler sub-steps when Δt times a bound on the fastest rate
 * exceeds {@link #STABLE_RATE_STEP}. The rate is small while the neurons saturate, but when many
 * x_i sit near 0 (cues far from every pattern) φ' = β and Σ_j |g_ij| φ'_j reaches several hundred
 * at N = 100; whole steps of 0.05 or 0.01 then overshoot and the energy rose by about 10³.
 *
 * <p>Initial conditions: x = cue; p where ψ(p) = −φ(x)φ(x)ᵀ and s where g(s) = −Σ_kl T_ijkl ψ(p_kl),
 * both solved with atanh after clipping to ±(1 − 10⁻⁶).
 */
public final class AssociativeMemory {

    /** Number of neurons from which a step runs its row blocks in parallel. */
    public static final int PARALLEL_THRESHOLD = 160;

    /** Fixed number of row blocks; it sets the order of the sums, not the number of threads. */
    public static final int BLOCKS = 8;

    /**
     * Largest product of an Euler sub-step and {@link #rateBound()}. Explicit Euler on a linear
     * mode of rate λ overshoots when h λ &gt; 1 and diverges when h λ &gt; 2; with the bound at 1
     * no mode overshoots, and the energy then falls at every step.
     */
    public static final double STABLE_RATE_STEP = 1.0;

    /** Bound on |tanh| used when the initial conditions are solved with atanh. */
    public static final double CLIP = 1.0 - 1e-6;

    private final int n;
    private final int k;
    private final int[][] patterns;
    private final double[][] xi;
    private final int target;
    private final int[] cue;
    private final DynamicsSettings settings;
    private final double beta;
    private final double couplingScale;
    private final int[] blockStart;
    private final boolean parallel;

    private final double[] x;
    private final double[] s;
    private final double[] p;
    private final double[] phi;
    private final double[] g;
    private final double[] psi;
    private final double[] drive;
    private final double[] a;
    private final double[][] blockDrive;
    private final double[][] blockRate;
    private final double[][] blockLoop;
    private final double[] rowLoop;
    private final double[] slope;
    private final double[] rowRate;
    private final double[][] blockA;
    private final double[][] blockScratch;
    private int step;
    private long substeps;
    private double substep;

    /**
     * Creates the memory with the given stored patterns and sets it to the cue.
     *
     * @param patterns K patterns of N entries ±1
     * @param target   index of the pattern the cue was made from; distances refer to it
     * @param cue      initial neuron states, N entries ±1
     * @param settings gain, time step and tanh implementation
     */
    public AssociativeMemory(int[][] patterns, int target, int[] cue, DynamicsSettings settings) {
        if (patterns.length == 0) {
            throw new IllegalArgumentException("at least one pattern is needed");
        }
        this.n = patterns[0].length;
        this.k = patterns.length;
        if (target < 0 || target >= k) {
            throw new IllegalArgumentException("target " + target + " is not a pattern index from 0 to " + (k - 1));
        }
        if (cue.length != n) {
            throw new IllegalArgumentException("cue has " + cue.length + " entries, expected " + n);
        }
        this.patterns = new int[k][];
        this.xi = new double[k][n];
        for (int mu = 0; mu < k; mu++) {
            checkBinary(patterns[mu], "pattern " + mu);
            this.patterns[mu] = patterns[mu].clone();
            for (int i = 0; i < n; i++) {
                xi[mu][i] = patterns[mu][i];
            }
        }
        checkBinary(cue, "cue");
        this.target = target;
        this.cue = cue.clone();
        this.settings = settings;
        this.beta = settings.gain();
        this.couplingScale = 1.0 / ((double) n * n * n);
        this.blockStart = balancedBlocks(n);
        this.parallel = n >= PARALLEL_THRESHOLD;

        int triangle = n * (n + 1) / 2;
        x = new double[n];
        s = new double[triangle];
        p = new double[triangle];
        phi = new double[n];
        g = new double[triangle];
        psi = new double[triangle];
        drive = new double[n];
        a = new double[k];
        blockDrive = new double[BLOCKS][n];
        blockRate = new double[BLOCKS][n];
        blockLoop = new double[BLOCKS][n];
        rowLoop = new double[n];
        slope = new double[n];
        rowRate = new double[n];
        blockA = new double[BLOCKS][k];
        blockScratch = new double[BLOCKS][n];
        reset();
    }

    /** Returns the number of neurons N. */
    public int size() {
        return n;
    }

    /** Returns the number of stored patterns K. */
    public int patternCount() {
        return k;
    }

    /** Returns the number of Euler steps taken since the cue. */
    public int stepCount() {
        return step;
    }

    /** Returns the time since the cue, step · Δt, in units of the time constants. */
    public double time() {
        return step * settings.timeStep();
    }

    /** Returns the settings this memory runs with. */
    public DynamicsSettings settings() {
        return settings;
    }

    /** Sets the state back to the cue and the initial synapses and processes. */
    public void reset() {
        step = 0;
        substeps = 0;
        for (int i = 0; i < n; i++) {
            x[i] = cue[i];
            phi[i] = tanh(x[i]);
        }
        // ψ(p) = −φφᵀ, clipped, then p = atanh(ψ)/β.
        for (int i = 0; i < n; i++) {
            int o = offset(i);
            for (int j = i; j < n; j++) {
                double target = clip(-phi[i] * phi[j]);
                psi[o + j - i] = target;
                p[o + j - i] = atanh(target) / beta;
            }
        }
        forEachBlock(this::accumulateCouplingBlock);
        sumBlocks(blockA, a);
        // g(s) = −Σ_kl T_ijkl ψ(p_kl) = −N⁻³ Σ_μ a_μ ξ^μ_i ξ^μ_j, clipped, then s = atanh(g)/β.
        for (int i = 0; i < n; i++) {
            int o = offset(i);
            double[] coupling = couplingRow(i, blockScratch[0]);
            for (int j = i; j < n; j++) {
                s[o + j - i] = atanh(clip(-coupling[j])) / beta;
            }
        }
    }

    /**
     * Advances the dynamics by Δt: one explicit Euler step, or several equal sub-steps where the
     * dynamics are faster than 1/Δt (see {@link #STABLE_RATE_STEP}).
     */
    public void step() {
        double remaining = settings.timeStep();
        while (true) {
            double rate = evaluateRates();
            int pieces = (int) Math.ceil(remaining * rate / STABLE_RATE_STEP);
            double h = pieces <= 1 ? remaining : remaining / pieces;
            applyEuler(h);
            if (pieces <= 1) {
                break;
            }
            remaining -= h;
        }
        step++;
    }

    /** Returns the number of Euler sub-steps taken since the cue; equals the step count when no step was split. */
    public long substepCount() {
        return substeps;
    }

    /**
     * Computes φ, g, ψ, the neuron drive and a_μ at the current state, and returns a bound on its
     * fastest linear rate, as the sum of three parts. The leak contributes 1. The larger of
     * max_i Σ_j |g_ij| φ'_j (neuron–neuron coupling, Gershgorin) and β (1 + K/N) (synapse–process
     * pair, √(g'ψ') ≤ β, and process coupling, Σ_kl |T_ijkl| ψ'_kl ≤ K β / N) is the second part.
     * The third is √ of the largest Gershgorin row of the neuron → synapse → neuron loop,
     * φ'_i Σ_j g'_ij φ_j² + |φ_i| Σ_j g'_ij |φ_j| φ'_j. Without that loop term, steps of 0.05
     * kept E falling but ended in another state than steps of 0.001.
     */
    private double evaluateRates() {
        for (int i = 0; i < n; i++) {
            phi[i] = tanh(x[i]);
            slope[i] = beta * (1.0 - phi[i] * phi[i]);
        }
        forEachBlock(this::evaluateBlock);
        sumBlocks(blockDrive, drive);
        sumBlocks(blockA, a);
        sumBlocks(blockRate, rowRate);
        sumBlocks(blockLoop, rowLoop);
        double neuronRate = 0.0;
        double loopRate = 0.0;
        for (int i = 0; i < n; i++) {
            neuronRate = Math.max(neuronRate, rowRate[i]);
            loopRate = Math.max(loopRate, rowLoop[i]);
        }
        return 1.0 + Math.max(neuronRate, beta * (1.0 + (double) k / n)) + Math.sqrt(loopRate);
    }

    /** Applies one explicit Euler step of length h, with the derivatives from {@link #evaluateRates}. */
    private void applyEuler(double h) {
        substep = h;
        forEachBlock(this::updateBlock);
        for (int i = 0; i < n; i++) {
            x[i] += h * (-x[i] + drive[i]);
        }
        substeps++;
    }

    /** Advances the dynamics by {@code steps} Euler steps. */
    public void advance(int steps) {
        for (int t = 0; t < steps; t++) {
            step();
        }
    }

    /** Returns a copy of the neuron states x. */
    public double[] neurons() {
        return x.clone();
    }

    /** Returns sign(x) as ±1 with sign(0) = +1: the recalled pattern. */
    public int[] state() {
        int[] state = new int[n];
        for (int i = 0; i < n; i++) {
            state[i] = x[i] >= 0.0 ? 1 : -1;
        }
        return state;
    }

    /** Returns the number of bits where sign(x) differs from the target pattern. */
    public int distance() {
        return Patterns.hammingDistance(state(), patterns[target]);
    }

    /** Returns min(distance, N − distance): the distance to the target or to its negation. */
    public int distanceUpToSign() {
        int distance = distance();
        return Math.min(distance, n - distance);
    }

    /** Returns ξ^μ · φ(x) / N for every stored pattern μ. */
    public double[] overlaps() {
        double[] overlaps = new double[k];
        for (int mu = 0; mu < k; mu++) {
            double sum = 0.0;
            for (int i = 0; i < n; i++) {
                sum += xi[mu][i] * tanh(x[i]);
            }
            overlaps[mu] = sum / n;
        }
        return overlaps;
    }

    /** Returns the synapse state s_ij (a.u.); s is symmetric. */
    public double synapse(int i, int j) {
        return s[index(i, j)];
    }

    /** Returns the process state p_ij (a.u.); p is symmetric. */
    public double process(int i, int j) {
        return p[index(i, j)];
    }

    /** Returns the state at this instant, with its energy. */
    public MemorySnapshot snapshot() {
        int distance = distance();
        return new MemorySnapshot(step, time(), neurons(), state(), energy(), distance,
                Math.min(distance, n - distance), overlaps());
    }

    /**
     * Computes the Lyapunov energy of the current state, with L(z) = log cosh(βz)/β:
     * <pre>
     *   E = Σ_i [x_i φ_i − L(x_i)] + ½ Σ_ij [s_ij g_ij − L(s_ij)] + ½ Σ_ij [p_ij ψ_ij − L(p_ij)]
     *       − ½ Σ_ij φ_i g_ij φ_j − ½ Σ_ij g_ij ψ_ij − ¼ Σ_ijkl T_ijkl ψ_ij ψ_kl
     * </pre>
     * The last term is −¼ N⁻³ Σ_μ a_μ². Sums over rows and blocks are compensated (Neumaier).
     * It costs about twice a step, so a batch run computes it only at recorded frames.
     */
    public double energy() {
        double[] blockEnergy = new double[BLOCKS];
        double[] phiNow = new double[n];
        for (int i = 0; i < n; i++) {
            phiNow[i] = tanh(x[i]);
        }
        double[] aNow = new double[k];
        double[][] blockANow = new double[BLOCKS][k];
        forEachBlock(block -> blockEnergy[block] = pairEnergyBlock(block, phiNow, blockANow[block]));
        sumBlocks(blockANow, aNow);

        CompensatedSum energy = new CompensatedSum();
        for (int i = 0; i < n; i++) {
            energy.add(x[i] * phiNow[i] - lagrangian(x[i]));
        }
        for (double part : blockEnergy) {
            energy.add(part);
        }
        double quartic = 0.0;
        for (double amplitude : aNow) {
            quartic += amplitude * amplitude;
        }
        energy.add(-0.25 * couplingScale * quartic);
        return energy.value();
    }

    /** Returns L(z) = log cosh(βz)/β, computed as (|βz| + log(1 + e^(−2|βz|)) − log 2)/β. */
    double lagrangian(double z) {
        double y = Math.abs(beta * z);
        return (y + Math.log1p(Math.exp(-2.0 * y)) - LN2) / beta;
    }

    private static final double LN2 = Math.log(2.0);

    /**
     * Adds this block's part of the ½ Σ_ij terms of the energy (s, p, φgφ and gψ), each pair
     * i &lt; j counted twice, and its part of a_μ to {@code aPart}.
     */
    private double pairEnergyBlock(int block, double[] phiNow, double[] aPart) {
        CompensatedSum sum = new CompensatedSum();
        double[] psiRow = blockScratch[block];
        for (int i = blockStart[block]; i < blockStart[block + 1]; i++) {
            int o = offset(i);
            double row = 0.0;
            for (int j = i; j < n; j++) {
                double sij = s[o + j - i];
                double pij = p[o + j - i];
                double gij = tanh(sij);
                double psiij = tanh(pij);
                psiRow[j] = psiij;
                double term = sij * gij - lagrangian(sij) + pij * psiij - lagrangian(pij)
                        - phiNow[i] * gij * phiNow[j] - gij * psiij;
                row += j == i ? 0.5 * term : term;
            }
            sum.add(row);
            addCouplingRow(i, psiRow, 0, aPart);
        }
        return sum.value();
    }

    /** Pass 1 of a step: g and ψ at the current state, and this block's part of the drive, a_μ and the row rates. */
    private void evaluateBlock(int block) {
        double[] driveB = blockDrive[block];
        double[] rateB = blockRate[block];
        double[] loopB = blockLoop[block];
        Arrays.fill(loopB, 0.0);
        Arrays.fill(driveB, 0.0);
        Arrays.fill(rateB, 0.0);
        Arrays.fill(blockA[block], 0.0);
        for (int i = blockStart[block]; i < blockStart[block + 1]; i++) {
            int o = offset(i);
            double phiI = phi[i];
            double slopeI = slope[i];
            double gii = tanh(s[o]);
            g[o] = gii;
            psi[o] = tanh(p[o]);
            double driveI = gii * phiI;
            double rateI = Math.abs(gii) * slopeI;
            double absPhiI = Math.abs(phiI);
            double loopI = 2.0 * beta * (1.0 - gii * gii) * slopeI * phiI * phiI;
            for (int j = i + 1; j < n; j++) {
                int idx = o + j - i;
                double gij = tanh(s[idx]);
                g[idx] = gij;
                psi[idx] = tanh(p[idx]);
                driveI += gij * phi[j];
                driveB[j] += gij * phiI;
                double weight = Math.abs(gij);
                rateI += weight * slope[j];
                rateB[j] += weight * slopeI;
                double gainSlope = beta * (1.0 - gij * gij);
                double phiJ = phi[j];
                double cross = absPhiI * Math.abs(phiJ);
                loopI += gainSlope * (slopeI * phiJ * phiJ + cross * slope[j]);
                loopB[j] += gainSlope * (slope[j] * phiI * phiI + cross * slopeI);
            }
            driveB[i] += driveI;
            rateB[i] += rateI;
            loopB[i] += loopI;
            addCouplingRow(i, psi, o - i, blockA[block]);
        }
    }

    /**
     * Pass 2 of a step: s_ij += h (−s_ij + φ_i φ_j + ψ_ij) and
     * p_ij += h (−p_ij + N⁻³ Σ_μ a_μ ξ^μ_i ξ^μ_j + g_ij), all from pass 1.
     */
    private void updateBlock(int block) {
        double h = substep;
        double[] scratch = blockScratch[block];
        for (int i = blockStart[block]; i < blockStart[block + 1]; i++) {
            int o = offset(i);
            double phiI = phi[i];
            double[] coupling = couplingRow(i, scratch);
            for (int j = i; j < n; j++) {
                int idx = o + j - i;
                s[idx] += h * (-s[idx] + phiI * phi[j] + psi[idx]);
                p[idx] += h * (-p[idx] + coupling[j] + g[idx]);
            }
        }
    }

    /** Adds row i's part of a_μ = Σ_ij ξ^μ_i ψ_ij ξ^μ_j; {@code psiRow[base + j]} is ψ_ij for j ≥ i. */
    private void addCouplingRow(int i, double[] psiRow, int base, double[] aPart) {
        for (int mu = 0; mu < k; mu++) {
            double[] pattern = xi[mu];
            double dot = 0.0;
            for (int j = i + 1; j < n; j++) {
                dot += psiRow[base + j] * pattern[j];
            }
            aPart[mu] += psiRow[base + i] + 2.0 * pattern[i] * dot;
        }
    }

    /** Fills {@code row[j]}, j ≥ i, with Σ_kl T_ijkl ψ_kl = N⁻³ Σ_μ a_μ ξ^μ_i ξ^μ_j. */
    private double[] couplingRow(int i, double[] row) {
        Arrays.fill(row, i, n, 0.0);
        for (int mu = 0; mu < k; mu++) {
            double weight = couplingScale * a[mu] * xi[mu][i];
            double[] pattern = xi[mu];
            for (int j = i; j < n; j++) {
                row[j] += weight * pattern[j];
            }
        }
        return row;
    }

    private void accumulateCouplingBlock(int block) {
        Arrays.fill(blockA[block], 0.0);
        for (int i = blockStart[block]; i < blockStart[block + 1]; i++) {
            addCouplingRow(i, psi, offset(i) - i, blockA[block]);
        }
    }

    private void forEachBlock(IntConsumer body) {
        if (parallel) {
            IntStream.range(0, BLOCKS).parallel().forEach(body);
        } else {
            for (int block = 0; block < BLOCKS; block++) {
                body.accept(block);
            }
        }
    }

    private static void sumBlocks(double[][] parts, double[] total) {
        Arrays.fill(total, 0.0);
        for (double[] part : parts) {
            for (int i = 0; i < total.length; i++) {
                total[i] += part[i];
            }
        }
    }

    /** Splits rows 0..n into BLOCKS ranges holding about equal parts of the upper triangle. */
    private static int[] balancedBlocks(int n) {
        int[] start = new int[BLOCKS + 1];
        double total = n * (n + 1) / 2.0;
        int row = 0;
        double covered = 0.0;
        for (int block = 1; block < BLOCKS; block++) {
            double goal = total * block / BLOCKS;
            while (row < n && covered + (n - row) <= goal) {
                covered += n - row;
                row++;
            }
            start[block] = row;
        }
        start[BLOCKS] = n;
        return start;
    }

    private int offset(int i) {
        return i * n - i * (i - 1) / 2;
    }

    private int index(int i, int j) {
        if (i < 0 || j < 0 || i >= n || j >= n) {
            throw new IndexOutOfBoundsException("indices (" + i + ", " + j + ") outside 0.." + (n - 1));
        }
        return i <= j ? offset(i) + j - i : offset(j) + i - j;
    }

    private double tanh(double z) {
        return settings.tanh().tanh(beta * z);
    }

    private static double clip(double value) {
        return Math.max(-CLIP, Math.min(CLIP, value));
    }

    private static double atanh(double t) {
        double magnitude = Math.abs(t);
        return Math.copySign(0.5 * Math.log1p(2.0 * magnitude / (1.0 - magnitude)), t);
    }

    private static void checkBinary(int[] values, String label) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] != 1 && values[i] != -1) {
                throw new IllegalArgumentException(label + " has entry " + values[i] + " at " + i + ", expected +1 or -1");
            }
        }
    }

    /** Neumaier's compensated sum. */
    private static final class CompensatedSum {
        private double sum;
        private double compensation;

        void add(double value) {
            double t = sum + value;
            if (Math.abs(sum) >= Math.abs(value)) {
                compensation += (sum - t) + value;
            } else {
                compensation += (value - t) + sum;
            }
            sum = t;
        }

        double value() {
            return sum + compensation;
        }
    }
}
