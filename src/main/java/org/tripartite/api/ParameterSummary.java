package org.tripartite.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.tripartite.engine.param.ParameterSpec;

/**
 * One parameter of an experiment as the API lists it.
 *
 * @param name         query-string name
 * @param type         engine type name: INTEGER, LONG, DOUBLE, BOOLEAN, TEXT, INT_LIST or CHOICE
 * @param defaultValue default, written as {@code default} in JSON, typed as in a run's {@code parameters} (infinity is {@code "none"})
 * @param minimum      lower bound, null when none applies; for TEXT, the minimum length in
 *                     characters, for INT_LIST the minimum of every element
 * @param maximum      upper bound, null when none applies (or infinite); for TEXT, the maximum
 *                     length in characters, for INT_LIST the maximum of every element
 * @param unit         unit of the value, empty when dimensionless
 * @param choices      allowed values of a CHOICE, empty otherwise
 * @param maxItems     maximum number of elements of an INT_LIST, null otherwise
 */
public record ParameterSummary(String name, String type, @JsonProperty("default") Object defaultValue, Number minimum,
        Number maximum, String unit, List<String> choices, Integer maxItems) {

    /** Describes {@code spec}. */
    public static ParameterSummary of(ParameterSpec spec) {
        return new ParameterSummary(spec.name(), spec.type().name(),
                ParameterJson.value(spec.defaultValue()), ParameterJson.bound(spec.min(), spec.type()),
                ParameterJson.bound(spec.max(), spec.type()), spec.unit(), spec.choices(),
                spec.maxItems());
    }
}
