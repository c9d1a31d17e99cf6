package org.tripartite.engine.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tripartite.engine.attention.AttentionResult;
import org.tripartite.engine.attention.SoftmaxAttention;
import org.tripartite.engine.experiment.Experiment;
import org.tripartite.engine.features.ErrorMeasures;
import org.tripartite.engine.features.FeatureMap;
import org.tripartite.engine.features.FeatureMapKind;
import org.tripartite.engine.param.ParameterSpec;
import org.tripartite.engine.param.ParameterValues;
import org.tripartite.engine.run.RunMonitor;
import org.tripartite.engine.tokens.Sequences;
import org.tripartite.engine.tokens.TokenSequence;
import org.tripartite.engine.util.SplitMix64;

/**
 * Experiment {@code knockout}, the in-silico analogue of removing astrocytic IP3-driven calcium:
 * tokens are stored one by one in the {@link AlgebraicNetwork}; at 1, 2, 4, ... stored tokens the
 * first stored keys are read back with the astrocyte (y = Hφ(q)/C) and blocked
 * (y = Hφ(q)/c₀). Blocked outputs grow with the number of tokens; normalised ones stay bounded.
 */
public final class KnockoutExperiment implements Experiment<KnockoutParams, KnockoutResult> {

    /** Relative size of the variations among "similar" tokens and values. */
    static final double SIMILAR_NOISE = 0.1;

    @Override
    public String id() {
        return "knockout";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return KnockoutParams.SPECS;
    }

    @Override
    public KnockoutParams parameters(ParameterValues v) {
        return new KnockoutParams(v.getInt("d"), v.getInt("maxTokens"), v.getInt("m"),
                v.getDouble("qkNorm2"), v.getString("tokenKind"), v.getDouble("c0"),
                v.getLong("seed"));
    }

    @Override
    public ParameterValues values(KnockoutParams p) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("d", p.d());
        map.put("maxTokens", p.maxTokens());
        map.put("m", p.m());
        map.put("qkNorm2", p.qkNorm2());
        map.put("tokenKind", p.tokenKind());
        map.put("c0", p.c0());
        map.put("seed", p.seed());
        return ParameterValues.of(parameters(), map);
    }

    /** Builds the token sequence: shared q = k, "similar" or independent "random" tokens. */
    static TokenSequence tokens(KnockoutParams p) {
        long seed = SplitMix64.mix(p.seed(), 0);
        TokenSequence random = Sequences.gaussian(p.maxTokens(), p.d(), p.d(), p.qkNorm2(), seed);
        if (p.tokenKind().equals("random")) {
            return new TokenSequence(random.labels(), random.keys(), random.keys(),
                    random.values());
        }
        // Similar: one base key and value plus small independent variations.
        double[][] keys = new double[p.maxTokens()][p.d()];
        double[][] values = new double[p.maxTokens()][p.d()];
        for (int t = 0; t < p.maxTokens(); t++) {
            for (int i = 0; i < p.d(); i++) {
                keys[t][i] = random.keys()[0][i] + SIMILAR_NOISE * random.queries()[t][i];
                values[t][i] = random.values()[0][i] + SIMILAR_NOISE * random.values()[t][i];
            }
        }
        return new TokenSequence(random.labels(), keys, keys, values);
    }

    @Override
    public KnockoutResult run(KnockoutParams p, RunMonitor monitor) {
        TokenSequence s = tokens(p);
        FeatureMap map = new FeatureMap(FeatureMapKind.POSITIVE, p.d(), p.m(),
                SplitMix64.mix(p.seed(), 1));
        AlgebraicNetwork network = new AlgebraicNetwork(map, p.d());
        List<KnockoutResult.Row> rows = new ArrayList<>();
        int next = 1;
        for (int n = 1; n <= p.maxTokens(); n++) {
            monitor.checkCancelled();
            network.write(s.keys()[n - 1], s.values()[n - 1]);
            if (n == next || n == p.maxTokens()) {
                rows.add(measure(network, s, n, p.c0()));
                next *= 2;
            }
            monitor.progress((double) n / p.maxTokens());
        }
        double[] x = new double[rows.size()];
        double[] blocked = new double[rows.size()];
        double[] normal = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            x[i] = rows.get(i).tokens();
            blocked[i] = Math.max(rows.get(i).blockedNorm(), Double.MIN_NORMAL);
            normal[i] = Math.max(rows.get(i).astrocyteNorm(), Double.MIN_NORMAL);
        }
        return new KnockoutResult(rows, ErrorMeasures.logLogSlope(x, blocked),
                ErrorMeasures.logLogSlope(x, normal));
    }

    private static KnockoutResult.Row measure(AlgebraicNetwork network, TokenSequence s, int n,
            double c0) {
        int probes = Math.min(n, KnockoutParams.PROBES);
        AttentionResult exact = SoftmaxAttention.compute(s.prefix(n));
        double[][] withAstrocyte = new double[probes][];
        double[][] blocked = new double[probes][];
        double[][] softmax = new double[probes][];
        for (int q = 0; q < probes; q++) {
            withAstrocyte[q] = network.read(s.queries()[q]).output();
            blocked[q] = network.read(s.queries()[q], true, c0).output();
            softmax[q] = exact.outputs()[q];
        }
        return new KnockoutResult.Row(n, rms(withAstrocyte), rms(blocked), rms(softmax),
                ErrorMeasures.relativeError(withAstrocyte, softmax),
                ErrorMeasures.relativeError(blocked, softmax));
    }

    private static double rms(double[][] rows) {
        double sum = 0;
        for (double[] row : rows) {
            for (double v : row) {
                sum += v * v;
            }
        }
        return Math.sqrt(sum / rows.length);
    }
}
