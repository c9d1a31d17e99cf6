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
 * Experiment {@code recall}: key → value memory in the {@link AlgebraicNetwork}. Keys are
 * Gaussian (entries N(0, qkNorm2/d)) and serve as their own queries (shared projection); values
 * are N(0, 1). Interference: recall falls with more pairs and fewer hidden neurons. Age: with
 * leaks, the pairs are written one slot apart and read right after the last one; an old pair
 * weighs exp(−age/τ), so recent pairs dominate and old ones are forgotten.
 *
 * <p>NOTE: pairs are random vectors only; word pairs from text are not offered.
 */
public final class RecallExperiment implements Experiment<RecallParams, RecallResult> {

    @Override
    public String id() {
        return "recall";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return RecallParams.SPECS;
    }

    @Override
    public RecallParams parameters(ParameterValues v) {
        return new RecallParams(v.getInt("d"), v.getDouble("qkNorm2"), v.getIntList("pairCounts"),
                v.getIntList("ms"), v.getInt("repeats"), v.getDouble("leakS"),
                v.getDouble("slotMs"), v.getLong("seed"));
    }

    @Override
    public ParameterValues values(RecallParams p) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("d", p.d());
        map.put("qkNorm2", p.qkNorm2());
        map.put("pairCounts", p.pairCounts());
        map.put("ms", p.ms());
        map.put("repeats", p.repeats());
        map.put("leakS", p.leakS());
        map.put("slotMs", p.slotMs());
        map.put("seed", p.seed());
        return ParameterValues.of(parameters(), map);
    }

    @Override
    public RecallResult run(RecallParams p, RunMonitor monitor) {
        int counts = p.pairCounts().size();
        int mCount = p.ms().size();
        int maxPairs = p.pairCounts().stream().mapToInt(Integer::intValue).max().orElseThrow();
        int maxM = p.ms().stream().mapToInt(Integer::intValue).max().orElseThrow();
        double[][] accuracy = new double[mCount][counts];
        double[] softmaxAccuracy = new double[counts];
        double[] ageAccuracy = new double[maxPairs];

        for (int repeat = 0; repeat < p.repeats(); repeat++) {
            monitor.checkCancelled();
            long seed = SplitMix64.mix(p.seed(), repeat);
            TokenSequence all = Sequences.gaussian(maxPairs, p.d(), p.d(), p.qkNorm2(),
                    SplitMix64.mix(seed, 0));
            TokenSequence pairs = new TokenSequence(all.labels(), all.keys(), all.keys(),
                    all.values());
            for (int c = 0; c < counts; c++) {
                int n = p.pairCounts().get(c);
                AttentionResult exact = SoftmaxAttention.compute(pairs.prefix(n));
                int recalled = 0;
                for (int q = 0; q < n; q++) {
                    recalled += isRecalled(exact.outputs()[q], pairs.values(), n, q) ? 1 : 0;
                }
                softmaxAccuracy[c] += (double) recalled / n / p.repeats();
            }
            for (int mi = 0; mi < mCount; mi++) {
                FeatureMap map = new FeatureMap(FeatureMapKind.POSITIVE, p.d(), p.ms().get(mi),
                        SplitMix64.mix(seed, 1 + mi));
                for (int c = 0; c < counts; c++) {
                    int n = p.pairCounts().get(c);
                    AlgebraicNetwork network = new AlgebraicNetwork(map, p.d());
                    for (int t = 0; t < n; t++) {
                        network.write(pairs.keys()[t], pairs.values()[t]);
                    }
                    int recalled = 0;
                    for (int q = 0; q < n; q++) {
                        Readout r = network.read(pairs.keys()[q]);
                        recalled += r.valid() && isRecalled(r.output(), pairs.values(), n, q) ? 1 : 0;
                    }
                    accuracy[mi][c] += (double) recalled / n / p.repeats();
                }
                monitor.progress((repeat + (mi + 1.0) / (mCount + 1)) / p.repeats());
            }

            // Age test: largest count and m, with the leak on synapses and processes.
            FeatureMap map = new FeatureMap(FeatureMapKind.POSITIVE, p.d(), maxM,
                    SplitMix64.mix(seed, 1 + mCount));
            AlgebraicNetwork leaky = new AlgebraicNetwork(map, p.d(), p.leakS(), p.leakS());
            leaky.writeSequence(pairs.keys(), pairs.values(), p.slotMs());
            for (int q = 0; q < maxPairs; q++) {
                Readout r = leaky.read(pairs.keys()[q]);
                if (r.valid() && isRecalled(r.output(), pairs.values(), maxPairs, q)) {
                    ageAccuracy[q] += 1.0 / p.repeats();
                }
            }
            monitor.progress((repeat + 1.0) / p.repeats());
        }

        double[] ageS = new double[maxPairs];
        int[] after = new int[maxPairs];
        for (int q = 0; q < maxPairs; q++) {
            ageS[q] = (maxPairs - q) * p.slotMs() / 1000.0;
            after[q] = maxPairs - 1 - q;
        }
        return new RecallResult(p.pairCounts(), p.ms(), accuracy, softmaxAccuracy, ageS, after,
                ageAccuracy);
    }

    /** Returns true when the stored value nearest to {@code output} by cosine is value {@code own}. */
    static boolean isRecalled(double[] output, double[][] values, int stored, int own) {
        int best = -1;
        double bestCosine = Double.NEGATIVE_INFINITY;
        double outputNorm = Math.sqrt(dot(output, output));
        if (outputNorm == 0) {
            return false;
        }
        for (int t = 0; t < stored; t++) {
            double cosine = dot(output, values[t]) / (outputNorm * Math.sqrt(dot(values[t], values[t])));
            if (cosine > bestCosine) {
                bestCosine = cosine;
                best = t;
            }
        }
        return best == own;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
