package org.tripartite.engine.run;

/**
 * Thrown by a run that noticed {@link RunMonitor#isCancelled()}; the run returns no result at
 * all, so no partial result can be mistaken for a whole one.
 */
public class RunCancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RunCancelledException() {
        super("The run was cancelled before it finished.");
    }
}
