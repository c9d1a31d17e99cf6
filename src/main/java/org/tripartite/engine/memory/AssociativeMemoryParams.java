package org.tripartite.engine.memory;

import java.util.List;
import org.tripartite.engine.param.InvalidParameterException;
import org.tripartite.engine.param.ParameterSpec;

/**
 * Parameters of the {@code associative-memory} experiment: the full neuron–astrocyte dynamics
 * recalling a stored pattern from a corrupted cue.
 *
 * @param patterns     {@code random} (N independent ±1 entries per pattern) or {@code digits}
 *                     (the built-in 10 × 10 images of the digits 0 to 9, so N = 100)
 * @param neurons      N, the number of neurons, used by {@code random} patterns only
 * @param patternCount K, the number of stored patterns (at most 10 with {@code digits})
 * @param target       index of the pattern the cue is made from, below K
 * @param flipFraction fraction of the target's bits flipped in the cue
 * @param steps        number of Euler steps
 * @param timeStep     Euler step Δt, in units of the time constants (all 1)
 * @param gain         β of the transfer functions tanh(β ·)
 * @param frames       number of recorded frames, evenly spaced, first and last step included
 *                     (at most steps + 1 are recorded)
 * @param fastTanh     true for {@link FastTanh}, false for {@link Math#tanh}
 * @param seed         seed of the random patterns and of the flipped bits
 */
public record AssociativeMemoryParams(String patterns, int neurons, int patternCount, int target,
                                      double flipFraction, int steps, double timeStep, double gain,
                                      int frames, boolean fastTanh, long seed) {

    /** Value of {@code patterns} for random patterns. */
    public static final String RANDOM = "random";

    /** Value of {@code patterns} for the built-in digit images. */
    public static final String DIGITS = "digits";

    /**
     * Estimated single-core time limit of one run, in ns. Per entry of the upper triangle
     * (N(N + 1)/2 entries), a step costs about (20 + K) ns and an energy evaluation about
     * (60 + K) ns, as measured on a 2-core x86-64 machine with JDK 17. The largest run this limit
     * accepts took 10 s there, using both cores, under the 30 s bound.
     * The estimate counts one Euler step per step. Steps are split while many x_i sit near 0
     * (at N = 500 with 50 % flips about 120 sub-steps per step), so the experiment stops a run
     * whose sub-steps exceed {@link #substepBudget()} instead of letting it run for minutes.
     */
    public static final double COST_LIMIT = 2e10;

    /** Parameter declarations, in display order. */
    public static final List<ParameterSpec> SPECS = List.of(
            ParameterSpec.choice("patterns", RANDOM, RANDOM, DIGITS),
            ParameterSpec.integer("neurons", 100, 16, 500, "neurons"),
            ParameterSpec.integer("patternCount", 5, 1, 50, "patterns"),
            ParameterSpec.integer("target", 0, 0, 49, ""),
            ParameterSpec.real("flipFraction", 0.1, 0.0, 0.5, ""),
            ParameterSpec.integer("steps", 1000, 1, 5000, "steps"),
            ParameterSpec.real("timeStep", 0.05, 0.001, 0.2, "time constants"),
            ParameterSpec.real("gain", 5.0, 1.0, 20.0, ""),
            ParameterSpec.integer("frames", 200, 2, 500, "frames"),
            ParameterSpec.bool("fastTanh", true),
            ParameterSpec.seed("seed"));

    /**
     * Validates every field against {@link #SPECS}, then the pattern count against the number of
     * digit images, the target against the pattern count, and the cost against {@link #COST_LIMIT}.
     *
     * @throws InvalidParameterException on the first invalid field
     */
    public AssociativeMemoryParams {
        ParameterSpec.check(SPECS, "patterns", patterns);
        ParameterSpec.check(SPECS, "neurons", neurons);
        ParameterSpec.check(SPECS, "patternCount", patternCount);
        ParameterSpec.check(SPECS, "target", target);
        ParameterSpec.check(SPECS, "flipFraction", flipFraction);
        ParameterSpec.check(SPECS, "steps", steps);
        ParameterSpec.check(SPECS, "timeStep", timeStep);
        ParameterSpec.check(SPECS, "gain", gain);
        ParameterSpec.check(SPECS, "frames", frames);
        ParameterSpec.check(SPECS, "fastTanh", fastTanh);
        ParameterSpec.check(SPECS, "seed", seed);
        if (DIGITS.equals(patterns) && patternCount > Patterns.digits().length) {
            throw ParameterChecks.outOfRange(SPECS, "patternCount", patternCount, 1, Patterns.digits().length);
        }
        if (target >= patternCount) {
            throw ParameterChecks.outOfRange(SPECS, "target", target, 0, patternCount - 1);
        }
        int n = DIGITS.equals(patterns) ? Patterns.DIGIT_SIDE * Patterns.DIGIT_SIDE : neurons;
        double triangle = n * (n + 1) / 2.0;
        int recorded = Math.min(frames, steps + 1);
        double frameCost = triangle * recorded * (60.0 + patternCount);
        double stepCost = triangle * (20.0 + patternCount);
        if (frameCost + steps * stepCost > COST_LIMIT) {
            double allowedSteps = Math.floor((COST_LIMIT - frameCost) / stepCost);
            throw ParameterChecks.costTooHigh(SPECS, "steps", steps, Math.max(0.0, allowedSteps));
        }
    }

    /** Flip fraction up to which cues stay near a pattern and steps are rarely split. */
    public static final double FAST_FLIP_FRACTION = 0.3;

    /**
     * Returns the number of Euler sub-steps that {@link #COST_LIMIT} pays for with these
     * parameters, after the recorded frames; a run that needs more is stopped.
     */
    public long substepBudget() {
        int n = DIGITS.equals(patterns) ? Patterns.DIGIT_SIDE * Patterns.DIGIT_SIDE : neurons;
        double triangle = n * (n + 1) / 2.0;
        int recorded = Math.min(frames, steps + 1);
        double frameCost = triangle * recorded * (60.0 + patternCount);
        double stepCost = triangle * (20.0 + patternCount);
        return Math.max(steps, (long) Math.floor((COST_LIMIT - frameCost) / stepCost));
    }

    /** Returns the defaults: 5 random patterns of 100 bits, 10 % flips, 1 000 steps of 0.05. */
    public static AssociativeMemoryParams defaults() {
        return new AssociativeMemoryParams(RANDOM, 100, 5, 0, 0.1, 1000, 0.05, 5.0, 200, true, 42L);
    }

    /** Returns the published tutorial setting: N = 500, K = 10 random patterns, 10 % flips. */
    public static AssociativeMemoryParams tutorial() {
        return new AssociativeMemoryParams(RANDOM, 500, 10, 0, 0.1, 1000, 0.05, 5.0, 200, true, 42L);
    }

    /** Returns the number of neurons N of this run (100 for digit images). */
    public int effectiveNeurons() {
        return DIGITS.equals(patterns) ? Patterns.DIGIT_SIDE * Patterns.DIGIT_SIDE : neurons;
    }

    /** Returns the dynamics settings of this run. */
    public DynamicsSettings settings() {
        return new DynamicsSettings(gain, timeStep, fastTanh ? TanhImplementation.FAST : TanhImplementation.EXACT);
    }
}
