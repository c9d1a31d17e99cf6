package org.tripartite.engine.tokens;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTokenizerTest {

    @Test
    void frenchElisionsBecomeTokens() {
        assertEquals(List.of("l'", "homme", "qu'", "il", "a", "vu", "aujourd'hui"),
                TextTokenizer.tokenize("L’homme qu'il a vu aujourd'hui."));
        assertEquals(List.of("j'", "aime", "c'", "est", "n'", "importe", "d'", "où", "s'", "il"),
                TextTokenizer.tokenize("J'aime, c'est n'importe d'où s'il"));
    }

    @Test
    void englishApostrophesStayInWords() {
        assertEquals(List.of("don't", "stop", "the", "dogs", "bark"),
                TextTokenizer.tokenize("Don't stop -- the dogs' bark!"));
    }

    @Test
    void accentsKeptAndNormalisedToNfc() {
        // "é" as e + combining acute accent becomes the composed character.
        assertEquals(List.of("café", "élève", "noël"),
                TextTokenizer.tokenize("Cafe\u0301 ÉLÈVE, Noël"));
    }

    @Test
    void punctuationOnlyGivesNoToken() {
        assertTrue(TextTokenizer.tokenize("  ... !? ' ").isEmpty());
    }

    @Test
    void embeddingIsUnitNormAndDeterministic() {
        NgramEmbedding embedding = new NgramEmbedding(64, 7);
        double[] a = embedding.embed("chat");
        double norm2 = 0;
        for (double v : a) {
            norm2 += v * v;
        }
        assertEquals(1.0, norm2, 1e-12);
        assertArrayEquals(a, new NgramEmbedding(64, 7).embed("chat"), 0.0);
    }

    @Test
    void sharedNgramsGiveSimilarEmbeddings() {
        NgramEmbedding embedding = new NgramEmbedding(64, 7);
        double related = cosine(embedding.embed("chat"), embedding.embed("chats"));
        double unrelated = cosine(embedding.embed("chat"), embedding.embed("voiture"));
        // "chat" and "chats" share 3 of their 4 trigrams: cosine about 0.5; unrelated words
        // are independent 64-dimensional Gaussians: |cosine| about 1/8.
        assertTrue(related > 0.35, "related " + related);
        assertTrue(Math.abs(unrelated) < 0.35, "unrelated " + unrelated);
    }

    @Test
    void fnvHashMatchesReferenceValues() {
        // Published FNV-1a 64 test vectors.
        assertEquals(0xcbf29ce484222325L, NgramEmbedding.fnv1a64(""));
        assertEquals(0xaf63dc4c8601ec8cL, NgramEmbedding.fnv1a64("a"));
        assertEquals(0x85944171f73967e8L, NgramEmbedding.fnv1a64("foobar"));
    }

    private static double cosine(double[] a, double[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }
}
