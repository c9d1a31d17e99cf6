package org.tripartite.run;

import java.time.Duration;

/** Thrown by {@link SimulationExecutor#runAndWait} when a run had no result within the timeout; the run was cancelled. */
public class RunTimedOutException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String name;
    private final transient Duration timeout;

    public RunTimedOutException(String name, Duration timeout) {
        super("The run of " + name + " timed out after " + timeout.toMillis() + " ms and was cancelled.");
        this.name = name;
        this.timeout = timeout;
    }

    /** Returns what ran (an experiment id). */
    public String name() {
        return name;
    }

    /** Returns the time limit that was exceeded. */
    public Duration timeout() {
        return timeout;
    }
}
