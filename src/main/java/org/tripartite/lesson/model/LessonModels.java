package org.tripartite.lesson.model;

import java.util.List;
import org.tripartite.engine.features.FeatureMap;
import org.tripartite.engine.features.FeatureMapKind;
import org.tripartite.engine.memory.CapacityParams;
import org.tripartite.engine.network.DynamicalNetwork;
import org.tripartite.engine.network.KnockoutExperiment;
import org.tripartite.engine.network.KnockoutParams;
import org.tripartite.engine.network.NetworkExperiment;
import org.tripartite.engine.network.NetworkParams;
import org.tripartite.engine.network.NetworkTiming;
import org.tripartite.engine.network.Recording;
import org.tripartite.engine.network.RecordingSpec;
import org.tripartite.engine.param.ParameterSpec;
import org.tripartite.engine.param.ParameterValues;
import org.tripartite.engine.run.RunMonitor;
import org.tripartite.engine.tokens.Sequences;
import org.tripartite.engine.tokens.TokenSequence;
import org.tripartite.engine.util.SplitMix64;

/**
 * The lesson parameters of the network lessons (writing, reading, knock-out, capacity) and how
 * they map to the engine's experiments, shared by the figures and the checkpoint measures so
 * that a checkpoint judges exactly what the figure shows.
 */
public final class LessonModels {

    /** Query, key and value dimension d of the writing and reading lessons. */
    public static final int NETWORK_DIMENSION = 8;
    /** Frame interval the writing recording aims for, ms. */
    private static final double WRITE_FRAME_MS = 2;

    /** Parameters of the writing figure. */
    public static final List<ParameterSpec> WRITE_SPECS = List.of(
            ParameterSpec.text("text", "the cat saw the other cat", 200),
            ParameterSpec.integer("m", 32, 4, 64, "neurons"),
            ParameterSpec.real("qkNorm2", 1.0, 0.01, 25.0, ""),
            ParameterSpec.seed("seed"),
            ParameterSpec.real("speed", 0.1, 0.001, 10.0, "s"));

    /** Parameters of the reading figure; {@code query} is the 0-based position of the query word. */
    public static final List<ParameterSpec> READ_SPECS = List.of(
            ParameterSpec.text("text", "the cat saw the other cat near the cart", 500),
            ParameterSpec.integer("query", 1, 0, 63, ""),
            ParameterSpec.integer("m", 1000, 1, 4096, "neurons"),
            ParameterSpec.real("qkNorm2", 1.0, 0.01, 25.0, ""),
            ParameterSpec.bool("blocked", false),
            ParameterSpec.seed("seed"),
            ParameterSpec.real("speed", 1.0, 0.001, 10.0, "s"));

    /** Parameters of the knock-out growth figure. */
    public static final List<ParameterSpec> KNOCKOUT_SPECS = List.of(
            ParameterSpec.choice("kind", "similar", "similar", "unrelated"),
            ParameterSpec.bool("blocked", true),
            ParameterSpec.integer("tokens", 256, 2, 1024, "tokens"),
            ParameterSpec.integer("m", 1000, 1, 20_000, "neurons"),
            ParameterSpec.real("qkNorm2", 1.0, 0.01, 25.0, ""),
            ParameterSpec.seed("seed"));

    /** Parameters of the capacity figure. */
    public static final List<ParameterSpec> CAPACITY_SPECS = List.of(
            ParameterSpec.real("flip", 0.1, 0.0, 0.3, ""),
            ParameterSpec.seed("seed"));

    /** A sentence and what the dynamical network recorded while writing it. */
    public record WriteRun(List<String> tokens, int m, Recording recording) {
    }

    private LessonModels() {
    }

    /**
     * Writes the words of {@code sentence} into the dynamical network with default timing, no
     * leak and no query, recording every synapse and process. The sequence and W are drawn as
     * the {@code network} experiment draws them for the same seed.
     *
     * @throws IllegalArgumentException when the sentence contains no word
     */
    public static WriteRun write(String sentence, int m, double qkNorm2, long seed, RunMonitor monitor) {
        TokenSequence s = Sequences.fromText(sentence, NETWORK_DIMENSION, NETWORK_DIMENSION, qkNorm2, true,
                SplitMix64.mix(seed, 0));
        FeatureMap map = new FeatureMap(FeatureMapKind.POSITIVE, NETWORK_DIMENSION, m, SplitMix64.mix(seed, 1));
        NetworkTiming timing = NetworkTiming.defaults();
        DynamicalNetwork network = new DynamicalNetwork(map, NETWORK_DIMENSION, timing, false);
        int hidden = Math.min(m, 8);
        int[] hiddenUnits = new int[hidden];
        for (int j = 0; j < hidden; j++) {
            hiddenUnits[j] = j;
        }
        int[][] synapses = new int[NETWORK_DIMENSION * m][];
        for (int i = 0; i < NETWORK_DIMENSION; i++) {
            for (int j = 0; j < m; j++) {
                synapses[i * m + j] = new int[] {i, j};
            }
        }
        int[] processes = new int[m];
        for (int j = 0; j < m; j++) {
            processes[j] = j;
        }
        double totalMs = s.length() * timing.slotMs();
        int frames = (int) Math.max(10, Math.min(RecordingSpec.MAX_FRAMES, Math.round(totalMs / WRITE_FRAME_MS)));
        RecordingSpec spec = new RecordingSpec(hiddenUnits, synapses, processes, frames);
        Recording recording = network.run(s, new int[0], spec, monitor).recording();
        return new WriteRun(s.labels(), m, recording);
    }

    /** Returns the {@code network} experiment's parameters for values of {@link #READ_SPECS}. */
    public static NetworkParams networkParams(ParameterValues values) {
        NetworkExperiment experiment = new NetworkExperiment();
        ParameterValues network = ParameterValues.defaults(experiment.parameters())
                .with("text", values.getString("text"))
                .with("d", NETWORK_DIMENSION)
                .with("m", values.getInt("m"))
                .with("qkNorm2", values.getDouble("qkNorm2"))
                .with("queries", List.of(values.getInt("query") + 1))
                .with("astrocyteBlocked", values.getBoolean("blocked"))
                .with("frames", 4000)
                .with("seed", values.getLong("seed"));
        return experiment.parameters(network);
    }

    /**
     * Returns the {@code knockout} experiment's parameters for values of {@link #KNOCKOUT_SPECS};
     * "unrelated" tokens are its "random" kind.
     */
    public static KnockoutParams knockoutParams(ParameterValues values) {
        KnockoutExperiment experiment = new KnockoutExperiment();
        ParameterValues knockout = ParameterValues.defaults(experiment.parameters())
                .with("tokenKind", values.getString("kind").equals("unrelated") ? "random" : "similar")
                .with("maxTokens", values.getInt("tokens"))
                .with("m", values.getInt("m"))
                .with("qkNorm2", values.getDouble("qkNorm2"))
                .with("seed", values.getLong("seed"));
        return experiment.parameters(knockout);
    }

    /**
     * Returns the {@code capacity} experiment's parameters for values of {@link #CAPACITY_SPECS}:
     * both couplings at the experiment's default sizes and number of trials.
     */
    public static CapacityParams capacityParams(ParameterValues values) {
        CapacityParams defaults = CapacityParams.defaults();
        return new CapacityParams(CapacityParams.BOTH, defaults.quarticNeurons(), defaults.pairwiseNeurons(),
                values.getDouble("flip"), defaults.trials(), values.getLong("seed"));
    }
}
