package org.tripartite.ui.lab;

import java.util.List;
import org.tripartite.engine.features.KernelPairs;
import org.tripartite.engine.features.KernelResult;

/** The kernel exp(q·k) estimated by m hidden neurons against its exact value, pair by pair. */
final class KernelCharts {

    private KernelCharts() {
    }

    static List<LabChart> charts(KernelResult result, ChartTexts t) {
        KernelPairs pairs = result.pairs();
        boolean allPositive = true;
        double low = Double.MAX_VALUE;
        double high = 0;
        for (int i = 0; i < pairs.exact().length; i++) {
            allPositive &= pairs.estimated()[i] > 0;
            low = Math.min(low, Math.min(pairs.exact()[i], Math.abs(pairs.estimated()[i])));
            high = Math.max(high, Math.max(pairs.exact()[i], Math.abs(pairs.estimated()[i])));
        }
        // Log axes need positive estimates; cosine features can give negative ones.
        double from = allPositive ? low : Math.min(0, low);
        Series points = new Series(t.text("kernel.series.pairs"), Series.Style.POINTS, pairs.exact(), pairs.estimated());
        Series diagonal = new Series(t.text("kernel.series.perfect"), Series.Style.DASHED,
                new double[] {from, high}, new double[] {from, high});
        return List.of(new XyChart("kernel-scatter", t.text("lab.kernel.scatter"),
                t.text("kernel.aria", pairs.exact().length, result.features(), t.number(result.kernelError())),
                t.text("kernel.axis.exact"), t.text("kernel.axis.estimated"), allPositive, allPositive, List.of(),
                List.of(points, diagonal)));
    }
}
