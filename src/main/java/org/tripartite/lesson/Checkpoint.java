package org.tripartite.lesson;

import java.util.List;
import java.util.Map;

/**
 * The question that ends a lesson and the rule that judges it against the simulation.
 *
 * @param kind whether the learner picks a choice or types a number
 * @param measure the simulated quantity that decides the right answer, such as
 *     {@code attention.mostAttended}
 * @param choices the fixed choices' ids, empty when {@code choicesFrom} names their source
 * @param choicesFrom where the choices come from ({@code tokens}), or null for fixed choices
 * @param preset the parameters the checkpoint's simulation runs with
 * @param tolerance for numeric answers, the accepted relative deviation from the simulated value
 */
public record Checkpoint(Kind kind, String measure, List<String> choices, String choicesFrom,
        Map<String, LocalizedValue> preset, double tolerance) {

    public enum Kind { CHOICE, NUMERIC }

    public Checkpoint {
        choices = List.copyOf(choices);
        preset = Map.copyOf(preset);
    }
}
