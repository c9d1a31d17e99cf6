package org.tripartite.engine.memory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ReducedMemoryTest {

    @Test
    void recallMatchesEnergyComparison() {
        for (CouplingKind kind : CouplingKind.values()) {
            for (long seed = 1; seed <= 20; seed++) {
                int n = 24;
                int[][] patterns = Patterns.random(kind == CouplingKind.QUARTIC ? 40 : 4, n, seed);
                ReducedMemory memory = new ReducedMemory(patterns, kind);
                int[] cue = Patterns.corrupt(patterns[0], 0.25, new SplittableRandom(seed));

                int[] expected = recallByEnergy(memory, cue);

                assertArrayEquals(expected, memory.recall(cue), kind + " seed " + seed);
            }
        }
    }

    @Test
    void recallEndsAtLocalMinimum() {
        SplittableRandom random = new SplittableRandom(3);
        for (CouplingKind kind : CouplingKind.values()) {
            int[][] patterns = Patterns.random(kind == CouplingKind.QUARTIC ? 200 : 10, 30, 5);
            ReducedMemory memory = new ReducedMemory(patterns, kind);
            for (int trial = 0; trial < 10; trial++) {
                int[] start = Patterns.random(1, 30, random.nextLong())[0];
                ReducedMemory.Recall recall = memory.run(start);
                int[] state = recall.state();
                double energy = memory.energy(state);
                assertTrue(energy <= memory.energy(start), "energy must not rise");
                for (int i = 0; i < state.length; i++) {
                    state[i] = -state[i];
                    assertTrue(memory.energy(state) >= energy, kind + ": flipping bit " + i + " lowers the energy");
                    state[i] = -state[i];
                }
            }
        }
    }

    @Test
    void storedPatternsAreFixedPoints() {
        int[][] patterns = Patterns.random(3, 200, 8);
        for (CouplingKind kind : CouplingKind.values()) {
            ReducedMemory memory = new ReducedMemory(patterns, kind);
            for (int[] pattern : patterns) {
                ReducedMemory.Recall recall = memory.run(pattern);
                assertArrayEquals(pattern, recall.state());
                assertEquals(1, recall.sweeps());
                assertEquals(0, recall.flips());
            }
        }
    }

    @Test
    void energyOfPatternAlone() {
        int[] pattern = Patterns.random(1, 10, 2)[0];
        assertEquals(-50.0, new ReducedMemory(new int[][] {pattern}, CouplingKind.PAIRWISE).energy(pattern));
        assertEquals(-2500.0, new ReducedMemory(new int[][] {pattern}, CouplingKind.QUARTIC).energy(pattern));
    }

    /** Updates neuron by neuron, choosing the sign with the lower directly computed energy. */
    private static int[] recallByEnergy(ReducedMemory memory, int[] cue) {
        int[] state = cue.clone();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < state.length; i++) {
                int current = state[i];
                state[i] = 1;
                double plus = memory.energy(state);
                state[i] = -1;
                double minus = memory.energy(state);
                int preferred = current;
                if (plus < minus) {
                    preferred = 1;
                } else if (minus < plus) {
                    preferred = -1;
                }
                state[i] = preferred;
                changed |= preferred != current;
            }
        }
        return state;
    }
}
