package org.tripartite.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.tripartite.engine.param.ParameterType;
import org.tripartite.engine.param.ParameterValues;

/** Conversions of typed parameter values and bounds to JSON values. */
final class ParameterJson {

    /** The word the engine reads and writes for an infinite DOUBLE (for example "no leak"). */
    static final String INFINITY = "none";

    private ParameterJson() {
    }

    /** Returns every value of {@code values} in spec order, typed, with infinity as {@code "none"}. */
    static Map<String, Object> values(ParameterValues values) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : values.asMap().entrySet()) {
            json.put(entry.getKey(), value(entry.getValue()));
        }
        return json;
    }

    /** Returns {@code value} unchanged, except positive infinity, which becomes {@code "none"}. */
    static Object value(Object value) {
        if (value instanceof Double d && d == Double.POSITIVE_INFINITY) {
            return INFINITY;
        }
        return value;
    }

    /**
     * Returns a bound as a JSON number: a whole number ({@link Long}) unless the type is DOUBLE
     * (bounds of other types are whole values, lengths or counts), and null when there is no
     * bound or it is infinite.
     */
    static Number bound(Double bound, ParameterType type) {
        if (bound == null || !Double.isFinite(bound)) {
            return null;
        }
        if (type != null && type != ParameterType.DOUBLE && bound == Math.rint(bound)) {
            return (long) (double) bound;
        }
        return bound;
    }
}
