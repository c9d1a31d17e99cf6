package org.tripartite.lesson.check;

import java.util.List;
import java.util.Set;

/** The right answer to a checkpoint, as the simulation computes it. */
public sealed interface Expected {

    /**
     * The right choices among {@code options}: a set, because ties or several combinations can all
     * be right.
     */
    record Choices(Set<String> correct, List<String> options) implements Expected {

        public Choices {
            correct = Set.copyOf(correct);
            options = List.copyOf(options);
        }
    }

    /** A simulated number; an answer within the checkpoint's relative tolerance is right. */
    record Number(double value) implements Expected {
    }
}
