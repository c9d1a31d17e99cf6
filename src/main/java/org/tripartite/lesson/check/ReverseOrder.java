package org.tripartite.lesson.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tripartite.engine.param.ParameterValues;
import org.tripartite.engine.run.RunMonitor;
import org.tripartite.engine.tokens.TextTokenizer;
import org.tripartite.lesson.model.LessonModels;

/**
 * {@code writing.reverseOrder}: writes the sentence, then its words in reverse order, each into a
 * fresh dynamical network, and compares the final synaptic matrix H and process calcium p. A
 * relative difference below {@link #SAME_TOLERANCE} counts as the same: the leftover activity of
 * each token at the end of its gap is below 5e-5 of its contribution, far below what a heatmap
 * shows.
 */
final class ReverseOrder implements Measure {

    static final List<String> CHOICES = List.of("same", "h-differs", "both-differ");
    static final double SAME_TOLERANCE = 1e-3;

    @Override
    public Expected evaluate(Map<String, String> parameters, RunMonitor monitor) {
        ParameterValues values = ParameterValues.parseStrict(LessonModels.WRITE_SPECS, parameters);
        List<String> words = new ArrayList<>(TextTokenizer.tokenize(values.getString("text")));
        Collections.reverse(words);
        LessonModels.WriteRun forward = LessonModels.write(values.getString("text"), values.getInt("m"),
                values.getDouble("qkNorm2"), values.getLong("seed"), monitor.slice(0, 0.5));
        LessonModels.WriteRun backward = LessonModels.write(String.join(" ", words), values.getInt("m"),
                values.getDouble("qkNorm2"), values.getLong("seed"), monitor.slice(0.5, 1));
        double synapseDifference = relativeDifference(forward.recording().synapses(), backward.recording().synapses());
        double processDifference = relativeDifference(forward.recording().processes(), backward.recording().processes());
        String answer;
        if (processDifference > SAME_TOLERANCE) {
            answer = "both-differ";
        } else if (synapseDifference > SAME_TOLERANCE) {
            answer = "h-differs";
        } else {
            answer = "same";
        }
        return new Expected.Choices(Set.of(answer), CHOICES);
    }

    /** Returns ‖a − b‖ / ‖a‖ over the last recorded frame of every trace. */
    static double relativeDifference(double[][] a, double[][] b) {
        double difference = 0;
        double norm = 0;
        for (int k = 0; k < a.length; k++) {
            double x = a[k][a[k].length - 1];
            double y = b[k][b[k].length - 1];
            difference += (x - y) * (x - y);
            norm += x * x;
        }
        return Math.sqrt(difference / norm);
    }

}
