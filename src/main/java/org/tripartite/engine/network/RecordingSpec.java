package org.tripartite.engine.network;

/**
 * Selection of the units a {@link DynamicalNetwork} run records, and the frame budget.
 *
 * @param hiddenUnits  hidden neuron indices
 * @param synapseUnits synapses as {output i, hidden j}
 * @param processUnits process indices
 * @param maxFrames    number of frame intervals (frames = maxFrames + 1), 10 to {@link #MAX_FRAMES}
 */
public record RecordingSpec(int[] hiddenUnits, int[][] synapseUnits, int[] processUnits,
        int maxFrames) {

    /** Upper bound of {@code maxFrames}. */
    public static final int MAX_FRAMES = 4000;

    public RecordingSpec {
        if (maxFrames < 10 || maxFrames > MAX_FRAMES) {
            throw new IllegalArgumentException("maxFrames must be from 10 to " + MAX_FRAMES);
        }
    }

    /**
     * Returns the default selection: the first min(m, 8) hidden neurons, the synapses from them
     * to output 0, the first min(m, 32) processes.
     */
    public static RecordingSpec defaults(int m, int maxFrames) {
        int hidden = Math.min(m, 8);
        int[] hiddenUnits = new int[hidden];
        int[][] synapses = new int[hidden][];
        for (int j = 0; j < hidden; j++) {
            hiddenUnits[j] = j;
            synapses[j] = new int[] {0, j};
        }
        int[] processes = new int[Math.min(m, 32)];
        for (int j = 0; j < processes.length; j++) {
            processes[j] = j;
        }
        return new RecordingSpec(hiddenUnits, synapses, processes, maxFrames);
    }
}
