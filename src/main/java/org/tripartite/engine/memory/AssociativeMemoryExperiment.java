package org.tripartite.engine.memory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.tripartite.engine.experiment.Experiment;
import org.tripartite.engine.param.ParameterSpec;
import org.tripartite.engine.param.ParameterValues;
import org.tripartite.engine.run.RunMonitor;

/**
 * The {@code associative-memory} experiment: stores K patterns in the neuron–astrocyte network,
 * starts it at a cue with a fraction of the target's bits flipped, integrates the full dynamics
 * (see {@link AssociativeMemory}) and records energy, distance and neuron states at evenly spaced
 * frames.
 *
 * <p>Random patterns and the flipped bits come from one {@link SplittableRandom} seeded with the
 * run's seed, patterns first. The run reports progress after every step and throws
 * {@link org.tripartite.engine.run.RunCancelledException} when cancelled, returning nothing.
 */
public final class AssociativeMemoryExperiment implements Experiment<AssociativeMemoryParams, AssociativeMemoryResult> {

    /** Experiment identifier. */
    public static final String ID = "associative-memory";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return AssociativeMemoryParams.SPECS;
    }

    @Override
    public AssociativeMemoryParams parameters(ParameterValues v) {
        return new AssociativeMemoryParams(v.getString("patterns"), v.getInt("neurons"), v.getInt("patternCount"),
                v.getInt("target"), v.getDouble("flipFraction"), v.getInt("steps"), v.getDouble("timeStep"),
                v.getDouble("gain"), v.getInt("frames"), v.getBoolean("fastTanh"), v.getLong("seed"));
    }

    @Override
    public ParameterValues values(AssociativeMemoryParams p) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("patterns", p.patterns());
        map.put("neurons", p.neurons());
        map.put("patternCount", p.patternCount());
        map.put("target", p.target());
        map.put("flipFraction", p.flipFraction());
        map.put("steps", p.steps());
        map.put("timeStep", p.timeStep());
        map.put("gain", p.gain());
        map.put("frames", p.frames());
        map.put("fastTanh", p.fastTanh());
        map.put("seed", p.seed());
        return ParameterValues.of(AssociativeMemoryParams.SPECS, map);
    }

    @Override
    public AssociativeMemoryResult run(AssociativeMemoryParams params, RunMonitor monitor) {
        SplittableRandom random = new SplittableRandom(params.seed());
        int[][] patterns = storedPatterns(params, random);
        int[] cue = Patterns.corrupt(patterns[params.target()], params.flipFraction(), random);
        AssociativeMemory memory = new AssociativeMemory(patterns, params.target(), cue, params.settings());
        int[] frameSteps = frameSteps(params.steps(), params.frames());

        int frameCount = frameSteps.length;
        double[] frameTime = new double[frameCount];
        double[] energy = new double[frameCount];
        int[] distance = new int[frameCount];
        int[] distanceUpToSign = new int[frameCount];
        double[][] neuronStates = new double[frameCount][];
        double[][] overlaps = new double[frameCount][];
        double maxEnergyIncrease = 0.0;

        monitor.checkCancelled();
        long substepBudget = params.substepBudget();
        int frame = 0;
        for (int step = 0; step <= params.steps(); step++) {
            if (step > 0) {
                memory.step();
                // Distant cues keep neurons near 0, where stable steps must be split many times:
                // such a run is refused as too costly rather than left running for minutes.
                if (memory.substepCount() > substepBudget) {
                    throw ParameterChecks.costTooHigh(AssociativeMemoryParams.SPECS, "flipFraction",
                            params.flipFraction(), AssociativeMemoryParams.FAST_FLIP_FRACTION);
                }
            }
            if (step == frameSteps[frame]) {
                MemorySnapshot snapshot = memory.snapshot();
                frameTime[frame] = snapshot.time();
                energy[frame] = snapshot.energy();
                distance[frame] = snapshot.distance();
                distanceUpToSign[frame] = snapshot.distanceUpToSign();
                neuronStates[frame] = snapshot.x();
                overlaps[frame] = snapshot.overlaps();
                if (frame > 0) {
                    maxEnergyIncrease = Math.max(maxEnergyIncrease, energy[frame] - energy[frame - 1]);
                }
                frame++;
            }
            monitor.checkCancelled();
            monitor.progress((double) step / params.steps());
        }

        int[] finalState = memory.state();
        int finalDistance = distance[frameCount - 1];
        return new AssociativeMemoryResult(memory.size(),
                AssociativeMemoryParams.DIGITS.equals(params.patterns()) ? Patterns.DIGIT_SIDE : 0,
                patterns, params.target(), cue, Patterns.flipCount(cue.length, params.flipFraction()),
                frameSteps, frameTime, energy, distance, distanceUpToSign, neuronStates, overlaps,
                finalState, finalDistance, finalDistance == 0, distanceUpToSign[frameCount - 1] == 0,
                maxEnergyIncrease);
    }

    /** Returns the step indices of min(frames, steps + 1) evenly spaced frames, 0 and steps included. */
    static int[] frameSteps(int steps, int frames) {
        int count = Math.min(frames, steps + 1);
        int[] result = new int[count];
        for (int i = 0; i < count; i++) {
            result[i] = (int) Math.round((double) i * steps / (count - 1));
        }
        return result;
    }

    private static int[][] storedPatterns(AssociativeMemoryParams params, SplittableRandom random) {
        if (AssociativeMemoryParams.DIGITS.equals(params.patterns())) {
            int[][] digits = Patterns.digits();
            int[][] chosen = new int[params.patternCount()][];
            System.arraycopy(digits, 0, chosen, 0, params.patternCount());
            return chosen;
        }
        int[][] patterns = new int[params.patternCount()][params.neurons()];
        for (int[] pattern : patterns) {
            for (int i = 0; i < pattern.length; i++) {
                pattern[i] = random.nextBoolean() ? 1 : -1;
            }
        }
        return patterns;
    }
}
