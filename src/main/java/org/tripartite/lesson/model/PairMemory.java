package org.tripartite.lesson.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tripartite.engine.features.FeatureMap;
import org.tripartite.engine.features.FeatureMapKind;
import org.tripartite.engine.network.AlgebraicNetwork;
import org.tripartite.engine.network.Readout;
import org.tripartite.engine.param.ParameterSpec;
import org.tripartite.engine.tokens.NgramEmbedding;
import org.tripartite.engine.tokens.Sequences;
import org.tripartite.engine.util.SplitMix64;

/**
 * Word pairs such as country → capital stored in the algebraic neuron–astrocyte network and
 * recalled by their key. Each name (one or more words) gets a character n-gram embedding, so
 * names that share letters get similar keys. The key is projected to dimension {@link #DIMENSION}
 * and scaled so that the mean ‖k‖² over the list is {@link #KEY_NORM2}; the query of a pair is its
 * key (shared projection). The value is the capital's embedding projected with its own matrix.
 *
 * <p>A pair is recalled when the stored value nearest to the output, by cosine similarity, is
 * its own. Averages run over independent draws of the hidden neurons' synapses W, because one
 * draw gives only recalled or not for each pair.
 */
public final class PairMemory {

    /** Key and value dimension d. */
    public static final int DIMENSION = 32;
    /** Mean squared key norm: the sharpness of the attention between keys. */
    public static final double KEY_NORM2 = 4.0;
    /** Time to write one pair (presentation and gap), s. */
    public static final double SLOT_S = 0.15;
    /** Draws of W averaged in every recall curve. */
    public static final int REPEATS = 8;
    /** Largest number of pairs a list may hold. */
    public static final int MAX_PAIRS = 40;

    /** Parameters of the recall figures and of the memory checkpoint. */
    public static final List<ParameterSpec> SPECS = List.of(
            ParameterSpec.text("pairs", "France=Paris; Japan=Tokyo; Italy=Rome", 1000),
            ParameterSpec.integer("m", 1000, 1, 20_000, "neurons"),
            ParameterSpec.seed("seed"),
            ParameterSpec.real("tauH", Double.POSITIVE_INFINITY, 0.1, Double.POSITIVE_INFINITY, "s"),
            ParameterSpec.real("tauP", Double.POSITIVE_INFINITY, 0.1, Double.POSITIVE_INFINITY, "s"),
            ParameterSpec.real("delay", 0.0, 0.0, 20.0, "s"),
            ParameterSpec.integer("distractors", 0, 0, 24, "pairs"));

    /** A key → value pair as the learner typed it. */
    public record Pair(String key, String value) {
    }

    private final List<Pair> pairs;
    private final double[][] keys;
    private final double[][] values;
    private final long seed;

    /**
     * Embeds {@code pairs}.
     *
     * @throws IllegalArgumentException when the list is empty or longer than {@link #MAX_PAIRS}
     */
    public PairMemory(List<Pair> pairs, long seed) {
        if (pairs.isEmpty() || pairs.size() > MAX_PAIRS) {
            throw new IllegalArgumentException("A pair list needs 1 to " + MAX_PAIRS + " pairs, got " + pairs.size());
        }
        this.pairs = List.copyOf(pairs);
        this.seed = seed;
        NgramEmbedding embedding = new NgramEmbedding(Sequences.TEXT_MODEL_DIMENSION, SplitMix64.mix(seed, 1));
        int dModel = Sequences.TEXT_MODEL_DIMENSION;
        double[][] keyProjection = Sequences.gaussianMatrix(DIMENSION, dModel, 1.0, SplitMix64.mix(seed, 2));
        double[][] valueProjection = Sequences.gaussianMatrix(DIMENSION, dModel, 1.0, SplitMix64.mix(seed, 4));
        keys = new double[pairs.size()][];
        values = new double[pairs.size()][];
        double meanNorm2 = 0;
        for (int t = 0; t < pairs.size(); t++) {
            keys[t] = project(keyProjection, embedding.embed(normalise(pairs.get(t).key())));
            values[t] = project(valueProjection, embedding.embed(normalise(pairs.get(t).value())));
            meanNorm2 += dot(keys[t], keys[t]) / pairs.size();
        }
        double scale = Math.sqrt(KEY_NORM2 / meanNorm2);
        for (double[] key : keys) {
            for (int i = 0; i < key.length; i++) {
                key[i] *= scale;
            }
        }
    }

