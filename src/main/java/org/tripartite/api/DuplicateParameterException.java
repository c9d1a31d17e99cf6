package org.tripartite.api;

import java.util.List;

/** Thrown when the query string gives one parameter more than once, which is ambiguous. */
public class DuplicateParameterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String parameter;
    private final List<String> values;

    public DuplicateParameterException(String parameter, List<String> values) {
        super("Parameter " + parameter + " is given " + values.size()
                + " times in the query string: give it once.");
        this.parameter = parameter;
        this.values = List.copyOf(values);
    }

    public String parameter() {
        return parameter;
    }

    /** Returns the values, in query-string order. */
    public List<String> values() {
        return values;
    }
}
