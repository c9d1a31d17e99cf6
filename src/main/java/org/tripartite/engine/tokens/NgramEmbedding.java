package org.tripartite.engine.tokens;

import java.nio.charset.StandardCharsets;
import org.tripartite.engine.util.SplitMix64;

/**
 * Deterministic word embedding in which words sharing character 3-grams get similar vectors.
 *
 * <p>The word is framed by boundary markers ({@code <word>}); each of its character 3-grams (by
 * code point) and the whole word are hashed with 64-bit FNV-1a over UTF-8, the hash is mixed with
 * the seed, and the mixed value seeds a standard normal vector of dimension {@code dModel}. The
 * embedding is the sum of these vectors scaled to unit Euclidean norm. No {@code String.hashCode}
 * is involved, so embeddings are the same on every JVM.
 */
public final class NgramEmbedding {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private final int dModel;
    private final long seed;

    public NgramEmbedding(int dModel, long seed) {
        if (dModel < 1) {
            throw new IllegalArgumentException("dModel must be at least 1: " + dModel);
        }
        this.dModel = dModel;
        this.seed = seed;
    }

    public int dModel() {
        return dModel;
    }

    /** Embeds {@code word} (expected already lower case and NFC, as the tokenizer outputs). */
    public double[] embed(String word) {
        double[] vector = new double[dModel];
        addFeature(vector, "word:" + word);
        int[] framed = ("<" + word + ">").codePoints().toArray();
        for (int i = 0; i + 3 <= framed.length; i++) {
            addFeature(vector, "3:" + new String(framed, i, 3));
        }
        double norm2 = 0;
        for (double x : vector) {
            norm2 += x * x;
        }
        double scale = 1.0 / Math.sqrt(norm2);
        for (int i = 0; i < dModel; i++) {
            vector[i] *= scale;
        }
        return vector;
    }

    private void addFeature(double[] vector, String feature) {
        SplitMix64 random = new SplitMix64(SplitMix64.mix(seed, fnv1a64(feature)));
        for (int i = 0; i < dModel; i++) {
            vector[i] += random.nextGaussian();
        }
    }

    /** Returns the 64-bit FNV-1a hash of the UTF-8 bytes of {@code s}. */
    static long fnv1a64(String s) {
        long hash = FNV_OFFSET;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= FNV_PRIME;
        }
        return hash;
    }
}
