package org.tripartite.ui.lab;

import java.util.ArrayList;
import java.util.List;
import org.tripartite.engine.attention.AttentionExperimentResult;

/** Softmax attention: the whole weight matrix, and the normaliser Z of every query. */
final class AttentionCharts {

    private AttentionCharts() {
    }

    static List<LabChart> charts(AttentionExperimentResult result, ChartTexts t) {
        List<String> labels = numbered(result.tokens());
        int count = labels.size();
        LabChart weights = new HeatmapChart("attention-weights", t.text("lab.attention.weights"),
                t.text("attention.matrix.aria", count), t.text("attention.axis.key"), t.text("attention.axis.query"),
                labels, labels, result.weights());
        LabChart normaliser = new XyChart("softmax-normaliser", t.text("lab.attention.normaliser"),
                t.text("attention.normaliser.aria", count), t.text("attention.axis.query"), t.text("attention.axis.z"),
                false, true, labels, List.of(new Series("Z", Series.Style.BARS, Series.indices(count), result.z())));
        return List.of(weights, normaliser);
    }

    /** Prefixes each token with its position, so that repeated words stay distinct columns. */
    static List<String> numbered(List<String> tokens) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            labels.add((i + 1) + " " + tokens.get(i));
        }
        return labels;
    }
}
