package org.tripartite.engine.param;

import java.util.List;

/**
 * Outcome of lenient parsing: every field has a value (the parsed one, or its default where the
 * given string was invalid), and each rejected string is recorded in {@code problems}.
 *
 * @param values   complete, valid values
 * @param problems rejections in spec order, empty when every given value was valid
 */
public record ParsedParameters(ParameterValues values, List<InvalidParameterException> problems) {

    public ParsedParameters {
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
