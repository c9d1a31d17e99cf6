package org.tripartite.engine.param;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tripartite.engine.param.InvalidParameterException.Reason;

/**
 * Immutable map from parameter name to typed value, holding one valid value for every spec, in
 * spec order. Values have the Java types {@link ParameterType} lists.
 */
public final class ParameterValues {

    private final List<ParameterSpec> specs;
    private final Map<String, Object> values;

    private ParameterValues(List<ParameterSpec> specs, Map<String, Object> values) {
        this.specs = List.copyOf(specs);
        this.values = Collections.unmodifiableMap(values);
    }

    /** Returns the defaults of all specs. */
    public static ParameterValues defaults(List<ParameterSpec> specs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (ParameterSpec spec : specs) {
            map.put(spec.name(), spec.defaultValue());
        }
        return new ParameterValues(specs, map);
    }

    /**
     * Builds values from typed objects; names missing from {@code typed} take their default.
     *
     * @throws InvalidParameterException for the first value that fails its spec, or for a name
     *         that has no spec ({@code UNKNOWN_PARAMETER})
     */
    public static ParameterValues of(List<ParameterSpec> specs, Map<String, ?> typed) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (ParameterSpec spec : specs) {
            Object value = typed.containsKey(spec.name()) ? typed.get(spec.name())
                    : spec.defaultValue();
            if (value instanceof List<?> list) {
                value = List.copyOf(list);
            }
            spec.validate(value);
            map.put(spec.name(), value);
        }
        for (String name : typed.keySet()) {
            if (!map.containsKey(name)) {
                throw unknown(name, String.valueOf(typed.get(name)));
            }
        }
        return new ParameterValues(specs, map);
    }

    /**
     * Parses raw strings leniently: an invalid value keeps the default of its field and is
     * recorded in {@link ParsedParameters#problems()}; a missing name takes its default silently;
     * names without a spec are ignored (the UI has other query parameters).
     */
    public static ParsedParameters parse(List<ParameterSpec> specs, Map<String, String> raw) {
        Map<String, Object> map = new LinkedHashMap<>();
        List<InvalidParameterException> problems = new ArrayList<>();
        for (ParameterSpec spec : specs) {
            Object value = spec.defaultValue();
            if (raw.containsKey(spec.name())) {
                try {
                    value = spec.parse(raw.get(spec.name()));
                } catch (InvalidParameterException e) {
                    problems.add(e);
                }
            }
            map.put(spec.name(), value);
        }
        return new ParsedParameters(new ParameterValues(specs, map), problems);
    }

    /**
     * Parses raw strings strictly: missing names take their default, but the first invalid value
     * or unknown name is thrown.
     *
     * @throws InvalidParameterException on the first problem, in spec order, then unknown names
     */
    public static ParameterValues parseStrict(List<ParameterSpec> specs, Map<String, String> raw) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (ParameterSpec spec : specs) {
            Object value = raw.containsKey(spec.name()) ? spec.parse(raw.get(spec.name()))
                    : spec.defaultValue();
            map.put(spec.name(), value);
        }
        for (Map.Entry<String, String> entry : raw.entrySet()) {
            if (!map.containsKey(entry.getKey())) {
                throw unknown(entry.getKey(), entry.getValue());
            }
        }
        return new ParameterValues(specs, map);
    }

    private static InvalidParameterException unknown(String name, String value) {
        return new InvalidParameterException(name, value, Reason.UNKNOWN_PARAMETER, null, null,
                null, "", List.of());
    }

    /** Returns a copy with one value replaced (validated against its spec). */
    public ParameterValues with(String name, Object value) {
        ParameterSpec spec = spec(name);
        if (value instanceof List<?> list) {
            value = List.copyOf(list);
        }
        spec.validate(value);
        Map<String, Object> map = new LinkedHashMap<>(values);
        map.put(name, value);
        return new ParameterValues(specs, map);
    }

    /** Returns the canonical string of every value, in spec order; {@link #parseStrict} reads it back. */
    public Map<String, String> toStrings() {
        Map<String, String> strings = new LinkedHashMap<>();
        for (ParameterSpec spec : specs) {
            strings.put(spec.name(), spec.format(values.get(spec.name())));
        }
        return Collections.unmodifiableMap(strings);
    }

    public List<ParameterSpec> specs() {
        return specs;
    }

    /** Returns the spec named {@code name}, or throws {@link IllegalArgumentException}. */
    public ParameterSpec spec(String name) {
        for (ParameterSpec spec : specs) {
            if (spec.name().equals(name)) {
                return spec;
            }
        }
        throw new IllegalArgumentException("No parameter named " + name);
    }

    /** Returns the typed value of {@code name}, or throws {@link IllegalArgumentException}. */
    public Object get(String name) {
        if (!values.containsKey(name)) {
            throw new IllegalArgumentException("No parameter named " + name);
        }
        return values.get(name);
    }

    public int getInt(String name) {
        return (Integer) get(name);
    }

    public long getLong(String name) {
        return (Long) get(name);
    }

    public double getDouble(String name) {
        return (Double) get(name);
    }

    public boolean getBoolean(String name) {
        return (Boolean) get(name);
    }

    public String getString(String name) {
        return (String) get(name);
    }

    @SuppressWarnings("unchecked")
    public List<Integer> getIntList(String name) {
        return (List<Integer>) get(name);
    }

    /** Returns the values as an unmodifiable map in spec order. */
    public Map<String, Object> asMap() {
        return values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParameterValues other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(values);
    }

    @Override
    public String toString() {
        return toStrings().toString();
    }
}
