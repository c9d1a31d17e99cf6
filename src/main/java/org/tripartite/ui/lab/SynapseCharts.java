package org.tripartite.ui.lab;

import java.util.List;
import org.tripartite.engine.synapse.SynapseTrace;

/** One tripartite synapse in time: the two firing rates, then weight and calcium. */
final class SynapseCharts {

    private SynapseCharts() {
    }

    static List<LabChart> charts(SynapseTrace trace, ChartTexts t) {
        double[] seconds = new double[trace.frames()];
        for (int i = 0; i < seconds.length; i++) {
            seconds[i] = trace.timeMs()[i] / 1000;
        }
        LabChart rates = new XyChart("synapse-rates", t.text("lab.synapse.rates"), t.text("synapse.fast.aria"),
                t.text("synapse.axis.timeS"), t.text("synapse.axis.rate"), false, false, List.of(), List.of(
                        new Series(t.text("synapse.series.pre"), Series.Style.LINE, seconds, trace.preRate()),
                        new Series(t.text("synapse.series.post"), Series.Style.LINE, seconds, trace.postRate())));
        LabChart slow = new XyChart("synapse-weight-calcium", t.text("lab.synapse.slow"), t.text("synapse.slow.aria"),
                t.text("synapse.axis.timeS"), t.text("lab.axis.value"), false, false, List.of(), List.of(
                        new Series(t.text("synapse.series.weight"), Series.Style.LINE, seconds, trace.weight()),
                        new Series(t.text("synapse.series.process"), Series.Style.LINE, seconds, trace.process()),
                        new Series(t.text("synapse.series.astrocyte"), Series.Style.LINE, seconds, trace.calcium())));
        return List.of(rates, slow);
    }
}
