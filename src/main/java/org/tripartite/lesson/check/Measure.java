package org.tripartite.lesson.check;

import java.util.List;
import java.util.Map;
import org.tripartite.engine.run.RunMonitor;

/** A quantity computed from a simulation that decides the right answer of a checkpoint. */
public interface Measure {

    /**
     * Returns the choices a learner picks from, computed from the parameters without running the
     * whole simulation (for example the tokens of a sentence); empty for fixed choices and numbers.
     */
    default List<String> options(Map<String, String> parameters) {
        return List.of();
    }

    /** Runs the simulation with {@code parameters} (URL strings) and returns the right answer. */
    Expected evaluate(Map<String, String> parameters, RunMonitor monitor);
}
