package org.tripartite.engine.memory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.tripartite.engine.experiment.Experiments;
import org.tripartite.engine.param.InvalidParameterException;
import org.tripartite.engine.param.InvalidParameterException.Reason;
import org.tripartite.engine.run.RunCancelledException;
import org.tripartite.engine.run.RunMonitor;

class MemoryExperimentsTest {

    private final AssociativeMemoryExperiment memory = new AssociativeMemoryExperiment();
    private final CapacityExperiment capacity = new CapacityExperiment();

    @Test
    void experimentsRegistered() {
        assertTrue(Experiments.byId("associative-memory").orElseThrow() instanceof AssociativeMemoryExperiment);
        assertTrue(Experiments.byId("capacity").orElseThrow() instanceof CapacityExperiment);
    }

    @Test
    void defaultRecallRecorded() {
        RecordingMonitor monitor = new RecordingMonitor();
        AssociativeMemoryResult result = memory.run(memory.defaults(), monitor);

        assertEquals(AssociativeMemoryParams.defaults(), memory.defaults());
        assertEquals(100, result.neurons());
        assertEquals(0, result.imageWidth());
        assertEquals(5, result.patterns().length);
        assertEquals(10, result.flippedBits());
        assertEquals(10, Patterns.hammingDistance(result.cue(), result.patterns()[0]));
        assertEquals(200, result.frameStep().length);
        assertEquals(0, result.frameStep()[0]);
        assertEquals(1000, result.frameStep()[199]);
        assertEquals(50.0, result.frameTime()[199], 1e-12);
        assertEquals(10, result.distance()[0]);
        assertEquals(0, result.finalDistance());
        assertTrue(result.recalled());
        assertTrue(result.recalledUpToSign());
        assertArrayEquals(result.patterns()[0], result.finalState());
        assertEquals(100, result.neuronStates()[57].length);
        assertEquals(5, result.overlaps()[57].length);
        assertTrue(result.maxEnergyIncrease() <= 1e-14 * Math.abs(result.energy()[199]));
        assertTrue(result.energy()[199] < result.energy()[0]);
        assertEquals(1.0, monitor.last, 0.0);
    }

    @Test
    void digitImagesRun() {
        AssociativeMemoryParams params = memory.parseStrict(Map.of("patterns", "digits", "patternCount", "4",
                "target", "3", "steps", "400", "frames", "5"));
        AssociativeMemoryResult result = memory.run(params, RunMonitor.NONE);
        assertEquals(100, result.neurons());
        assertEquals(10, result.imageWidth());
        assertArrayEquals(Patterns.digits()[3], result.patterns()[3]);
        assertArrayEquals(new int[] {0, 100, 200, 300, 400}, result.frameStep());
        assertTrue(result.recalled());
    }

    @Test
    void framesBoundedBySteps() {
        assertArrayEquals(new int[] {0, 1, 2, 3}, AssociativeMemoryExperiment.frameSteps(3, 500));
        assertArrayEquals(new int[] {0, 3, 7, 10}, AssociativeMemoryExperiment.frameSteps(10, 4));
    }

    @Test
    void valuesRoundTrip() {
        AssociativeMemoryParams params = AssociativeMemoryParams.tutorial();
        assertEquals(params, memory.parameters(memory.values(params)));
        assertEquals(params, memory.parseStrict(memory.values(params).toStrings()));
        CapacityParams capacityParams = new CapacityParams("quartic", List.of(12, 24), List.of(50), 0.2, 3, 9L);
        assertEquals(capacityParams, capacity.parameters(capacity.values(capacityParams)));
        assertEquals(capacityParams, capacity.parseStrict(capacity.values(capacityParams).toStrings()));
    }

