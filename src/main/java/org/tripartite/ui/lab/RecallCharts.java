package org.tripartite.ui.lab;

import java.util.ArrayList;
import java.util.List;
import org.tripartite.engine.network.RecallResult;

/** Recall accuracy against the number of stored pairs for each m, and against the age of a pair. */
final class RecallCharts {

    private RecallCharts() {
    }

    static List<LabChart> charts(RecallResult result, ChartTexts t) {
        double[] pairs = result.pairCounts().stream().mapToDouble(Integer::doubleValue).toArray();
        List<Series> series = new ArrayList<>();
        for (int i = 0; i < result.ms().size(); i++) {
            series.add(new Series(t.text("lab.recall.m", t.number(result.ms().get(i))), Series.Style.LINE, pairs,
                    result.accuracy()[i]));
        }
        series.add(new Series(t.text("lab.network.softmax"), Series.Style.DASHED, pairs, result.softmaxAccuracy()));
        LabChart interference = new XyChart("recall-interference", t.text("lab.recall.interference"),
                t.text("lab.recall.interference"), t.text("lab.recall.axis.pairs"), t.text("lab.recall.axis.accuracy"),
                true, false, List.of(), series);
        LabChart age = new XyChart("recall-age", t.text("lab.recall.age"), t.text("lab.recall.age"),
                t.text("lab.recall.axis.age"), t.text("lab.recall.axis.accuracy"), false, false, List.of(), List.of(
                        new Series(t.text("lab.recall.ageSeries"), Series.Style.LINE, result.ageS(), result.ageAccuracy())));
        return List.of(interference, age);
    }
}
