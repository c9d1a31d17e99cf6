package org.tripartite.engine.features;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tripartite.engine.attention.AttentionResult;
import org.tripartite.engine.attention.SoftmaxAttention;
import org.tripartite.engine.experiment.Experiment;
import org.tripartite.engine.param.ParameterSpec;
import org.tripartite.engine.param.ParameterValues;
import org.tripartite.engine.run.RunMonitor;
import org.tripartite.engine.tokens.Sequences;
import org.tripartite.engine.tokens.TokenSequence;
import org.tripartite.engine.util.SplitMix64;

/**
 * Experiment {@code normaliser-trace}: a qualitative reproduction of the published figure that
 * plots the astrocyte calcium C(q_t) over the softmax normaliser Z(q_t) for every query. On the
 * default vocabulary sequence Z varies with repeated words; at m = 100 000 the curves coincide,
 * at m = 1 000 the calcium misses or invents peaks. Each m has its own draw of W.
 */
public final class NormaliserTraceExperiment
        implements Experiment<NormaliserTraceParams, NormaliserTraceResult> {

    @Override
    public String id() {
        return "normaliser-trace";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return NormaliserTraceParams.SPECS;
    }

    @Override
    public NormaliserTraceParams parameters(ParameterValues v) {
        return new NormaliserTraceParams(v.getString("source"), v.getInt("tokens"),
                v.getInt("vocabSize"), v.getInt("d"), v.getString("text"), v.getDouble("qkNorm2"),
                v.getInt("mLow"), v.getInt("mHigh"),
                FeatureMapKind.fromId(v.getString("featureMap")), v.getLong("seed"));
    }

    @Override
    public ParameterValues values(NormaliserTraceParams p) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("source", p.source());
        map.put("tokens", p.tokens());
        map.put("vocabSize", p.vocabSize());
        map.put("d", p.d());
        map.put("text", p.text());
        map.put("qkNorm2", p.qkNorm2());
        map.put("mLow", p.mLow());
        map.put("mHigh", p.mHigh());
        map.put("featureMap", p.featureMap().id());
        map.put("seed", p.seed());
        return ParameterValues.of(parameters(), map);
    }

    /** Builds the sequence of the parameters; values are omitted (d_v = 0), only normalisers matter. */
    public static TokenSequence sequence(NormaliserTraceParams p) {
        long seed = SplitMix64.mix(p.seed(), 0);
        if (p.source().equals("text")) {
            return Sequences.fromText(p.text(), p.d(), 0, p.qkNorm2(), true, seed);
        }
        return Sequences.vocabulary(p.tokens(), p.vocabSize(), p.d(), 0, seed);
    }

    @Override
    public NormaliserTraceResult run(NormaliserTraceParams p, RunMonitor monitor) {
        TokenSequence s = sequence(p);
        AttentionResult exact = SoftmaxAttention.compute(s);
        double split = (double) p.mLow() / ((double) p.mLow() + p.mHigh());
        NormaliserTraceResult.Trace low = trace(s, exact, p, p.mLow(), 1, monitor.slice(0, split));
        NormaliserTraceResult.Trace high = trace(s, exact, p, p.mHigh(), 2,
                monitor.slice(split, 1));
        monitor.progress(1.0);
        return new NormaliserTraceResult(s.labels(), exact.z(), exact.logZ(), exact.zOverflow(),
                FeatureSweepExperiment.maxOverMin(exact.logZ()), List.of(low, high));
    }

    private static NormaliserTraceResult.Trace trace(TokenSequence s, AttentionResult exact,
            NormaliserTraceParams p, int m, int stream, RunMonitor monitor) {
        KernelAttentionResult r = KernelAttention.compute(s, p.featureMap(), m,
                SplitMix64.mix(p.seed(), stream), monitor);
        return new NormaliserTraceResult.Trace(m, r.c(), r.logAbsC(), r.cNotPositive(),
                ErrorMeasures.normaliserError(r, exact.logZ()));
    }
}
