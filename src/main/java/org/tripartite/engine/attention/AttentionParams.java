package org.tripartite.engine.attention;

import java.util.List;
import org.tripartite.engine.param.InvalidParameterException;
import org.tripartite.engine.param.InvalidParameterException.Reason;
import org.tripartite.engine.param.ParameterSpec;
import org.tripartite.engine.tokens.TextTokenizer;

/**
 * Parameters of the {@code attention} experiment: softmax attention over the words of a text.
 *
 * @param text             English or French text, at most 500 characters and 64 tokens
 * @param d                query and key dimension (values have the same dimension)
 * @param qkNorm2          mean ‖q‖² and ‖k‖² over the sequence; larger values make attention sharper
 * @param sharedProjection W_Q = W_K, so each word attends most to itself and to similar words
 * @param seed             seed of the embeddings and projections
 */
public record AttentionParams(String text, int d, double qkNorm2, boolean sharedProjection,
        long seed) {

    /** Maximum number of tokens of the text. */
    public static final int MAX_TOKENS = 64;

    public static final List<ParameterSpec> SPECS = List.of(
            ParameterSpec.text("text",
                    "The cat sat on the mat. Le chat s'est assis sur le tapis, l'autre chat aussi.",
                    500),
            ParameterSpec.integer("d", 16, 2, 128, ""),
            ParameterSpec.real("qkNorm2", 4.0, 0.01, 25.0, ""),
            ParameterSpec.bool("sharedProjection", true),
            ParameterSpec.seed("seed"));

    /** Validates every field; the text must hold 1 to {@link #MAX_TOKENS} tokens. */
    public AttentionParams {
        ParameterSpec.check(SPECS, "text", text);
        ParameterSpec.check(SPECS, "d", d);
        ParameterSpec.check(SPECS, "qkNorm2", qkNorm2);
        ParameterSpec.check(SPECS, "seed", seed);
        int tokens = TextTokenizer.tokenize(text).size();
        ParameterSpec textSpec = ParameterSpec.find(SPECS, "text");
        if (tokens == 0) {
            throw InvalidParameterException.of(textSpec, text, Reason.EMPTY);
        }
        if (tokens > MAX_TOKENS) {
            throw InvalidParameterException.tooManyItems(textSpec, text, MAX_TOKENS, "words");
        }
    }

    public static AttentionParams defaults() {
        return new AttentionExperiment().defaults();
    }
}
