package org.tripartite.lesson.check;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tripartite.engine.network.NetworkExperiment;
import org.tripartite.engine.network.NetworkResult;
import org.tripartite.engine.network.Recording;
import org.tripartite.engine.param.ParameterValues;
import org.tripartite.engine.run.RunMonitor;
import org.tripartite.lesson.model.LessonModels;

/**
 * {@code reading.earlyOutput}: the size (norm) of the output {@link #EARLY_S} after the query
 * arrives, compared with its settled size at the end of the read. Within ±{@link #SAME_MARGIN}
 * relative counts as the same.
 */
final class EarlyOutput implements Measure {

    static final List<String> CHOICES = List.of("larger", "smaller", "same");
    static final double EARLY_S = 0.5;
    static final double SAME_MARGIN = 0.05;

    @Override
    public Expected evaluate(Map<String, String> parameters, RunMonitor monitor) {
        ParameterValues values = ParameterValues.parseStrict(LessonModels.READ_SPECS, parameters);
        NetworkResult result = new NetworkExperiment().run(LessonModels.networkParams(values), monitor);
        double ratio = earlyOverSettled(result);
        String answer = "same";
        if (ratio > 1 + SAME_MARGIN) {
            answer = "larger";
        } else if (ratio < 1 - SAME_MARGIN) {
            answer = "smaller";
        }
        return new Expected.Choices(Set.of(answer), CHOICES);
    }

    /** Returns ‖y(t₀ + 0.5 s)‖ / ‖y(end of read)‖ for the run's single query, t₀ its arrival. */
    static double earlyOverSettled(NetworkResult result) {
        Recording recording = result.recording();
        double readStart = recording.events().get(recording.events().size() - 1).startMs();
        int frame = 0;
        while (frame < recording.frames() - 1 && recording.timeMs()[frame] < readStart + EARLY_S * 1000) {
            frame++;
        }
        double early = 0;
        double settled = 0;
        for (int i = 0; i < recording.outputs().length; i++) {
            early += recording.outputs()[i][frame] * recording.outputs()[i][frame];
            settled += result.dynamicalY()[0][i] * result.dynamicalY()[0][i];
        }
        return Math.sqrt(early / settled);
    }
}
