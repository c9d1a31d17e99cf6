package org.tripartite.lesson.check;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tripartite.engine.attention.AttentionExperiment;
import org.tripartite.engine.attention.AttentionExperimentResult;
import org.tripartite.engine.param.ParameterValues;
import org.tripartite.engine.run.RunMonitor;
import org.tripartite.engine.tokens.TextTokenizer;

/**
 * {@code attention.mostAttended}: the token that receives the largest softmax weight from the
 * query token {@code query} (0-based). Tokens whose weight ties with the largest, within a relative
 * 1e-9, are all right; so are other occurrences of the same word.
 */
final class MostAttendedToken implements Measure {

    private final AttentionExperiment experiment = new AttentionExperiment();

    @Override
    public List<String> options(Map<String, String> parameters) {
        return TextTokenizer.tokenize(parameters.getOrDefault("text", "")).stream().distinct().toList();
    }

    @Override
    public Expected evaluate(Map<String, String> parameters, RunMonitor monitor) {
        ParameterValues values = ParameterValues.parseStrict(experiment.parameters(), withoutQuery(parameters));
        AttentionExperimentResult result = experiment.run(experiment.parameters(values), monitor);
        int query = Integer.parseInt(parameters.getOrDefault("query", "0"));
        double[] weights = result.weights()[query];
        double max = 0;
        for (double weight : weights) {
            max = Math.max(max, weight);
        }
        Set<String> correct = new HashSet<>();
        for (int t = 0; t < weights.length; t++) {
            if (weights[t] >= max * (1 - 1e-9)) {
                correct.add(result.tokens().get(t));
            }
        }
        return new Expected.Choices(correct, options(parameters));
    }

    private static Map<String, String> withoutQuery(Map<String, String> parameters) {
        Map<String, String> copy = new java.util.LinkedHashMap<>(parameters);
        copy.remove("query");
        return copy;
    }
}
