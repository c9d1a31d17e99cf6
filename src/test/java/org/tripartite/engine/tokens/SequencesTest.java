package org.tripartite.engine.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tripartite.engine.attention.AttentionResult;
import org.tripartite.engine.attention.SoftmaxAttention;

class SequencesTest {

    private static double meanSquaredNorm(double[][] rows) {
        double sum = 0;
        for (double[] row : rows) {
            for (double v : row) {
                sum += v * v;
            }
        }
        return sum / rows.length;
    }

    @Test
    void textSequenceHasRequestedMeanNorm() {
        TokenSequence s = Sequences.fromText("le chat et les chats", 16, 8, 4.0, true, 1);
        assertEquals(5, s.length());
        assertEquals(4.0, meanSquaredNorm(s.queries()), 1e-12);
        assertSame(s.queries(), s.keys());
        TokenSequence separate = Sequences.fromText("le chat et les chats", 16, 8, 4.0, false, 1);
        assertEquals(4.0, meanSquaredNorm(separate.keys()), 1e-12);
        assertTrue(!separate.queriesEqualKeys());
        assertThrows(IllegalArgumentException.class,
                () -> Sequences.fromText("?!", 16, 8, 4.0, true, 1));
    }

    @Test
    void gaussianSequenceNormsAndIndependence() {
        TokenSequence s = Sequences.gaussian(2000, 16, 4, 3.0, 9);
        // Mean of 2 000 norms² of 16 N(0, 3/16) entries: standard error 3·√(2/16)/√2000 ≈ 0.024.
        assertEquals(3.0, meanSquaredNorm(s.queries()), 0.1);
        assertEquals(3.0, meanSquaredNorm(s.keys()), 0.1);
        assertEquals(4.0, meanSquaredNorm(s.values()), 0.15);
    }

    @Test
    void vocabularySequenceRepeatsWordsAndVariesZ() {
        TokenSequence s = Sequences.vocabulary(196, 40, 64, 0, 1);
        assertTrue(s.queriesEqualKeys());
        assertEquals(2.0, meanSquaredNorm(s.keys()), 0.25);
        AttentionResult exact = SoftmaxAttention.compute(s);
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (double z : exact.z()) {
            max = Math.max(max, z);
            min = Math.min(min, z);
        }
        // Independent code measured a max/min ratio of about 1.7 for this setting.
        assertEquals(1.7, max / min, 0.5);
    }
}
