package org.tripartite.engine.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tripartite.engine.experiment.Experiments;
import org.tripartite.engine.param.InvalidParameterException;
import org.tripartite.engine.param.InvalidParameterException.Reason;
import org.tripartite.engine.run.RunCancelledException;
import org.tripartite.engine.run.RunMonitor;

class NormaliserTraceTest {

    @Test
    void defaultTraceMatchesPublishedErrors() {
        // Independent code measured, on this kind of sequence (196 tokens, vocabulary 40,
        // d = 64, q = k): Z max/min about 1.7, error about 0.16 at m = 1 000 and 0.04 at
        // m = 100 000. Tolerances allow for a different sequence draw.
        NormaliserTraceResult r = (NormaliserTraceResult) Experiments.byId("normaliser-trace")
                .orElseThrow().runWith(Map.of(), RunMonitor.NONE);
        assertEquals(196, r.labels().size());
        assertEquals(1.7, r.zMaxOverMin(), 0.4);
        assertEquals(1000, r.traces().get(0).m());
        assertEquals(0.16, r.traces().get(0).normaliserError(), 0.06);
        assertEquals(100_000, r.traces().get(1).m());
        assertEquals(0.04, r.traces().get(1).normaliserError(), 0.02);
    }

    @Test
    void textSourceAndValidation() {
        NormaliserTraceResult r = (NormaliserTraceResult) Experiments.byId("normaliser-trace")
                .orElseThrow().runWith(Map.of("source", "text", "mHigh", "5000"), RunMonitor.NONE);
        assertEquals(11, r.labels().size());
        InvalidParameterException empty = assertThrows(InvalidParameterException.class,
                () -> Experiments.byId("normaliser-trace").orElseThrow()
                        .parseStrict(Map.of("source", "text", "text", "!!")));
        assertEquals(Reason.EMPTY, empty.reason());
    }

    @Test
    void cancelledRunThrows() {
        RunMonitor cancelled = new RunMonitor() {
            @Override
            public void progress(double fractionDone) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(RunCancelledException.class, () -> Experiments.byId("normaliser-trace")
                .orElseThrow().runWith(Map.of(), cancelled));
    }
}
