package org.tripartite.engine.synapse;

import java.util.ArrayList;
import java.util.List;
import org.tripartite.engine.param.ParameterSpec;

/**
 * Parameters of the {@code synapse} experiment: the synapse constants plus on/off schedules.
 *
 * <p>A schedule is a flat list of times in ms read in pairs [start, end): "1000,2000,6000,7000"
 * turns the input on from 1 s to 2 s and from 6 s to 7 s. With an odd count the last interval
 * lasts to the end of the run; overlapping intervals merge, and an interval whose end is not
 * after its start is empty.
 *
 * @param synapse       synapse constants
 * @param preSchedule   presynaptic on/off times, ms
 * @param postSchedule  postsynaptic on/off times, ms
 * @param durationMs    length of the run, ms
 * @param recordStepMs  time between recorded frames, ms; raised when needed so that at most
 *                      {@link SynapseExperiment#MAX_FRAMES} + 1 frames are recorded
 */
public record SynapseExperimentParams(SynapseParams synapse, List<Integer> preSchedule,
        List<Integer> postSchedule, int durationMs, double recordStepMs) {

    /** Longest run, ms (5 minutes). */
    public static final int MAX_DURATION_MS = 300_000;

    public static final List<ParameterSpec> SPECS = specs();

    private static List<ParameterSpec> specs() {
        List<ParameterSpec> list = new ArrayList<>(SynapseParams.SPECS);
        list.add(ParameterSpec.intList("preSchedule", List.of(1000, 2000, 6000, 7000), 0,
                MAX_DURATION_MS, 32, "ms"));
        list.add(ParameterSpec.intList("postSchedule", List.of(1500, 3000, 10_000, 11_000), 0,
                MAX_DURATION_MS, 32, "ms"));
        list.add(ParameterSpec.integer("durationMs", 20_000, 10, MAX_DURATION_MS, "ms"));
        list.add(ParameterSpec.real("recordStepMs", 5.0, 0.1, 1000.0, "ms"));
        return List.copyOf(list);
    }

    public SynapseExperimentParams {
        if (synapse == null) {
            throw new IllegalArgumentException("synapse constants are required");
        }
        ParameterSpec.check(SPECS, "preSchedule", preSchedule);
        ParameterSpec.check(SPECS, "postSchedule", postSchedule);
        preSchedule = List.copyOf(preSchedule);
        postSchedule = List.copyOf(postSchedule);
        ParameterSpec.check(SPECS, "durationMs", durationMs);
        ParameterSpec.check(SPECS, "recordStepMs", recordStepMs);
    }

    public static SynapseExperimentParams defaults() {
        return new SynapseExperiment().defaults();
    }
}
