package org.tripartite.engine.features;

import java.util.List;
import org.tripartite.engine.attention.AttentionParams;
import org.tripartite.engine.experiment.CostBound;
import org.tripartite.engine.param.InvalidParameterException;
import org.tripartite.engine.param.InvalidParameterException.Reason;
import org.tripartite.engine.param.ParameterSpec;
import org.tripartite.engine.tokens.TextTokenizer;

/**
 * Parameters of the {@code normaliser-trace} experiment: the astrocyte calcium C(q_t) against the
 * exact softmax normaliser Z(q_t) for every query token, at two numbers of features.
 *
 * @param source     "vocabulary" (T tokens over a small vocabulary, q = k) or "text"
 * @param tokens     T of the vocabulary sequence
 * @param vocabSize  number of distinct words of the vocabulary sequence
 * @param d          query and key dimension
 * @param text       text of the "text" source (at most 500 characters and 64 tokens)
 * @param qkNorm2    mean ‖q‖² of the "text" source (the vocabulary has mean squared norm 2)
 * @param mLow       the smaller number of features
 * @param mHigh      the larger number of features (an independent draw, not a superset)
 * @param featureMap positive or cosine
 * @param seed       seed of the sequence and of both W
 */
public record NormaliserTraceParams(String source, int tokens, int vocabSize, int d, String text,
        double qkNorm2, int mLow, int mHigh, FeatureMapKind featureMap, long seed) {

    public static final List<ParameterSpec> SPECS = List.of(
            ParameterSpec.choice("source", "vocabulary", "vocabulary", "text"),
            ParameterSpec.integer("tokens", 196, 1, 256, ""),
            ParameterSpec.integer("vocabSize", 40, 1, 1000, "words"),
            ParameterSpec.integer("d", 64, 1, 128, ""),
            ParameterSpec.text("text", "the cat saw the dog and the dog saw the cat", 500),
            ParameterSpec.real("qkNorm2", 2.0, 0.01, 25.0, ""),
            ParameterSpec.integer("mLow", 1000, 1, FeatureBlocks.MAX_FEATURES, "features"),
            ParameterSpec.integer("mHigh", 100_000, 1, FeatureBlocks.MAX_FEATURES, "features"),
            ParameterSpec.choice("featureMap", "positive", "positive", "cosine"),
            ParameterSpec.seed("seed"));

    /**
     * Validates every field; for the text source the text must hold 1 to 64 tokens. The largest
     * run costs (mLow + mHigh)(T (2d + 1) + 100 d) ≤ 2e5 · 78 592 ≈ 1.6e10 units, within the cost limit.
     */
    public NormaliserTraceParams {
        ParameterSpec.check(SPECS, "source", source);
        ParameterSpec.check(SPECS, "tokens", tokens);
        ParameterSpec.check(SPECS, "vocabSize", vocabSize);
        ParameterSpec.check(SPECS, "d", d);
        ParameterSpec.check(SPECS, "text", text);
        ParameterSpec.check(SPECS, "qkNorm2", qkNorm2);
        ParameterSpec.check(SPECS, "mLow", mLow);
        ParameterSpec.check(SPECS, "mHigh", mHigh);
        ParameterSpec.check(SPECS, "featureMap", featureMap == null ? null : featureMap.id());
        ParameterSpec.check(SPECS, "seed", seed);
        if (source.equals("text")) {
            int count = TextTokenizer.tokenize(text).size();
            ParameterSpec textSpec = ParameterSpec.find(SPECS, "text");
            if (count == 0) {
                throw InvalidParameterException.of(textSpec, text, Reason.EMPTY);
            }
            if (count > AttentionParams.MAX_TOKENS) {
                throw InvalidParameterException.tooManyItems(textSpec, text,
                        AttentionParams.MAX_TOKENS, "words");
            }
        }
        double perFeature = tokens * (2.0 * d + 1) + CostBound.UNITS_PER_NORMAL_DRAW * d;
        CostBound.check(SPECS, "mHigh", mHigh, perFeature * ((double) mLow + mHigh), perFeature);
    }

    public static NormaliserTraceParams defaults() {
        return new NormaliserTraceExperiment().defaults();
    }
}
