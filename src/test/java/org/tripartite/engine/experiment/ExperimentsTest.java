package org.tripartite.engine.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tripartite.engine.attention.AttentionExperimentResult;
import org.tripartite.engine.attention.AttentionParams;
import org.tripartite.engine.features.FeatureMapKind;
import org.tripartite.engine.features.FeatureSweepParams;
import org.tripartite.engine.features.FeatureSweepResult;
import org.tripartite.engine.features.KernelParams;
import org.tripartite.engine.features.KernelResult;
import org.tripartite.engine.param.InvalidParameterException;
import org.tripartite.engine.param.InvalidParameterException.Reason;
import org.tripartite.engine.param.ParameterValues;
import org.tripartite.engine.run.RunMonitor;

class ExperimentsTest {

    @Test
    void registryHasUniqueIdsAndRoundTrips() {
        Set<String> ids = new HashSet<>();
        for (Experiment<?, ?> experiment : Experiments.all()) {
            assertTrue(ids.add(experiment.id()), "duplicate id " + experiment.id());
            assertEquals(experiment, Experiments.byId(experiment.id()).orElseThrow());
            roundTrip(experiment);
        }
        assertTrue(ids.containsAll(List.of("attention", "kernel", "feature-sweep")));
        assertTrue(Experiments.byId("no-such-experiment").isEmpty());
    }

    private static <P, R> void roundTrip(Experiment<P, R> experiment) {
        P defaults = experiment.defaults();
        ParameterValues values = experiment.values(defaults);
        assertEquals(ParameterValues.defaults(experiment.parameters()), values);
        assertEquals(defaults, experiment.parseStrict(values.toStrings()));
    }

    @Test
    void attentionDefaultsRun() {
        AttentionExperimentResult r = (AttentionExperimentResult) Experiments.byId("attention")
                .orElseThrow().runWith(Map.of(), RunMonitor.NONE);
        int t = r.tokens().size();
        assertTrue(r.tokens().contains("s'"));
        assertEquals(t, r.weights().length);
        for (double[] row : r.weights()) {
            double sum = 0;
            for (double w : row) {
                sum += w;
            }
            assertEquals(1.0, sum, 1e-12);
        }
    }

    @Test
    void attentionTextValidation() {
        InvalidParameterException empty = assertThrows(InvalidParameterException.class,
                () -> new AttentionParams(" ... ", 16, 4, true, 1));
        assertEquals(Reason.EMPTY, empty.reason());
        assertEquals("Invalid value \" ... \" for text: expected at least one word.",
                empty.getMessage());

        String many = "word ".repeat(65);
        InvalidParameterException tooMany = assertThrows(InvalidParameterException.class,
                () -> new AttentionParams(many, 16, 4, true, 1));
        assertEquals(Reason.TOO_MANY_ITEMS, tooMany.reason());
        assertEquals(64.0, tooMany.max());
        assertEquals("words", tooMany.unit());

        String longText = "a".repeat(501);
        InvalidParameterException tooLong = assertThrows(InvalidParameterException.class,
                () -> new AttentionParams(longText, 16, 4, true, 1));
        assertEquals(Reason.TOO_LONG, tooLong.reason());
        assertEquals(500.0, tooLong.max());

        InvalidParameterException sharp = assertThrows(InvalidParameterException.class,
                () -> new AttentionParams("a b", 16, 30, true, 1));
        assertEquals("Invalid value \"30\" for qkNorm2: expected a finite number from 0.01 to 25.",
                sharp.getMessage());
        InvalidParameterException nan = assertThrows(InvalidParameterException.class,
                () -> new AttentionParams("a b", 16, Double.NaN, true, 1));
        assertEquals(Reason.NOT_FINITE, nan.reason());
    }

    @Test
    void kernelValidationAndDefaults() {
        InvalidParameterException m = assertThrows(InvalidParameterException.class,
                () -> new KernelParams(16, 32, 1, 100_001, FeatureMapKind.POSITIVE, 1));
        assertEquals("Invalid value \"100001\" for m: expected a whole number from 1 to 100000"
                + " features.", m.getMessage());
        InvalidParameterException tokens = assertThrows(InvalidParameterException.class,
                () -> Experiments.byId("kernel").orElseThrow()
                        .parseStrict(Map.of("tokens", "65")));
        assertEquals(Reason.OUT_OF_RANGE, tokens.reason());
        assertEquals(64.0, tokens.max());

        KernelResult r = (KernelResult) Experiments.byId("kernel").orElseThrow()
                .runWith(Map.of(), RunMonitor.NONE);
        assertEquals(32 * 32, r.pairs().exact().length);
        // Positive features: the error over all pairs is of the order of the predicted
        // relative standard deviation.
        assertEquals(r.predictedRelativeStd(), r.kernelError(), 0.5 * r.predictedRelativeStd());
    }

    @Test
    void featureSweepCostBoundBlamesRepeats() {
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> new FeatureSweepParams(128, 256, 1.0,
                        List.of(100_000, 100_000, 100_000), 20, FeatureMapKind.POSITIVE, 1));
        assertEquals(Reason.COST_TOO_HIGH, e.reason());
        assertEquals("repeats", e.parameter());
        assertEquals("20", e.value());
        // Cost per repeat: 3e5 features × (256 × (2·128 + 17) + 100·128) = 2.48e10 units, so
        // the 6e10 limit allows 2 repeats.
        assertEquals(2.0, e.max());
        assertEquals("Invalid value \"20\" for repeats: with the other parameters the run would"
                + " exceed its cost limit; expected a whole number from 1 to 2.", e.getMessage());
    }

    @Test
    void featureSweepSlopeNearMinusHalf() {
        FeatureSweepResult r = (FeatureSweepResult) Experiments.byId("feature-sweep").orElseThrow()
                .runWith(Map.of("tokens", "64", "d", "16", "ms", "64,256,1024,4096", "repeats",
                        "4"), RunMonitor.NONE);
        assertEquals(4, r.rows().size());
        assertEquals(-0.5, r.normaliserSlope(), 0.1);
        assertEquals(-0.5, r.outputSlope(), 0.15);
        List<Double> errors = new ArrayList<>();
        for (FeatureSweepResult.Row row : r.rows()) {
            errors.add(row.normaliserError());
            assertEquals(0, row.notPositiveCount());
        }
        assertTrue(errors.get(0) > errors.get(3));
    }
}
