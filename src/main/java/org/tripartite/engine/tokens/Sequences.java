package org.tripartite.engine.tokens;

import java.util.ArrayList;
import java.util.List;
import org.tripartite.engine.util.SplitMix64;

/**
 * Factories of token sequences: from text, Gaussian random tokens, and a small vocabulary.
 *
 * <p>Every factory is deterministic in its seed. Sub-streams (embeddings, each projection, values)
 * take seeds derived with {@link SplitMix64#mix}, so changing one size does not reshuffle the
 * others.
 */
public final class Sequences {

    /** Dimension of the n-gram word embeddings that text tokens are projected from. */
    public static final int TEXT_MODEL_DIMENSION = 64;

    private Sequences() {
    }

    /**
     * Builds a sequence from text: tokens by {@link TextTokenizer}, unit-norm embeddings x_t by
     * {@link NgramEmbedding}, then q = a·W_Q x, k = b·W_K x, v = W_V x with seeded standard normal
     * projections. The factors a and b make the mean of ‖q_t‖² and of ‖k_t‖² over the sequence
     * equal {@code qkNorm2}; with {@code sharedProjection} W_K = W_Q, so q_t = k_t and each word
     * attends most to itself and to words sharing its n-grams. Value entries have variance 1.
     *
     * @throws IllegalArgumentException when the text contains no token
     */
    public static TokenSequence fromText(String text, int d, int dv, double qkNorm2,
            boolean sharedProjection, long seed) {
        List<String> words = TextTokenizer.tokenize(text);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("Invalid text: it contains no word to tokenize");
        }
        NgramEmbedding embedding = new NgramEmbedding(TEXT_MODEL_DIMENSION, SplitMix64.mix(seed, 1));
        double[][] x = new double[words.size()][];
        for (int t = 0; t < x.length; t++) {
            x[t] = embedding.embed(words.get(t));
        }
        double[][] wq = gaussianMatrix(d, TEXT_MODEL_DIMENSION, 1.0, SplitMix64.mix(seed, 2));
        double[][] wk = sharedProjection ? wq
                : gaussianMatrix(d, TEXT_MODEL_DIMENSION, 1.0, SplitMix64.mix(seed, 3));
        double[][] wv = gaussianMatrix(dv, TEXT_MODEL_DIMENSION, 1.0, SplitMix64.mix(seed, 4));
        double[][] queries = scaleToMeanSquaredNorm(project(wq, x), qkNorm2);
        double[][] keys = sharedProjection ? queries : scaleToMeanSquaredNorm(project(wk, x), qkNorm2);
        double[][] values = project(wv, x);
        return new TokenSequence(words, queries, keys, values);
    }

    /**
     * Builds T Gaussian tokens: query and key entries independent N(0, qkNorm2/d), so the mean
     * ‖q‖² and ‖k‖² is {@code qkNorm2}, and value entries N(0, 1). Queries and keys are
     * independent draws.
     */
    public static TokenSequence gaussian(int tokens, int d, int dv, double qkNorm2, long seed) {
        double sd = Math.sqrt(qkNorm2 / d);
        double[][] queries = gaussianMatrix(tokens, d, sd, SplitMix64.mix(seed, 11));
        double[][] keys = gaussianMatrix(tokens, d, sd, SplitMix64.mix(seed, 12));
        double[][] values = gaussianMatrix(tokens, dv, 1.0, SplitMix64.mix(seed, 13));
        return new TokenSequence(numberedLabels("t", tokens), queries, keys, values);
    }

    /**
     * Builds a sequence over a small vocabulary: {@code vocabSize} embeddings with entries
     * N(0, 2/d) (mean squared norm 2), each token a uniformly drawn word, q_t = k_t = its
     * embedding, and v_t the word's own N(0, 1) value vector. Repeated words give the normaliser
     * Z(q_t) peaks; at T = 196, vocabulary 40, d = 64 its max/min ratio is about 1.7.
     */
    public static TokenSequence vocabulary(int tokens, int vocabSize, int d, int dv, long seed) {
        double[][] embeddings = gaussianMatrix(vocabSize, d, Math.sqrt(2.0 / d),
                SplitMix64.mix(seed, 21));
        double[][] wordValues = gaussianMatrix(vocabSize, dv, 1.0, SplitMix64.mix(seed, 22));
        SplitMix64 random = new SplitMix64(SplitMix64.mix(seed, 23));
        List<String> labels = new ArrayList<>(tokens);
        double[][] keys = new double[tokens][];
        double[][] values = new double[tokens][];
        for (int t = 0; t < tokens; t++) {
            int word = random.nextInt(vocabSize);
            labels.add("w" + (word + 1));
            keys[t] = embeddings[word];
            values[t] = wordValues[word];
        }
        return new TokenSequence(labels, keys, keys, values);
    }

    /** Returns a rows × cols matrix of independent N(0, sd²) entries, filled row by row. */
    public static double[][] gaussianMatrix(int rows, int cols, double sd, long seed) {
        SplitMix64 random = new SplitMix64(seed);
        double[][] m = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                m[i][j] = sd * random.nextGaussian();
            }
        }
        return m;
    }

    static List<String> numberedLabels(String prefix, int count) {
        List<String> labels = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            labels.add(prefix + i);
        }
        return labels;
    }

    private static double[][] project(double[][] w, double[][] x) {
        double[][] out = new double[x.length][w.length];
        for (int t = 0; t < x.length; t++) {
            for (int i = 0; i < w.length; i++) {
                double sum = 0;
                for (int j = 0; j < x[t].length; j++) {
                    sum += w[i][j] * x[t][j];
                }
                out[t][i] = sum;
            }
        }
        return out;
    }

    private static double[][] scaleToMeanSquaredNorm(double[][] rows, double target) {
        double mean = 0;
        for (double[] row : rows) {
            for (double v : row) {
                mean += v * v;
            }
        }
        mean /= rows.length;
        double scale = mean > 0 ? Math.sqrt(target / mean) : 0.0;
        for (double[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                row[i] *= scale;
            }
        }
        return rows;
    }
}
