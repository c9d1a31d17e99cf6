package org.tripartite.ui.lab;

import java.util.List;
import org.tripartite.engine.network.KnockoutResult;

/** Output size and error as stored tokens grow, with the astrocyte and with its calcium blocked. */
final class KnockoutCharts {

    private KnockoutCharts() {
    }

    static List<LabChart> charts(KnockoutResult result, ChartTexts t) {
        int count = result.rows().size();
        double[] tokens = new double[count];
        double[] astrocyteNorm = new double[count];
        double[] blockedNorm = new double[count];
        double[] softmaxNorm = new double[count];
        double[] astrocyteError = new double[count];
        double[] blockedError = new double[count];
        for (int i = 0; i < count; i++) {
            KnockoutResult.Row row = result.rows().get(i);
            tokens[i] = row.tokens();
            astrocyteNorm[i] = row.astrocyteNorm();
            blockedNorm[i] = row.blockedNorm();
            softmaxNorm[i] = row.softmaxNorm();
            astrocyteError[i] = row.astrocyteError();
            blockedError[i] = row.blockedError();
        }
        LabChart norms = new XyChart("knockout-norms", t.text("lab.knockout.norms"),
                t.text("lab.knockout.norms.aria", t.number(result.blockedSlope()), t.number(result.astrocyteSlope())),
                t.text("lab.knockout.axis.tokens"), t.text("lab.knockout.axis.norm"), true, true, List.of(), List.of(
                        new Series(t.text("lab.knockout.astrocyte"), Series.Style.LINE, tokens, astrocyteNorm),
                        new Series(t.text("lab.knockout.blocked"), Series.Style.LINE, tokens, blockedNorm),
                        new Series(t.text("lab.network.softmax"), Series.Style.DASHED, tokens, softmaxNorm)));
        LabChart errors = new XyChart("knockout-errors", t.text("lab.knockout.errors"), t.text("lab.knockout.errors"),
                t.text("lab.knockout.axis.tokens"), t.text("sweep.axis.error"), true, true, List.of(), List.of(
                        new Series(t.text("lab.knockout.astrocyte"), Series.Style.LINE, tokens, astrocyteError),
                        new Series(t.text("lab.knockout.blocked"), Series.Style.LINE, tokens, blockedError)));
        return List.of(norms, errors);
    }
}
