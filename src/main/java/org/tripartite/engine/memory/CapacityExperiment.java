package org.tripartite.engine.memory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tripartite.engine.experiment.Experiment;
import org.tripartite.engine.param.ParameterSpec;
import org.tripartite.engine.param.ParameterValues;
import org.tripartite.engine.run.RunMonitor;

/**
 * The {@code capacity} experiment: capacity of the reduced memory (see {@link CapacitySearch})
 * against N for quartic and pairwise couplings, with the fitted log-log slopes.
 *
 * <p>Progress is reported per evaluated K, with each N weighted by its cost estimate; a cancelled
 * run throws {@link org.tripartite.engine.run.RunCancelledException} and returns nothing.
 */
public final class CapacityExperiment implements Experiment<CapacityParams, CapacityResult> {

    /** Experiment identifier. */
    public static final String ID = "capacity";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return CapacityParams.SPECS;
    }

    @Override
    public CapacityParams parameters(ParameterValues v) {
        return new CapacityParams(v.getString("coupling"), v.getIntList("quarticNeurons"),
                v.getIntList("pairwiseNeurons"), v.getDouble("flipFraction"), v.getInt("trials"), v.getLong("seed"));
    }

    @Override
    public ParameterValues values(CapacityParams p) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("coupling", p.coupling());
        map.put("quarticNeurons", p.quarticNeurons());
        map.put("pairwiseNeurons", p.pairwiseNeurons());
        map.put("flipFraction", p.flipFraction());
        map.put("trials", p.trials());
        map.put("seed", p.seed());
        return ParameterValues.of(CapacityParams.SPECS, map);
    }

    @Override
    public CapacityResult run(CapacityParams params, RunMonitor monitor) {
        double total = 0.0;
        for (CouplingKind kind : params.kinds()) {
            for (int n : params.neurons(kind)) {
                total += CapacityParams.costPerTrial(kind, n);
            }
        }
        monitor.checkCancelled();
        double done = 0.0;
        List<CapacityResult.CapacitySeries> series = new ArrayList<>();
        for (CouplingKind kind : params.kinds()) {
            CapacitySearch search = new CapacitySearch(kind, params.flipFraction(), params.trials(), params.seed());
            List<Integer> neurons = params.neurons(kind);
            List<CapacitySearch.CapacityPoint> points = new ArrayList<>();
            for (int n : neurons) {
                double share = CapacityParams.costPerTrial(kind, n);
                RunMonitor slice = monitor.slice(done / total, (done + share) / total);
                points.add(search.capacity(n, CapacitySearch.searchLimit(kind, n), slice));
                done += share;
                monitor.progress(done / total);
            }
            series.add(toSeries(kind, points));
        }
        monitor.checkCancelled();
        return new CapacityResult(series);
    }

    private static CapacityResult.CapacitySeries toSeries(CouplingKind kind, List<CapacitySearch.CapacityPoint> points) {
        int count = points.size();
        int[] neurons = new int[count];
        int[] capacity = new int[count];
        boolean[] atLimit = new boolean[count];
        double[] reference = new double[count];
        double[] x = new double[count];
        double[] y = new double[count];
        for (int i = 0; i < count; i++) {
            CapacitySearch.CapacityPoint point = points.get(i);
            neurons[i] = point.n();
            capacity[i] = point.capacity();
            atLimit[i] = point.atSearchLimit();
            reference[i] = kind.referenceCapacity(point.n());
            x[i] = point.n();
            y[i] = point.capacity();
        }
        boolean fitted = LogLogFit.canFit(x, y);
        LogLogFit fit = fitted ? LogLogFit.of(x, y) : new LogLogFit(0.0, 0.0, 0);
        return new CapacityResult.CapacitySeries(kind, neurons, capacity, atLimit, reference, fitted,
                fit.slope(), fit.intercept(), points);
    }
}
