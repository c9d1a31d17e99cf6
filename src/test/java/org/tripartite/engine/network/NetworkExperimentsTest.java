package org.tripartite.engine.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tripartite.engine.experiment.Experiments;
import org.tripartite.engine.features.FeatureMapKind;
import org.tripartite.engine.param.InvalidParameterException;
import org.tripartite.engine.param.InvalidParameterException.Reason;
import org.tripartite.engine.run.RunMonitor;

class NetworkExperimentsTest {

    private static KnockoutResult knockout(String kind) {
        return new KnockoutExperiment().run(new KnockoutParams(16, 512, 2000, 1.0, kind, 1.0, 3),
                RunMonitor.NONE);
    }

    @Test
    void knockoutGrowthPerDoubling() {
        // Blocked: y = Σ_t v_t φ(q)·φ(k_t)/c₀ grows ×2 per doubling for similar tokens (slope 1)
        // and ×√2 for independent ones (slope 0.5); the astrocyte keeps it bounded.
        KnockoutResult similar = knockout("similar");
        assertEquals(1.0, similar.blockedSlope(), 0.1);
        assertEquals(0.0, similar.astrocyteSlope(), 0.1);
        KnockoutResult random = knockout("random");
        assertEquals(0.5, random.blockedSlope(), 0.15);
        for (KnockoutResult.Row row : random.rows()) {
            assertTrue(row.astrocyteNorm() < 3 * row.softmaxNorm() + 1e-9,
                    "bounded at n = " + row.tokens());
        }
        KnockoutResult.Row last = similar.rows().get(similar.rows().size() - 1);
        assertTrue(last.blockedError() > 10 * last.astrocyteError());
    }

    @Test
    void recallFallsWithPairsAndAge() {
        RecallResult r = new RecallExperiment().run(new RecallParams(16, 4.0, List.of(2, 64),
                List.of(64, 4096), 4, 2.0, 150, 5), RunMonitor.NONE);
        assertTrue(r.accuracy()[1][0] > r.accuracy()[1][1], "more pairs, more interference");
        assertTrue(r.accuracy()[1][1] > r.accuracy()[0][1], "more neurons, less interference");
        assertEquals(64, r.ageAccuracy().length);
        double oldest = 0;
        double newest = 0;
        for (int i = 0; i < 16; i++) {
            oldest += r.ageAccuracy()[i] / 16;
            newest += r.ageAccuracy()[63 - i] / 16;
        }
        assertTrue(newest > oldest + 0.3, "recency: " + newest + " vs " + oldest);
        assertEquals(64 * 0.15, r.ageS()[0], 1e-12);
        assertEquals(63, r.pairsWrittenAfter()[0]);
    }

    @Test
    void recallWithoutLeakHasNoAgeEffect() {
        RecallResult r = new RecallExperiment().run(new RecallParams(16, 4.0, List.of(8),
                List.of(20_000), 2, Double.POSITIVE_INFINITY, 150, 5), RunMonitor.NONE);
        // At m = 20 000 the network is close to softmax attention, which recalls 8 pairs.
        for (double a : r.ageAccuracy()) {
            assertEquals(r.softmaxAccuracy()[0], a, 0.51);
        }
        assertEquals(r.softmaxAccuracy()[0], r.accuracy()[0][0], 0.13);
    }

    @Test
    void networkExperimentSettlesToAlgebraic() {
        NetworkResult r = (NetworkResult) Experiments.byId("network").orElseThrow()
                .runWith(Map.of("readS", "10", "queries", "1,3"), RunMonitor.NONE);
        assertEquals(2, r.dynamicalC().length);
        for (int k = 0; k < 2; k++) {
            assertEquals(r.algebraicC()[k], r.dynamicalC()[k], 1e-3 * r.algebraicC()[k]);
        }
        assertTrue(r.recording().frames() == 2001);
    }

    @Test
    void networkValidationMessages() {
        NetworkTiming shortGap = new NetworkTiming(10, 50, 50, 5000, 1, 1,
                Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
        InvalidParameterException gap = assertThrows(InvalidParameterException.class,
                () -> new NetworkParams("a b c", 8, 64, FeatureMapKind.POSITIVE, 4, List.of(1),
                        shortGap, false, 100, 1));
        assertEquals("gapMs", gap.parameter());
        assertEquals(100.0, gap.min());
        assertEquals("Invalid value \"50\" for gapMs: expected a finite number from 100 to 5000"
                + " ms.", gap.getMessage());

        InvalidParameterException query = assertThrows(InvalidParameterException.class,
                () -> new NetworkParams("a b c", 8, 64, FeatureMapKind.POSITIVE, 4, List.of(4),
                        NetworkTiming.defaults(), false, 100, 1));
        assertEquals(Reason.OUT_OF_RANGE, query.reason());
        assertEquals(3.0, query.max());

        InvalidParameterException read = assertThrows(InvalidParameterException.class,
                () -> Experiments.byId("network").orElseThrow()
                        .parseStrict(Map.of("readS", "2", "tauAstrocyteS", "1")));
        assertEquals("readS", read.parameter());
        assertEquals(5.0, read.min());
    }
}
