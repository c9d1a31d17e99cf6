package org.tripartite.engine.features;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tripartite.engine.experiment.Experiment;
import org.tripartite.engine.param.ParameterSpec;
import org.tripartite.engine.param.ParameterValues;
import org.tripartite.engine.run.RunMonitor;
import org.tripartite.engine.tokens.Sequences;
import org.tripartite.engine.tokens.TokenSequence;
import org.tripartite.engine.util.SplitMix64;

/**
 * Experiment {@code kernel}: for a Gaussian sequence (entries of q and k N(0, qkNorm2/d)), the
 * estimated kernel φ(q)·φ(k) against exp(q·k) for every pair, the kernel error, and the
 * relative standard deviation that theory predicts for positive features.
 */
public final class KernelExperiment implements Experiment<KernelParams, KernelResult> {

    @Override
    public String id() {
        return "kernel";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return KernelParams.SPECS;
    }

    @Override
    public KernelParams parameters(ParameterValues v) {
        return new KernelParams(v.getInt("d"), v.getInt("tokens"), v.getDouble("qkNorm2"),
                v.getInt("m"), FeatureMapKind.fromId(v.getString("featureMap")), v.getLong("seed"));
    }

    @Override
    public ParameterValues values(KernelParams p) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("d", p.d());
        map.put("tokens", p.tokens());
        map.put("qkNorm2", p.qkNorm2());
        map.put("m", p.m());
        map.put("featureMap", p.featureMap().id());
        map.put("seed", p.seed());
        return ParameterValues.of(parameters(), map);
    }

    @Override
    public KernelResult run(KernelParams p, RunMonitor monitor) {
        TokenSequence s = Sequences.gaussian(p.tokens(), p.d(), 0, p.qkNorm2(),
                SplitMix64.mix(p.seed(), 0));
        KernelPairs pairs = KernelEstimate.pairs(s, p.featureMap(), p.m(),
                SplitMix64.mix(p.seed(), 1), monitor, 0);
        int features = p.featureMap().effectiveFeatures(p.m(), p.d());
        double predicted = 0;
        if (p.featureMap() == FeatureMapKind.POSITIVE) {
            predicted = predictedRelativeStd(s, features);
        }
        return new KernelResult(pairs, features, predicted);
    }

    /** Returns the RMS over pairs of √((exp(‖q+k‖²) − 1)/m), capped at Double.MAX_VALUE. */
    static double predictedRelativeStd(TokenSequence s, int m) {
        double sum = 0;
        int t = s.length();
        for (double[] q : s.queries()) {
            for (double[] k : s.keys()) {
                double norm2 = 0;
                for (int i = 0; i < q.length; i++) {
                    double x = q[i] + k[i];
                    norm2 += x * x;
                }
                sum += Math.expm1(norm2) / m;
            }
        }
        double rms = Math.sqrt(sum / ((double) t * t));
        return Double.isFinite(rms) ? rms : Double.MAX_VALUE;
    }
}
