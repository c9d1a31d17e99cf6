package org.tripartite.engine.attention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tripartite.engine.tokens.TokenSequence;

class SoftmaxAttentionTest {

    @Test
    void twoTokenClosedForm() {
        // q·k1 = 1, q·k2 = 0: weights e/(e+1) and 1/(e+1).
        TokenSequence s = new TokenSequence(List.of("a", "b"),
                new double[][] {{1, 0}, {0, 0}}, new double[][] {{1, 0}, {0, 1}},
                new double[][] {{2.0}, {-1.0}});
        AttentionResult r = SoftmaxAttention.compute(s);
        double e = Math.E;
        assertEquals(e / (e + 1), r.weights()[0][0], 1e-15);
        assertEquals(1 / (e + 1), r.weights()[0][1], 1e-15);
        assertEquals(Math.log(e + 1), r.logZ()[0], 1e-15);
        assertEquals(e + 1, r.z()[0], 1e-14);
        assertEquals((2 * e - 1) / (e + 1), r.outputs()[0][0], 1e-15);
        assertEquals(0.5, r.weights()[1][0], 1e-15);
        assertFalse(r.anyOverflow());
    }

    @Test
    void hugeLogitsUseLogForm() {
        TokenSequence s = new TokenSequence(List.of("a", "b"),
                new double[][] {{1000, 0}, {1, 0}}, new double[][] {{1, 0}, {1, 0}},
                new double[][] {{1.0}, {3.0}});
        AttentionResult r = SoftmaxAttention.compute(s);
        assertTrue(r.zOverflow()[0]);
        assertEquals(Double.MAX_VALUE, r.z()[0]);
        assertEquals(1000 + Math.log(2), r.logZ()[0], 1e-12);
        assertEquals(0.5, r.weights()[0][0], 1e-15);
        assertEquals(2.0, r.outputs()[0][0], 1e-15);
        assertFalse(r.zOverflow()[1]);
    }
}
