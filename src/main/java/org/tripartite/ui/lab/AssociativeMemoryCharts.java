package org.tripartite.ui.lab;

import java.util.ArrayList;
import java.util.List;
import org.tripartite.engine.memory.AssociativeMemoryResult;

/**
 * Recall in the neuron–astrocyte associative memory: the energy and the distance to the target
 * over time, the overlaps with every stored pattern, and the target, cue and final state.
 */
final class AssociativeMemoryCharts {

    private AssociativeMemoryCharts() {
    }

    static List<LabChart> charts(AssociativeMemoryResult result, ChartTexts t) {
        double[] time = result.frameTime();
        LabChart energy = new XyChart("memory-energy", t.text("lab.memory.energy"), t.text("lab.memory.energy"),
                t.text("lab.memory.axis.time"), t.text("lab.memory.axis.energy"), false, false, List.of(),
                List.of(new Series(t.text("lab.memory.energySeries"), Series.Style.LINE, time, result.energy())));
        LabChart distance = new XyChart("memory-distance", t.text("lab.memory.distance"), t.text("lab.memory.distance"),
                t.text("lab.memory.axis.time"), t.text("lab.memory.axis.bits"), false, false, List.of(), List.of(
                        new Series(t.text("lab.memory.distanceSeries"), Series.Style.LINE, time, toDoubles(result.distance())),
                        new Series(t.text("lab.memory.distanceUpToSign"), Series.Style.DASHED, time,
                                toDoubles(result.distanceUpToSign()))));
        int patterns = result.patterns().length;
        List<Series> overlapSeries = new ArrayList<>();
        for (int mu = 0; mu < patterns; mu++) {
            double[] overlap = new double[time.length];
            for (int f = 0; f < time.length; f++) {
                overlap[f] = result.overlaps()[f][mu];
            }
            overlapSeries.add(new Series(t.text("lab.memory.pattern", mu + 1), Series.Style.LINE, time, overlap));
        }
        LabChart overlaps = new XyChart("memory-overlaps", t.text("lab.memory.overlaps"), t.text("lab.memory.overlaps"),
                t.text("lab.memory.axis.time"), t.text("lab.memory.axis.overlap"), false, false, List.of(), overlapSeries);
        return List.of(energy, distance, overlaps, states(result, t));
    }

    private static LabChart states(AssociativeMemoryResult result, ChartTexts t) {
        int n = result.neurons();
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            columns.add(Integer.toString(i + 1));
        }
        double[][] rows = {
            toDoubles(result.patterns()[result.target()]), toDoubles(result.cue()), toDoubles(result.finalState())
        };
        return new HeatmapChart("memory-states", t.text("lab.memory.states"), t.text("lab.memory.states"),
                t.text("lab.memory.axis.neuron"), "", columns,
                List.of(t.text("lab.memory.target"), t.text("lab.memory.cue"), t.text("lab.memory.final")), rows);
    }

    private static double[] toDoubles(int[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }
}
