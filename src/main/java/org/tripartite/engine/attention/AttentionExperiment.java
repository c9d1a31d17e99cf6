package org.tripartite.engine.attention;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tripartite.engine.experiment.Experiment;
import org.tripartite.engine.param.ParameterSpec;
import org.tripartite.engine.param.ParameterValues;
import org.tripartite.engine.run.RunMonitor;
import org.tripartite.engine.tokens.Sequences;
import org.tripartite.engine.tokens.TokenSequence;

/**
 * Experiment {@code attention}: exact softmax attention among the words of a text (weights,
 * normalisers, outputs). Cost: O(T² d) with T ≤ 64 and d ≤ 128, well under a second.
 */
public final class AttentionExperiment
        implements Experiment<AttentionParams, AttentionExperimentResult> {

    @Override
    public String id() {
        return "attention";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return AttentionParams.SPECS;
    }

    @Override
    public AttentionParams parameters(ParameterValues v) {
        return new AttentionParams(v.getString("text"), v.getInt("d"), v.getDouble("qkNorm2"),
                v.getBoolean("sharedProjection"), v.getLong("seed"));
    }

    @Override
    public ParameterValues values(AttentionParams p) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("text", p.text());
        map.put("d", p.d());
        map.put("qkNorm2", p.qkNorm2());
        map.put("sharedProjection", p.sharedProjection());
        map.put("seed", p.seed());
        return ParameterValues.of(parameters(), map);
    }

    @Override
    public AttentionExperimentResult run(AttentionParams p, RunMonitor monitor) {
        monitor.checkCancelled();
        TokenSequence s = Sequences.fromText(p.text(), p.d(), p.d(), p.qkNorm2(),
                p.sharedProjection(), p.seed());
        AttentionResult r = SoftmaxAttention.compute(s);
        monitor.progress(1.0);
        return new AttentionExperimentResult(s.labels(), r.weights(), r.z(), r.logZ(),
                r.zOverflow(), r.outputs());
    }
}
