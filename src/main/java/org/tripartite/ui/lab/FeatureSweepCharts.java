package org.tripartite.ui.lab;

import java.util.List;
import org.tripartite.engine.features.FeatureSweepResult;

/** Normaliser and output errors against the number m of hidden neurons, with a 1/√m guide. */
final class FeatureSweepCharts {

    private FeatureSweepCharts() {
    }

    static List<LabChart> charts(FeatureSweepResult result, ChartTexts t) {
        int count = result.rows().size();
        double[] m = new double[count];
        double[] normaliser = new double[count];
        double[] output = new double[count];
        double[] guide = new double[count];
        for (int i = 0; i < count; i++) {
            FeatureSweepResult.Row row = result.rows().get(i);
            m[i] = row.m();
            normaliser[i] = row.normaliserError();
            output[i] = row.outputError();
        }
        // The guide c/√m passes through the first measured point.
        double scale = normaliser[0] * Math.sqrt(m[0]);
        for (int i = 0; i < count; i++) {
            guide[i] = scale / Math.sqrt(m[i]);
        }
        return List.of(new XyChart("feature-sweep", t.text("lab.sweep.errors"),
                t.text("sweep.aria", t.number(result.normaliserSlope())), t.text("sweep.axis.m"),
                t.text("sweep.axis.error"), true, true, List.of(), List.of(
                        new Series(t.text("lab.sweep.normaliser"), Series.Style.LINE, m, normaliser),
                        new Series(t.text("sweep.series.output"), Series.Style.LINE, m, output),
                        new Series(t.text("sweep.series.guide"), Series.Style.DASHED, m, guide))));
    }
}
