package org.tripartite.lesson.check;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tripartite.engine.run.RunMonitor;
import org.tripartite.engine.synapse.SynapseParams;
import org.tripartite.engine.synapse.TripartiteSynapse;

/**
 * {@code synapse.weightGrows}: which of the combinations pre only, post only, both and none make
 * the synaptic weight grow, each simulated for one second from rest with the default synapse.
 */
final class WeightGrowth implements Measure {

    static final List<String> COMBINATIONS = List.of("pre", "post", "both", "none");
    private static final double DURATION_MS = 1000;
    private static final double STEP_MS = 1;
    /** A weight above this after one second counts as grown (one co-active second adds about 20 a.u.). */
    private static final double GROWTH_THRESHOLD = 1e-6;

    @Override
    public Expected evaluate(Map<String, String> parameters, RunMonitor monitor) {
        Set<String> growing = new HashSet<>();
        for (String combination : COMBINATIONS) {
            monitor.checkCancelled();
            boolean pre = combination.equals("pre") || combination.equals("both");
            boolean post = combination.equals("post") || combination.equals("both");
            TripartiteSynapse synapse = new TripartiteSynapse(SynapseParams.defaults());
            for (double t = 0; t < DURATION_MS; t += STEP_MS) {
                synapse.advance(STEP_MS, pre, post);
            }
            if (synapse.weight() > GROWTH_THRESHOLD) {
                growing.add(combination);
            }
        }
        return new Expected.Choices(growing, COMBINATIONS);
    }
}