    @Test
    void memoryValidationMessages() {
        InvalidParameterException neurons = memoryProblem(Map.of("neurons", "501"));
        assertEquals(Reason.OUT_OF_RANGE, neurons.reason());
        assertEquals("Invalid value \"501\" for neurons: expected a whole number from 16 to 500 neurons.",
                neurons.getMessage());

        InvalidParameterException nan = memoryProblem(Map.of("flipFraction", "NaN"));
        assertEquals(Reason.NOT_FINITE, nan.reason());
        assertEquals("Invalid value \"NaN\" for flipFraction: expected a finite number from 0 to 0.5.", nan.getMessage());

        InvalidParameterException step = memoryProblem(Map.of("timeStep", "0.5"));
        assertEquals("Invalid value \"0.5\" for timeStep: expected a finite number from 0.001 to 0.2 time constants.",
                step.getMessage());

        InvalidParameterException target = memoryProblem(Map.of("patternCount", "3", "target", "3"));
        assertEquals(Reason.OUT_OF_RANGE, target.reason());
        assertEquals(2.0, target.max());
        assertEquals("Invalid value \"3\" for target: expected a whole number from 0 to 2.", target.getMessage());

        InvalidParameterException digits = memoryProblem(Map.of("patterns", "digits", "patternCount", "11"));
        assertEquals("Invalid value \"11\" for patternCount: expected a whole number from 1 to 10 patterns.",
                digits.getMessage());

        InvalidParameterException choice = memoryProblem(Map.of("patterns", "faces"));
        assertEquals(Reason.UNKNOWN_CHOICE, choice.reason());
        assertEquals("Invalid value \"faces\" for patterns: expected one of random, digits.", choice.getMessage());

        InvalidParameterException cost = memoryProblem(Map.of("neurons", "500", "patternCount", "50",
                "steps", "5000", "frames", "500"));
        assertEquals(Reason.COST_TOO_HIGH, cost.reason());
        assertEquals("steps", cost.parameter());
        // floor((2e10 − T · 500 · (60 + 50)) / (T · (20 + 50))) with T = 500 · 501 / 2 = 125 250.
        assertEquals(1495.0, cost.max());
        assertEquals("Invalid value \"5000\" for steps: with the other parameters the run would exceed its cost limit;"
                + " expected a whole number from 1 to 1495 steps.", cost.getMessage());

        InvalidParameterException direct = assertThrows(InvalidParameterException.class,
                () -> new AssociativeMemoryParams("random", 100, 5, 0, Double.NaN, 10, 0.05, 5.0, 10, true, 1L));
        assertEquals(Reason.NOT_FINITE, direct.reason());
        assertEquals("flipFraction", direct.parameter());
    }

    @Test
    void largestMemoryRunWithinCostLimit() {
        AssociativeMemoryParams largest = new AssociativeMemoryParams("random", 500, 50, 0, 0.1, 1495, 0.05, 5.0,
                500, true, 1L);
        assertEquals(1495, largest.steps());
        assertThrows(InvalidParameterException.class,
                () -> new AssociativeMemoryParams("random", 500, 50, 0, 0.1, 1496, 0.05, 5.0, 500, true, 1L));
        AssociativeMemoryParams tutorial = AssociativeMemoryParams.tutorial();
        assertEquals(500, tutorial.effectiveNeurons());
    }

    @Test
    void capacityValidationMessages() {
        InvalidParameterException element = capacityProblem(Map.of("quarticNeurons", "10,61"));
        assertEquals(Reason.OUT_OF_RANGE, element.reason());
        assertEquals("Invalid value \"10,61\" for quarticNeurons: expected a comma-separated list of whole numbers"
                + " from 8 to 60 neurons.", element.getMessage());

        InvalidParameterException nan = capacityProblem(Map.of("flipFraction", "nan"));
        assertEquals(Reason.NOT_FINITE, nan.reason());
        assertEquals("Invalid value \"nan\" for flipFraction: expected a finite number from 0 to 0.3.", nan.getMessage());

        InvalidParameterException items = capacityProblem(Map.of("pairwiseNeurons", "20,30,40,50,60,70,80,90,100"));
        assertEquals(Reason.TOO_MANY_ITEMS, items.reason());

        InvalidParameterException trials = capacityProblem(Map.of("coupling", "quartic", "quarticNeurons", "60,60",
                "trials", "5"));
        assertEquals(Reason.COST_TOO_HIGH, trials.reason());
        assertEquals("trials", trials.parameter());
        assertEquals(1.0, trials.max());

        InvalidParameterException list = capacityProblem(Map.of("coupling", "quartic",
                "quarticNeurons", "60,60,60,60,60,60,60,60", "trials", "1"));
        assertEquals(Reason.COST_TOO_HIGH, list.reason());
        assertEquals("quarticNeurons", list.parameter());
        assertTrue(list.max() < 60.0);
        // A list of the same length at the allowed maximum passes.
        int allowed = list.max().intValue();
        new CapacityParams("quartic", java.util.Collections.nCopies(8, allowed), List.of(100), 0.1, 1, 1L);
    }

