package org.tripartite.lesson.check;

import java.util.List;
import java.util.Map;
import org.tripartite.engine.features.FeatureSweepExperiment;
import org.tripartite.engine.features.FeatureSweepResult;
import org.tripartite.engine.param.ParameterValues;
import org.tripartite.engine.run.RunMonitor;

/**
 * {@code features.errorRatio}: the normaliser error at the smallest m of the sweep divided by the
 * error at the largest (m = 100 and m = 10 000 in the lesson, where theory predicts about 10).
 */
final class ErrorRatio implements Measure {

    private final FeatureSweepExperiment experiment = new FeatureSweepExperiment();

    @Override
    public Expected evaluate(Map<String, String> parameters, RunMonitor monitor) {
        ParameterValues values = ParameterValues.parseStrict(experiment.parameters(), parameters);
        FeatureSweepResult result = experiment.run(experiment.parameters(values), monitor);
        List<FeatureSweepResult.Row> rows = result.rows();
        return new Expected.Number(rows.get(0).normaliserError() / rows.get(rows.size() - 1).normaliserError());
    }
}
