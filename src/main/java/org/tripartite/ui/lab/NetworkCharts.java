package org.tripartite.ui.lab;

import java.util.ArrayList;
import java.util.List;
import org.tripartite.engine.network.NetworkResult;
import org.tripartite.engine.network.Recording;

/**
 * The dynamical network's timeline (astrocyte and process calcium, output rates) and, for the
 * first query, its read-out beside the algebraic network and softmax attention.
 */
final class NetworkCharts {

    /** Output units drawn in the timeline; the table of the read-out has them all. */
    static final int MAX_OUTPUT_TRACES = 4;

    private NetworkCharts() {
    }

    static List<LabChart> charts(NetworkResult result, ChartTexts t) {
        Recording recording = result.recording();
        double[] seconds = new double[recording.frames()];
        for (int i = 0; i < seconds.length; i++) {
            seconds[i] = recording.timeMs()[i] / 1000;
        }
        List<Series> calcium = new ArrayList<>();
        calcium.add(new Series(t.text("synapse.series.astrocyte"), Series.Style.LINE, seconds, recording.calcium()));
        for (int p = 0; p < recording.processUnits().length; p++) {
            calcium.add(new Series(t.text("lab.network.process", recording.processUnits()[p] + 1), Series.Style.LINE,
                    seconds, recording.processes()[p]));
        }
        List<Series> outputs = new ArrayList<>();
        for (int i = 0; i < Math.min(MAX_OUTPUT_TRACES, recording.outputs().length); i++) {
            outputs.add(new Series(t.text("lab.network.output", i + 1), Series.Style.LINE, seconds, recording.outputs()[i]));
        }
        LabChart calciumChart = new XyChart("network-calcium", t.text("lab.network.calcium"),
                t.text("lab.network.calcium"), t.text("synapse.axis.timeS"), t.text("synapse.axis.calcium"),
                false, false, List.of(), calcium);
        LabChart outputChart = new XyChart("network-outputs", t.text("lab.network.outputs"),
                t.text("lab.network.outputs"), t.text("synapse.axis.timeS"), t.text("synapse.axis.rate"),
                false, false, List.of(), outputs);
        return List.of(calciumChart, outputChart, readout(result, t));
    }

    private static LabChart readout(NetworkResult result, ChartTexts t) {
        int units = result.softmaxY()[0].length;
        List<String> categories = new ArrayList<>();
        for (int i = 0; i < units; i++) {
            categories.add("y" + (i + 1));
        }
        double[] x = Series.indices(units);
        String query = result.tokens().get(result.queries()[0]);
        return new XyChart("network-readout", t.text("lab.network.readout", result.queries()[0] + 1, query),
                t.text("lab.network.readout", result.queries()[0] + 1, query), t.text("lab.network.unit"),
                t.text("lab.axis.value"), false, false, categories, List.of(
                        new Series(t.text("lab.network.dynamical"), Series.Style.BARS, x, result.dynamicalY()[0]),
                        new Series(t.text("lab.network.algebraic"), Series.Style.BARS, x, result.algebraicY()[0]),
                        new Series(t.text("lab.network.softmax"), Series.Style.BARS, x, result.softmaxY()[0])));
    }
}
