package org.tripartite.engine.memory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FastTanhTest {

    @Test
    void errorWithinStatedBounds() {
        double maxAbsolute = 0.0;
        double maxRelative = 0.0;
        // Dense linear grid over the whole non-saturated range, then a log grid down to 1e-300.
        for (int i = -400_000; i <= 400_000; i++) {
            double y = i * 1e-4 * 0.625;
            double exact = Math.tanh(y);
            double error = Math.abs(FastTanh.tanh(y) - exact);
            maxAbsolute = Math.max(maxAbsolute, error);
            if (exact != 0.0) {
                maxRelative = Math.max(maxRelative, error / Math.abs(exact));
            }
        }
        for (double y = 1e-300; y < 30.0; y *= 1.001) {
            for (double signed : new double[] {y, -y}) {
                double exact = Math.tanh(signed);
                double error = Math.abs(FastTanh.tanh(signed) - exact);
                maxAbsolute = Math.max(maxAbsolute, error);
                maxRelative = Math.max(maxRelative, error / Math.abs(exact));
            }
        }
        assertTrue(maxAbsolute <= FastTanh.MAX_ABSOLUTE_ERROR, "max absolute error " + maxAbsolute);
        assertTrue(maxRelative <= FastTanh.MAX_RELATIVE_ERROR, "max relative error " + maxRelative);
    }

    @Test
    void specialValues() {
        assertEquals(0.0, FastTanh.tanh(0.0));
        assertEquals(1.0, FastTanh.tanh(Double.POSITIVE_INFINITY));
        assertEquals(-1.0, FastTanh.tanh(-1e300));
        assertTrue(Double.isNaN(FastTanh.tanh(Double.NaN)));
    }

    @Test
    void recallSameWithExactTanh() {
        for (long seed = 1; seed <= 3; seed++) {
            int[][] patterns = Patterns.random(5, 100, seed);
            int[] cue = Patterns.corrupt(patterns[0], 0.2, new SplittableRandom(seed + 100));
            AssociativeMemory fast = new AssociativeMemory(patterns, 0, cue, DynamicsSettings.TUTORIAL);
            AssociativeMemory exact = new AssociativeMemory(patterns, 0, cue,
                    DynamicsSettings.TUTORIAL.withTanh(TanhImplementation.EXACT));
            fast.advance(1000);
            exact.advance(1000);

            assertArrayEquals(exact.state(), fast.state(), "seed " + seed);
            assertEquals(0, fast.distance(), "seed " + seed);
            double[] xFast = fast.neurons();
            double[] xExact = exact.neurons();
            for (int i = 0; i < xFast.length; i++) {
                assertEquals(xExact[i], xFast[i], 1e-9, "x_" + i + " with seed " + seed);
            }
        }
    }
}
