package org.tripartite.lesson;

import java.util.List;
import java.util.Map;

/**
 * One step of a lesson.
 *
 * @param view the figure the step draws, such as {@code attention-bars}
 * @param controls the parameters the learner may change in this step
 * @param preset the step's parameter values as URL strings; they override the figure's defaults
 */
public record Step(String id, String view, List<String> controls, Map<String, LocalizedValue> preset) {

    public Step {
        controls = List.copyOf(controls);
        preset = Map.copyOf(preset);
    }
}