    /**
     * Parses pairs written as {@code key = value}, separated by semicolons or new lines. Blank
     * entries are skipped.
     *
     * @throws IllegalArgumentException naming the first entry without exactly one "=" or with an
     *     empty side
     */
    public static List<Pair> parse(String text) {
        List<Pair> result = new ArrayList<>();
        for (String entry : text.split("[;\\n]")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] sides = entry.split("=", -1);
            if (sides.length != 2 || sides[0].isBlank() || sides[1].isBlank()) {
                throw new IllegalArgumentException(entry.strip());
            }
            result.add(new Pair(sides[0].strip(), sides[1].strip()));
        }
        return result;
    }

    public List<Pair> pairs() {
        return pairs;
    }

    /** Returns the key of each pair (also its query), after scaling. */
    public double[][] keys() {
        return keys;
    }

    public double[][] values() {
        return values;
    }

    /** Returns the seed of the draw {@code repeat} of the hidden neurons' synapses W. */
    long featureSeed(int repeat, int m) {
        return SplitMix64.mix(SplitMix64.mix(seed, 100 + repeat), m);
    }

    /**
     * Returns, for n = 1 … pair count, the fraction of the first n pairs recalled when only they
     * are stored, averaged over {@code repeats} draws of W with m hidden neurons; no leak.
     */
    public double[] accuracyByCount(int m, int repeats) {
        int count = pairs.size();
        double[] accuracy = new double[count];
        for (int repeat = 0; repeat < repeats; repeat++) {
            FeatureMap map = new FeatureMap(FeatureMapKind.POSITIVE, DIMENSION, m, featureSeed(repeat, m));
            AlgebraicNetwork network = new AlgebraicNetwork(map, DIMENSION);
            for (int n = 1; n <= count; n++) {
                network.write(keys[n - 1], values[n - 1]);
                int recalled = 0;
                for (int q = 0; q < n; q++) {
                    Readout readout = network.read(keys[q]);
                    recalled += readout.valid() && nearest(readout.output(), values, n) == q ? 1 : 0;
                }
                accuracy[n - 1] += (double) recalled / n / repeats;
            }
        }
        return accuracy;
    }

    /** Returns the fraction of all pairs recalled by exact softmax attention (the limit m → ∞). */
    public double[] softmaxAccuracyByCount() {
        int count = pairs.size();
        double[] accuracy = new double[count];
        for (int n = 1; n <= count; n++) {
            int recalled = 0;
            for (int q = 0; q < n; q++) {
                recalled += nearest(softmaxOutput(keys[q], n), values, n) == q ? 1 : 0;
            }
            accuracy[n - 1] = (double) recalled / n;
        }
        return accuracy;
    }

    /**
     * Returns the fraction of draws of W in which each pair is recalled after the whole list is
     * written one pair per {@link #SLOT_S} with leaks τ_H and τ_p, followed by a delay.
     * {@code distractors} random pairs are written one per slot from the start of the delay, so
     * the delay lasts at least as long as they take. Distractor values count as stored values.
     *
     * @param tauSynapseS τ_H, s (infinity: no leak)
     * @param tauProcessS τ_p, s (infinity: no leak)
     * @param delayS      time between the end of the list and the test, s
     */
    public double[] accuracyByPosition(int m, int repeats, double tauSynapseS, double tauProcessS, double delayS,
            int distractors) {
        int count = pairs.size();
        double[][] distractorKeys = Sequences.gaussianMatrix(distractors, DIMENSION,
                Math.sqrt(KEY_NORM2 / DIMENSION), SplitMix64.mix(seed, 5));
        double[][] distractorValues = Sequences.gaussianMatrix(distractors, DIMENSION, 1.0, SplitMix64.mix(seed, 6));
        double[][] stored = new double[count + distractors][];
        System.arraycopy(values, 0, stored, 0, count);
        System.arraycopy(distractorValues, 0, stored, count, distractors);

        double[] accuracy = new double[count];
        for (int repeat = 0; repeat < repeats; repeat++) {
            FeatureMap map = new FeatureMap(FeatureMapKind.POSITIVE, DIMENSION, m, featureSeed(repeat, m));
            AlgebraicNetwork network = new AlgebraicNetwork(map, DIMENSION, tauSynapseS, tauProcessS);
            network.writeSequence(keys, values, SLOT_S * 1000);
            network.writeSequence(distractorKeys, distractorValues, SLOT_S * 1000);
            double silent = delayS - distractors * SLOT_S;
            if (silent > 0) {
                network.elapse(silent);
            }
            for (int q = 0; q < count; q++) {
                Readout readout = network.read(keys[q]);
                if (readout.valid() && nearest(readout.output(), stored, stored.length) == q) {
                    accuracy[q] += 1.0 / repeats;
                }
            }
        }
        return accuracy;
    }

    /** Returns the time between writing pair i and the test, s: the list, then the delay. */
    public double ageS(int pair, double delayS, int distractors) {
        return (pairs.size() - pair) * SLOT_S + Math.max(delayS, distractors * SLOT_S);
    }

    private double[] softmaxOutput(double[] query, int stored) {
        double max = Double.NEGATIVE_INFINITY;
        double[] logits = new double[stored];
        for (int t = 0; t < stored; t++) {
            logits[t] = dot(query, keys[t]);
            max = Math.max(max, logits[t]);
        }
        double[] output = new double[DIMENSION];
        for (int t = 0; t < stored; t++) {
            double weight = Math.exp(logits[t] - max);
            for (int i = 0; i < DIMENSION; i++) {
                output[i] += weight * values[t][i];
            }
        }
        return output;
    }

    /** Returns the index of the stored value with the largest cosine similarity to {@code output}, or −1. */
    static int nearest(double[] output, double[][] stored, int count) {
        double outputNorm = Math.sqrt(dot(output, output));
        if (outputNorm == 0) {
            return -1;
        }
        int best = -1;
        double bestCosine = Double.NEGATIVE_INFINITY;
        for (int t = 0; t < count; t++) {
            double cosine = dot(output, stored[t]) / (outputNorm * Math.sqrt(dot(stored[t], stored[t])));
            if (cosine > bestCosine) {
                bestCosine = cosine;
                best = t;
            }
        }
        return best;
    }

    private static String normalise(String name) {
        return Normalizer.normalize(name.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
    }

    private static double[] project(double[][] matrix, double[] x) {
        double[] out = new double[matrix.length];
        for (int i = 0; i < matrix.length; i++) {
            out[i] = dot(matrix[i], x);
        }
        return out;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
