package org.tripartite.api;

/** Thrown for a run URL whose experiment id is not registered, so the API returns 404. */
public class UnknownExperimentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String experiment;

    public UnknownExperimentException(String experiment) {
        super("Unknown experiment \"" + experiment + "\".");
        this.experiment = experiment;
    }

    /** Returns the id as requested. */
    public String experiment() {
        return experiment;
    }
}
