package org.tripartite.ui.lab;

import java.util.ArrayList;
import java.util.List;
import org.tripartite.engine.memory.CapacityResult;
import org.tripartite.engine.memory.CouplingKind;

/** Measured capacity against the number of neurons N, with the known scale of each coupling kind. */
final class CapacityCharts {

    private CapacityCharts() {
    }

    static List<LabChart> charts(CapacityResult result, ChartTexts t) {
        List<Series> series = new ArrayList<>();
        for (CapacityResult.CapacitySeries one : result.series()) {
            String kind = t.text(one.kind() == CouplingKind.QUARTIC ? "lab.capacity.quartic" : "lab.capacity.pairwise");
            double[] n = new double[one.neurons().length];
            double[] capacity = new double[n.length];
            for (int i = 0; i < n.length; i++) {
                n[i] = one.neurons()[i];
                capacity[i] = one.capacity()[i];
            }
            series.add(new Series(t.text("lab.capacity.measured", kind), Series.Style.LINE, n, capacity));
            series.add(new Series(t.text("lab.capacity.reference", kind), Series.Style.DASHED, n,
                    one.referenceCapacity()));
        }
        return List.of(new XyChart("capacity", t.text("lab.capacity.title"), t.text("lab.capacity.title"),
                t.text("lab.capacity.axis.n"), t.text("lab.capacity.axis.k"), true, true, List.of(), series));
    }
}
