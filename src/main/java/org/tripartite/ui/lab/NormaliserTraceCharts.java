package org.tripartite.ui.lab;

import java.util.ArrayList;
import java.util.List;
import org.tripartite.engine.features.NormaliserTraceResult;

/** The astrocyte calcium C(q_t) at two numbers of neurons against the exact normaliser Z(q_t). */
final class NormaliserTraceCharts {

    private NormaliserTraceCharts() {
    }

    static List<LabChart> charts(NormaliserTraceResult result, ChartTexts t) {
        int count = result.z().length;
        double[] position = new double[count];
        for (int i = 0; i < count; i++) {
            position[i] = i + 1;
        }
        List<Series> series = new ArrayList<>();
        series.add(new Series(t.text("lab.trace.z"), Series.Style.LINE, position, result.z()));
        for (NormaliserTraceResult.Trace trace : result.traces()) {
            series.add(new Series(t.text("lab.trace.c", t.number(trace.m())), Series.Style.LINE, position, trace.c()));
        }
        return List.of(new XyChart("normaliser-trace", t.text("lab.trace.title"), t.text("lab.trace.title"),
                t.text("lab.trace.axis.token"), t.text("lab.trace.axis.value"), false, false, List.of(), series));
    }
}
