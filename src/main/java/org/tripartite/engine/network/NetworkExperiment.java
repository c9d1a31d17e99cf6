package org.tripartite.engine.network;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tripartite.engine.attention.AttentionResult;
import org.tripartite.engine.attention.SoftmaxAttention;
import org.tripartite.engine.experiment.Experiment;
import org.tripartite.engine.features.FeatureMap;
import org.tripartite.engine.features.FeatureMapKind;
import org.tripartite.engine.param.ParameterSpec;
import org.tripartite.engine.param.ParameterValues;
import org.tripartite.engine.run.RunMonitor;
import org.tripartite.engine.tokens.Sequences;
import org.tripartite.engine.tokens.TokenSequence;
import org.tripartite.engine.util.SplitMix64;

/**
 * Experiment {@code network}: writes the words of a text into the {@link DynamicalNetwork},
 * reads the chosen words back, and compares the settled read-out with the algebraic network and
 * with exact softmax attention.
 */
public final class NetworkExperiment implements Experiment<NetworkParams, NetworkResult> {

    @Override
    public String id() {
        return "network";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return NetworkParams.SPECS;
    }

    @Override
    public NetworkParams parameters(ParameterValues v) {
        NetworkTiming timing = new NetworkTiming(v.getDouble("tauNeuronMs"),
                v.getDouble("presentationMs"), v.getDouble("gapMs"), v.getDouble("readS") * 1000,
                v.getDouble("tauAstrocyteS"), v.getDouble("c0"), v.getDouble("tauSynapseS"),
                v.getDouble("tauProcessS"));
        return new NetworkParams(v.getString("text"), v.getInt("d"), v.getInt("m"),
                FeatureMapKind.fromId(v.getString("featureMap")), v.getDouble("qkNorm2"),
                v.getIntList("queries"), timing, v.getBoolean("astrocyteBlocked"),
                v.getInt("frames"), v.getLong("seed"));
    }

    @Override
    public ParameterValues values(NetworkParams p) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("text", p.text());
        map.put("d", p.d());
        map.put("m", p.m());
        map.put("featureMap", p.featureMap().id());
        map.put("qkNorm2", p.qkNorm2());
        map.put("queries", p.queries());
        map.put("tauNeuronMs", p.timing().tauNeuronMs());
        map.put("presentationMs", p.timing().presentationMs());
        map.put("gapMs", p.timing().gapMs());
        map.put("readS", p.timing().readMs() / 1000.0);
        map.put("tauAstrocyteS", p.timing().tauAstrocyteS());
        map.put("c0", p.timing().c0());
        map.put("tauSynapseS", p.timing().tauSynapseS());
        map.put("tauProcessS", p.timing().tauProcessS());
        map.put("astrocyteBlocked", p.astrocyteBlocked());
        map.put("frames", p.frames());
        map.put("seed", p.seed());
        return ParameterValues.of(parameters(), map);
    }

    @Override
    public NetworkResult run(NetworkParams p, RunMonitor monitor) {
        TokenSequence s = Sequences.fromText(p.text(), p.d(), p.d(), p.qkNorm2(), true,
                SplitMix64.mix(p.seed(), 0));
        FeatureMap map = new FeatureMap(p.featureMap(), p.d(), p.m(), SplitMix64.mix(p.seed(), 1));
        int[] queries = new int[p.queries().size()];
        for (int i = 0; i < queries.length; i++) {
            queries[i] = p.queries().get(i) - 1;
        }
        DynamicalNetwork dynamical = new DynamicalNetwork(map, p.d(), p.timing(),
                p.astrocyteBlocked());
        DynamicalRun run = dynamical.run(s, queries,
                RecordingSpec.defaults(map.features(), p.frames()), monitor.slice(0, 0.9));

        // The algebraic network with the same leaks, read when each query's read ends.
        AlgebraicNetwork algebraic = new AlgebraicNetwork(map, p.d(), p.timing().tauSynapseS(),
                p.timing().tauProcessS());
        algebraic.writeSequence(s.keys(), s.values(), p.timing().slotMs());
        AttentionResult exact = SoftmaxAttention.compute(s);
        double[] algebraicC = new double[queries.length];
        double[][] algebraicY = new double[queries.length][];
        double[][] softmaxY = new double[queries.length][];
        double[] logZ = new double[queries.length];
        for (int k = 0; k < queries.length; k++) {
            algebraic.elapse(p.timing().readMs() / 1000.0);
            Readout r = algebraic.read(s.queries()[queries[k]], p.astrocyteBlocked(),
                    p.timing().c0());
            algebraicC[k] = r.calcium();
            algebraicY[k] = r.output();
            softmaxY[k] = exact.outputs()[queries[k]];
            logZ[k] = exact.logZ()[queries[k]];
        }
        monitor.progress(1.0);
        return new NetworkResult(s.labels(), queries, run.recording(), run.finalCalcium(),
                run.finalOutputs(), algebraicC, algebraicY, softmaxY, logZ);
    }
}
