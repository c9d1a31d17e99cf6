package org.tripartite.ui.lab;

import java.util.List;
import java.util.Map;

/**
 * The charts the lab draws for each experiment, by experiment id. Adding the charts of an
 * experiment, or a second way to draw one, is one entry here.
 */
public final class LabCharts {

    private static final Map<String, ResultCharts<?>> BY_EXPERIMENT = Map.ofEntries(
            entry("attention", AttentionCharts::charts),
            entry("kernel", KernelCharts::charts),
            entry("feature-sweep", FeatureSweepCharts::charts),
            entry("synapse", SynapseCharts::charts),
            entry("network", NetworkCharts::charts),
            entry("normaliser-trace", NormaliserTraceCharts::charts),
            entry("knockout", KnockoutCharts::charts),
            entry("recall", RecallCharts::charts),
            entry("associative-memory", AssociativeMemoryCharts::charts),
            entry("capacity", CapacityCharts::charts));

    private LabCharts() {
    }

    private static <R> Map.Entry<String, ResultCharts<?>> entry(String experiment, ResultCharts<R> charts) {
        return Map.entry(experiment, charts);
    }

    /** Returns true when the lab can draw results of {@code experiment}. */
    public static boolean supports(String experiment) {
        return BY_EXPERIMENT.containsKey(experiment);
    }

    /**
     * Returns the charts of {@code result}, which must be the result type of {@code experiment}.
     *
     * @throws IllegalArgumentException when the lab has no charts for the experiment
     */
    @SuppressWarnings("unchecked")
    public static List<LabChart> of(String experiment, Object result, ChartTexts texts) {
        ResultCharts<Object> charts = (ResultCharts<Object>) BY_EXPERIMENT.get(experiment);
        if (charts == null) {
            throw new IllegalArgumentException("The lab has no charts for experiment " + experiment);
        }
        return charts.charts(result, texts);
    }
}