    @Test
    void defaultCapacityRun() {
        RecordingMonitor monitor = new RecordingMonitor();
        CapacityResult result = capacity.run(capacity.defaults(), monitor);

        assertEquals(2, result.series().size());
        CapacityResult.CapacitySeries quartic = result.series().get(0);
        CapacityResult.CapacitySeries pairwise = result.series().get(1);
        assertEquals(CouplingKind.QUARTIC, quartic.kind());
        assertEquals(CouplingKind.PAIRWISE, pairwise.kind());
        assertArrayEquals(new int[] {10, 20, 30}, quartic.neurons());
        assertArrayEquals(new int[] {100, 200, 400}, pairwise.neurons());
        assertTrue(quartic.fitted());
        assertTrue(pairwise.fitted());
        assertEquals(3.0, quartic.slope(), 0.6);
        assertEquals(1.0, pairwise.slope(), 0.3);
        assertEquals(0.14 * 200, pairwise.referenceCapacity()[1], 1e-12);
        assertEquals(Math.pow(20, 3) / (30 * Math.log(20)), quartic.referenceCapacity()[1], 1e-9);
        for (int i = 0; i < 3; i++) {
            CapacitySearch.CapacityPoint point = quartic.points().get(i);
            assertEquals(point.capacity(), quartic.capacity()[i]);
            assertFalse(quartic.atSearchLimit()[i]);
        }
        assertEquals(1.0, monitor.last, 1e-12);
        assertTrue(monitor.increasing, "progress went backwards");
    }

    @Test
    void cancelledRunsReturnNothing() {
        CancellingMonitor memoryMonitor = new CancellingMonitor(5);
        assertThrows(RunCancelledException.class, () -> memory.run(memory.defaults(), memoryMonitor));
        assertTrue(memoryMonitor.progressCalls.get() < 50, "the run went on after cancellation");

        CancellingMonitor capacityMonitor = new CancellingMonitor(3);
        assertThrows(RunCancelledException.class, () -> capacity.run(capacity.defaults(), capacityMonitor));
    }

    @Test
    void unknownParameterRejected() {
        InvalidParameterException unknown = memoryProblem(Map.of("neuron", "100"));
        assertEquals(Reason.UNKNOWN_PARAMETER, unknown.reason());
        assertNull(unknown.min());
    }

    private InvalidParameterException memoryProblem(Map<String, String> raw) {
        return assertThrows(InvalidParameterException.class, () -> memory.parseStrict(raw));
    }

    private InvalidParameterException capacityProblem(Map<String, String> raw) {
        return assertThrows(InvalidParameterException.class, () -> capacity.parseStrict(raw));
    }

    private static final class RecordingMonitor implements RunMonitor {
        final List<Double> values = new ArrayList<>();
        double last = -1.0;
        boolean increasing = true;

        @Override
        public synchronized void progress(double fractionDone) {
            if (fractionDone < last - 1e-12) {
                increasing = false;
            }
            last = fractionDone;
            values.add(fractionDone);
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    }

    /** Cancels once it has received {@code after} progress reports. */
    private static final class CancellingMonitor implements RunMonitor {
        final AtomicInteger progressCalls = new AtomicInteger();
        final int after;

        CancellingMonitor(int after) {
            this.after = after;
        }

        @Override
        public void progress(double fractionDone) {
            progressCalls.incrementAndGet();
        }

        @Override
        public boolean isCancelled() {
            return progressCalls.get() >= after;
        }
    }
}
