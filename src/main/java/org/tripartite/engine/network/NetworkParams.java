package org.tripartite.engine.network;

import java.util.List;
import org.tripartite.engine.attention.AttentionParams;
import org.tripartite.engine.features.FeatureMapKind;
import org.tripartite.engine.param.InvalidParameterException;
import org.tripartite.engine.param.InvalidParameterException.Reason;
import org.tripartite.engine.param.ParameterSpec;
import org.tripartite.engine.tokens.TextTokenizer;

/**
 * Parameters of the {@code network} experiment: the words of a text are written into the
 * dynamical network, then chosen words are read back as queries.
 *
 * @param text             English or French text, at most 500 characters and 64 tokens
 * @param d                query, key and value dimension
 * @param m                number of hidden neurons (features)
 * @param featureMap       positive, cosine or elu
 * @param qkNorm2          mean ‖q‖² (sharpness of attention); projections are shared (q = k)
 * @param queries          1-based positions of the words read as queries, in reading order
 * @param timing           time constants, durations and leaks
 * @param astrocyteBlocked true for the knock-out: calcium held at c₀
 * @param frames           number of recorded frame intervals
 * @param seed             seed of the embeddings, projections and W
 */
public record NetworkParams(String text, int d, int m, FeatureMapKind featureMap, double qkNorm2,
        List<Integer> queries, NetworkTiming timing, boolean astrocyteBlocked, int frames,
        long seed) {

    public static final List<ParameterSpec> SPECS = List.of(
            ParameterSpec.text("text", "the cat sat on the mat and the dog sat on the cat", 500),
            ParameterSpec.integer("d", 8, 1, 64, ""),
            ParameterSpec.integer("m", 64, 1, 4096, "neurons"),
            ParameterSpec.choice("featureMap", "positive", "positive", "cosine", "elu"),
            ParameterSpec.real("qkNorm2", 4.0, 0.01, 25.0, ""),
            ParameterSpec.intList("queries", List.of(2), 1, AttentionParams.MAX_TOKENS, 8, ""),
            ParameterSpec.real("tauNeuronMs", 10.0, 1.0, 50.0, "ms"),
            ParameterSpec.real("presentationMs", 50.0, 5.0, 1000.0, "ms"),
            ParameterSpec.real("gapMs", 100.0, 10.0, 5000.0, "ms"),
            ParameterSpec.real("readS", 5.0, 0.25, 60.0, "s"),
            ParameterSpec.real("tauAstrocyteS", 1.0, 0.05, 10.0, "s"),
            ParameterSpec.real("c0", 1.0, 0.01, 100.0, "a.u."),
            ParameterSpec.real("tauSynapseS", Double.POSITIVE_INFINITY, 0.1,
                    Double.POSITIVE_INFINITY, "s"),
            ParameterSpec.real("tauProcessS", Double.POSITIVE_INFINITY, 0.1,
                    Double.POSITIVE_INFINITY, "s"),
            ParameterSpec.bool("astrocyteBlocked", false),
            ParameterSpec.integer("frames", 2000, 10, RecordingSpec.MAX_FRAMES, ""),
            ParameterSpec.seed("seed"));

    /**
     * Validates every field, plus: the text contains 1 to 64 tokens, every query position is at
     * most the token count, the gap is at least 10 τ_n and the read at least 5 τ_a. Cost: at most
     * (frames + 2·64 + 8) steps of m (d + 3) updates, below 1.2e9 units.
     */
    public NetworkParams {
        ParameterSpec.check(SPECS, "text", text);
        ParameterSpec.check(SPECS, "d", d);
        ParameterSpec.check(SPECS, "m", m);
        ParameterSpec.check(SPECS, "featureMap", featureMap == null ? null : featureMap.id());
        ParameterSpec.check(SPECS, "qkNorm2", qkNorm2);
        ParameterSpec.check(SPECS, "queries", queries);
        queries = List.copyOf(queries);
        ParameterSpec.check(SPECS, "tauNeuronMs", timing.tauNeuronMs());
        ParameterSpec.check(SPECS, "presentationMs", timing.presentationMs());
        ParameterSpec.check(SPECS, "gapMs", timing.gapMs());
        ParameterSpec.check(SPECS, "readS", timing.readMs() / 1000.0);
        ParameterSpec.check(SPECS, "tauAstrocyteS", timing.tauAstrocyteS());
        ParameterSpec.check(SPECS, "c0", timing.c0());
        ParameterSpec.check(SPECS, "tauSynapseS", timing.tauSynapseS());
        ParameterSpec.check(SPECS, "tauProcessS", timing.tauProcessS());
        ParameterSpec.check(SPECS, "frames", frames);
        ParameterSpec.check(SPECS, "seed", seed);

        ParameterSpec textSpec = ParameterSpec.find(SPECS, "text");
        int tokens = TextTokenizer.tokenize(text).size();
        if (tokens == 0) {
            throw InvalidParameterException.of(textSpec, text, Reason.EMPTY);
        }
        if (tokens > AttentionParams.MAX_TOKENS) {
            throw InvalidParameterException.tooManyItems(textSpec, text,
                    AttentionParams.MAX_TOKENS, "words");
        }
        ParameterSpec querySpec = ParameterSpec.find(SPECS, "queries");
        for (int q : queries) {
            if (q > tokens) {
                throw new InvalidParameterException("queries", querySpec.format(queries),
                        Reason.OUT_OF_RANGE, querySpec.type(), 1.0, (double) tokens, "", List.of());
            }
        }
        if (timing.gapMs() < 10 * timing.tauNeuronMs()) {
            ParameterSpec gapSpec = ParameterSpec.find(SPECS, "gapMs");
            throw new InvalidParameterException("gapMs", gapSpec.format(timing.gapMs()),
                    Reason.OUT_OF_RANGE, gapSpec.type(), 10 * timing.tauNeuronMs(), gapSpec.max(),
                    "ms", List.of());
        }
        if (timing.readMs() < 5000 * timing.tauAstrocyteS()) {
            ParameterSpec readSpec = ParameterSpec.find(SPECS, "readS");
            throw new InvalidParameterException("readS", readSpec.format(timing.readMs() / 1000),
                    Reason.OUT_OF_RANGE, readSpec.type(), 5 * timing.tauAstrocyteS(),
                    readSpec.max(), "s", List.of());
        }
    }

    public static NetworkParams defaults() {
        return new NetworkExperiment().defaults();
    }
}
