package org.tripartite.engine.experiment;

import java.util.List;
import java.util.Map;
import org.tripartite.engine.param.ParameterSpec;
import org.tripartite.engine.param.ParameterValues;
import org.tripartite.engine.run.RunMonitor;

/**
 * An experiment: typed parameters {@code P} (an immutable record whose constructor validates
 * every field and the cost bound) and a typed result {@code R}.
 *
 * @param <P> parameter record
 * @param <R> result record
 */
public interface Experiment<P, R> {

    /** Stable identifier, used in URLs and the API (for example {@code kernel}). */
    String id();

    /** Parameter declarations, in display order. */
    List<ParameterSpec> parameters();

    /**
     * Converts validated values to the parameter record.
     *
     * @throws org.tripartite.engine.param.InvalidParameterException when the combination of values
     *         is invalid (for example it exceeds the cost bound)
     */
    P parameters(ParameterValues values);

    /** Converts a parameter record back to values (inverse of {@link #parameters(ParameterValues)}). */
    ParameterValues values(P params);

    /**
     * Runs the experiment.
     *
     * @throws org.tripartite.engine.run.RunCancelledException when {@code monitor} cancels the run
     */
    R run(P params, RunMonitor monitor);

    /** Returns the default parameter record. */
    default P defaults() {
        return parameters(ParameterValues.defaults(parameters()));
    }

    /**
     * Parses raw strings strictly (unknown names and invalid values are rejected) into the record.
     *
     * @throws org.tripartite.engine.param.InvalidParameterException on the first problem
     */
    default P parseStrict(Map<String, String> raw) {
        return parameters(ParameterValues.parseStrict(parameters(), raw));
    }

    /** Runs with parameters given as strings; parsing is strict. */
    default R runWith(Map<String, String> raw, RunMonitor monitor) {
        return run(parseStrict(raw), monitor);
    }
}
