package org.tripartite.engine.features;

import java.util.ArrayList;
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
 * Experiment {@code feature-sweep}: for each m and each repeat, an independent W (seed derived
 * from the run seed, the index of m and the repeat), the normaliser error ‖C − Z‖/‖Z‖ and the
 * output error ‖Ŷ − Y‖_F/‖Y‖_F over all queries of one Gaussian sequence, then the fitted
 * log-log slopes.
 */
public final class FeatureSweepExperiment
        implements Experiment<FeatureSweepParams, FeatureSweepResult> {

    @Override
    public String id() {
        return "feature-sweep";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return FeatureSweepParams.SPECS;
    }

    @Override
    public FeatureSweepParams parameters(ParameterValues v) {
        return new FeatureSweepParams(v.getInt("d"), v.getInt("tokens"), v.getDouble("qkNorm2"),
                v.getIntList("ms"), v.getInt("repeats"),
                FeatureMapKind.fromId(v.getString("featureMap")), v.getLong("seed"));
    }

    @Override
    public ParameterValues values(FeatureSweepParams p) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("d", p.d());
        map.put("tokens", p.tokens());
        map.put("qkNorm2", p.qkNorm2());
        map.put("ms", p.ms());
        map.put("repeats", p.repeats());
        map.put("featureMap", p.featureMap().id());
        map.put("seed", p.seed());
        return ParameterValues.of(parameters(), map);
    }

    @Override
    public FeatureSweepResult run(FeatureSweepParams p, RunMonitor monitor) {
        TokenSequence s = Sequences.gaussian(p.tokens(), p.d(), FeatureSweepParams.VALUE_DIMENSION,
                p.qkNorm2(), SplitMix64.mix(p.seed(), 0));
        AttentionResult exact = SoftmaxAttention.compute(s);

        double totalWork = 0;
        for (int m : p.ms()) {
            totalWork += (double) m * p.repeats();
        }
        double workDone = 0;
        List<FeatureSweepResult.Row> rows = new ArrayList<>();
        for (int index = 0; index < p.ms().size(); index++) {
            int m = p.ms().get(index);
            double[] normaliserErrors = new double[p.repeats()];
            double[] outputErrors = new double[p.repeats()];
            int notPositive = 0;
            for (int repeat = 0; repeat < p.repeats(); repeat++) {
                long seed = SplitMix64.mix(SplitMix64.mix(p.seed(), 1000 + index), repeat);
                RunMonitor slice = monitor.slice(workDone / totalWork, (workDone + m) / totalWork);
                KernelAttentionResult r = KernelAttention.compute(s, p.featureMap(), m, seed, slice);
                normaliserErrors[repeat] = ErrorMeasures.normaliserError(r, exact.logZ());
                outputErrors[repeat] = ErrorMeasures.relativeError(r.outputs(), exact.outputs());
                notPositive += r.countNotPositive();
                workDone += m;
            }
            rows.add(new FeatureSweepResult.Row(m, mean(normaliserErrors), std(normaliserErrors),
                    mean(outputErrors), std(outputErrors), notPositive));
        }
        monitor.progress(1.0);
        return new FeatureSweepResult(rows, slope(rows, true), slope(rows, false),
                maxOverMin(exact.logZ()));
    }

    /** Returns the log-log slope over rows with a positive error, 0 if fewer than two distinct m. */
    private static double slope(List<FeatureSweepResult.Row> rows, boolean normaliser) {
        List<double[]> points = new ArrayList<>();
        for (FeatureSweepResult.Row row : rows) {
            double error = normaliser ? row.normaliserError() : row.outputError();
            if (error > 0 && error < Double.MAX_VALUE) {
                points.add(new double[] {row.m(), error});
            }
        }
        double[] x = new double[points.size()];
        double[] y = new double[points.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = points.get(i)[0];
            y[i] = points.get(i)[1];
        }
        return x.length < 2 ? 0.0 : ErrorMeasures.logLogSlope(x, y);
    }

    static double maxOverMin(double[] logValues) {
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (double v : logValues) {
            max = Math.max(max, v);
            min = Math.min(min, v);
        }
        return KernelAttention.expClamped(max - min);
    }

    static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    static double std(double[] values) {
        if (values.length < 2) {
            return 0.0;
        }
        double mean = mean(values);
        double sum = 0;
        for (double v : values) {
            sum += (v - mean) * (v - mean);
        }
        return Math.sqrt(sum / (values.length - 1));
    }
}
