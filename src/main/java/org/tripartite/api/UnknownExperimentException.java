package org.tripartite.api;

/** Thrown for a run URL whose experiment id is not registered; answered with 404. */
public class UnknownExperimentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String experiment;

    public UnknownExperimentException(String experiment) {
        super("Unknown experiment \"" + experiment + "\".");
        this.experiment = experiment;
    }

    /** The id as requested. */
    public String experiment() {
        return experiment;
    }
}
