package org.tripartite.lesson.check;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tripartite.engine.memory.CapacityExperiment;
import org.tripartite.engine.memory.CapacityResult;
import org.tripartite.engine.memory.CouplingKind;
import org.tripartite.engine.param.ParameterValues;
import org.tripartite.engine.run.RunMonitor;
import org.tripartite.lesson.model.LessonModels;

/**
 * {@code associative.capacityGrowth}: the factor by which the capacity of four-neuron couplings
 * grows when N doubles, 2^slope with the fitted log–log slope of the capacity experiment, rounded
 * on a log scale to ×2, ×4 or "×8 or more". At the small N this experiment affords (10 to 30) the
 * measured slope is about 3.1 to 3.8, above the large-N value 3, so ×8 also covers ×16.
 */
final class CapacityGrowth implements Measure {

    static final List<String> CHOICES = List.of("x2", "x4", "x8");

    @Override
    public Expected evaluate(Map<String, String> parameters, RunMonitor monitor) {
        ParameterValues values = ParameterValues.parseStrict(LessonModels.CAPACITY_SPECS, parameters);
        CapacityResult result = new CapacityExperiment().run(LessonModels.capacityParams(values), monitor);
        CapacityResult.CapacitySeries quartic = result.series().stream()
                .filter(series -> series.kind() == CouplingKind.QUARTIC).findFirst().orElseThrow();
        return new Expected.Choices(Set.of(choiceFor(quartic.slope())), CHOICES);
    }

    /** Returns the choice whose power of two is nearest to 2^slope on a log scale, ×8 for anything above. */
    static String choiceFor(double slope) {
        long exponent = Math.max(1, Math.min(3, Math.round(slope)));
        return "x" + (1L << exponent);
    }
}
