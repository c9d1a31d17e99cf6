package org.tripartite.engine.param;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.tripartite.engine.param.InvalidParameterException.Reason;

/**
 * Declaration of one experiment parameter: its name, type, default and bounds.
 *
 * <p>{@code min} and {@code max} bound the value; for {@code TEXT} they bound the length in
 * characters, for {@code INT_LIST} every element, while {@code maxItems} bounds the list length.
 * A {@code DOUBLE} spec whose {@code max} is positive infinity accepts infinity, written
 * {@code none} (for example a leak time constant meaning "no leak").
 *
 * @param name         parameter name, also its URL query key
 * @param type         value type
 * @param defaultValue default, of the Java type {@link ParameterType} lists
 * @param min          lower bound, or null when none applies
 * @param max          upper bound, or null when none applies
 * @param unit         unit of the value, empty when dimensionless (ms, s, a.u. ...)
 * @param choices      allowed values of a {@code CHOICE}, empty for other types
 * @param maxItems     maximum length of an {@code INT_LIST}, null for other types
 */
public record ParameterSpec(String name, ParameterType type, Object defaultValue, Double min,
        Double max, String unit, List<String> choices, Integer maxItems) {

    /** Largest seed, 2^53 - 1, so that every seed is exactly representable as a double bound. */
    public static final long MAX_SEED = (1L << 53) - 1;

    /** Validates the declaration itself: a default outside its own bounds is a programming error. */
    public ParameterSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        unit = unit == null ? "" : unit;
        choices = choices == null ? List.of() : List.copyOf(choices);
        if (type == ParameterType.INT_LIST && maxItems == null) {
            throw new IllegalArgumentException("INT_LIST spec " + name + " needs maxItems");
        }
        if (type == ParameterType.CHOICE && choices.isEmpty()) {
            throw new IllegalArgumentException("CHOICE spec " + name + " needs choices");
        }
        if (type == ParameterType.INT_LIST && defaultValue instanceof List<?> list) {
            defaultValue = List.copyOf(list);
        }
    }

    /** Declares an {@code INTEGER} parameter. */
    public static ParameterSpec integer(String name, int defaultValue, int min, int max,
            String unit) {
        return checked(new ParameterSpec(name, ParameterType.INTEGER, defaultValue, (double) min,
                (double) max, unit, List.of(), null));
    }

    /** Declares a {@code LONG} parameter. */
    public static ParameterSpec longValue(String name, long defaultValue, long min, long max,
            String unit) {
        return checked(new ParameterSpec(name, ParameterType.LONG, defaultValue, (double) min,
                (double) max, unit, List.of(), null));
    }

    /** Declares a {@code DOUBLE} parameter; pass {@code Double.POSITIVE_INFINITY} as max to allow "none". */
    public static ParameterSpec real(String name, double defaultValue, double min, double max,
            String unit) {
        return checked(new ParameterSpec(name, ParameterType.DOUBLE, defaultValue, min, max, unit,
                List.of(), null));
    }

    /** Declares a seed: a {@code LONG} from 0 to {@link #MAX_SEED}, default 42. */
    public static ParameterSpec seed(String name) {
        return longValue(name, 42L, 0L, MAX_SEED, "");
    }

    /** Declares a {@code BOOLEAN} parameter. */
    public static ParameterSpec bool(String name, boolean defaultValue) {
        return new ParameterSpec(name, ParameterType.BOOLEAN, defaultValue, null, null, "",
                List.of(), null);
    }

    /** Declares a {@code TEXT} parameter of at most {@code maxLength} characters. */
    public static ParameterSpec text(String name, String defaultValue, int maxLength) {
        return checked(new ParameterSpec(name, ParameterType.TEXT, defaultValue, 0.0,
                (double) maxLength, "", List.of(), null));
    }

    /** Declares an {@code INT_LIST} parameter with element bounds and a maximum length. */
    public static ParameterSpec intList(String name, List<Integer> defaultValue, int min, int max,
            int maxItems, String unit) {
        return checked(new ParameterSpec(name, ParameterType.INT_LIST, defaultValue, (double) min,
                (double) max, unit, List.of(), maxItems));
    }

    /** Declares a {@code CHOICE} parameter; choices are lower-case identifiers. */
    public static ParameterSpec choice(String name, String defaultValue, String... choices) {
        return checked(new ParameterSpec(name, ParameterType.CHOICE, defaultValue, null, null, "",
                List.of(choices), null));
    }

    private static ParameterSpec checked(ParameterSpec spec) {
        try {
            spec.validate(spec.defaultValue());
        } catch (InvalidParameterException e) {
            throw new IllegalArgumentException("Default of " + spec.name() + " is invalid: "
                    + e.getMessage(), e);
        }
        return spec;
    }

    /**
     * Validates {@code value} against the spec named {@code name} in {@code specs}; parameter
     * records call it from their compact constructors.
     *
     * @throws InvalidParameterException when the value fails its spec
     * @throws IllegalArgumentException when no spec has that name
     */
    public static void check(List<ParameterSpec> specs, String name, Object value) {
        find(specs, name).validate(value);
    }

    /** Returns the spec named {@code name}, or throws {@link IllegalArgumentException}. */
    public static ParameterSpec find(List<ParameterSpec> specs, String name) {
        for (ParameterSpec spec : specs) {
            if (spec.name().equals(name)) {
                return spec;
            }
        }
        throw new IllegalArgumentException("No parameter named " + name);
    }

    /**
     * Parses {@code raw} (decimal point, lists comma-separated) and validates the result.
     *
     * @throws InvalidParameterException when the string is not a valid value of this spec
     */
    public Object parse(String raw) {
        if (raw == null) {
            throw InvalidParameterException.of(this, "", Reason.MISSING);
        }
        String s = type == ParameterType.TEXT ? raw : raw.strip();
        Object value;
        switch (type) {
            case INTEGER:
                value = parseInteger(s, raw);
                break;
            case LONG:
                value = parseLong(s, raw);
                break;
            case DOUBLE:
                value = parseDouble(s, raw);
                break;
            case BOOLEAN:
                if (s.equalsIgnoreCase("true")) {
                    value = Boolean.TRUE;
                } else if (s.equalsIgnoreCase("false")) {
                    value = Boolean.FALSE;
                } else {
                    throw InvalidParameterException.of(this, raw,
                            s.isEmpty() ? Reason.MISSING : Reason.NOT_A_NUMBER);
                }
                break;
            case TEXT:
                value = raw;
                break;
            case INT_LIST:
                value = parseIntList(s, raw);
                break;
            case CHOICE:
                value = s.toLowerCase(Locale.ROOT);
                break;
            default:
                throw new IllegalStateException("Unhandled type " + type);
        }
        validate(value, raw);
        return value;
    }

    /**
     * Checks a typed value against this spec.
     *
     * @throws InvalidParameterException when the value is of the wrong type or out of bounds
     */
    public void validate(Object value) {
        validate(value, value == null ? "" : format(value));
    }

    private void validate(Object value, String given) {
        if (value == null) {
            throw InvalidParameterException.of(this, "", Reason.MISSING);
        }
        switch (type) {
            case INTEGER:
                requireType(value, Integer.class, given);
                checkRange(((Integer) value).doubleValue(), given);
                break;
            case LONG:
                requireType(value, Long.class, given);
                checkRange(((Long) value).doubleValue(), given);
                break;
            case DOUBLE: {
                requireType(value, Double.class, given);
                double d = (Double) value;
                boolean infinityAllowed = max != null && max == Double.POSITIVE_INFINITY;
                if (Double.isNaN(d) || (Double.isInfinite(d)
                        && !(infinityAllowed && d == Double.POSITIVE_INFINITY))) {
                    throw InvalidParameterException.of(this, given, Reason.NOT_FINITE);
                }
                checkRange(d, given);
                break;
            }
            case BOOLEAN:
                requireType(value, Boolean.class, given);
                break;
            case TEXT: {
                requireType(value, String.class, given);
                int length = ((String) value).length();
                if (max != null && length > max) {
                    throw InvalidParameterException.of(this, given, Reason.TOO_LONG);
                }
                break;
            }
            case INT_LIST: {
                if (!(value instanceof List<?> list)) {
                    throw InvalidParameterException.of(this, given, Reason.NOT_A_NUMBER);
                }
                if (list.isEmpty()) {
                    throw InvalidParameterException.of(this, given, Reason.EMPTY);
                }
                if (list.size() > maxItems) {
                    throw InvalidParameterException.tooManyItems(this, given, maxItems, "items");
                }
                for (Object element : list) {
                    if (!(element instanceof Integer i)) {
                        throw InvalidParameterException.of(this, given, Reason.NOT_A_NUMBER);
                    }
                    checkRange(i.doubleValue(), given);
                }
                break;
            }
            case CHOICE:
                requireType(value, String.class, given);
                if (!choices.contains(value)) {
                    throw InvalidParameterException.of(this, given, Reason.UNKNOWN_CHOICE);
                }
                break;
            default:
                throw new IllegalStateException("Unhandled type " + type);
        }
    }

    /** Formats a typed value in its canonical, round-trippable string form. */
    public String format(Object value) {
        if (value == null) {
            return "";
        }
        switch (type) {
            case DOUBLE: {
                double d = ((Number) value).doubleValue();
                if (d == Double.POSITIVE_INFINITY) {
                    return "none";
                }
                if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                    return Long.toString((long) d);
                }
                return Double.toString(d);
            }
            case INT_LIST: {
                List<String> parts = new ArrayList<>();
                for (Object element : (List<?>) value) {
                    parts.add(String.valueOf(element));
                }
                return String.join(",", parts);
            }
            default:
                return String.valueOf(value);
        }
    }

    private void requireType(Object value, Class<?> expected, String given) {
        if (!expected.isInstance(value)) {
            throw InvalidParameterException.of(this, given, Reason.NOT_A_NUMBER);
        }
    }

    private void checkRange(double v, String given) {
        if ((min != null && v < min) || (max != null && v > max)) {
            throw InvalidParameterException.of(this, given, Reason.OUT_OF_RANGE);
        }
    }

    private Integer parseInteger(String s, String raw) {
        long v = parseLong(s, raw);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw InvalidParameterException.of(this, raw, Reason.OUT_OF_RANGE);
        }
        return (int) v;
    }

    private Long parseLong(String s, String raw) {
        if (s.isEmpty()) {
            throw InvalidParameterException.of(this, raw, Reason.MISSING);
        }
        try {
            return Long.parseLong(s.startsWith("+") ? s.substring(1) : s);
        } catch (NumberFormatException e) {
            // A well-formed number that is not whole, or too large for a long, is out of range
            // rather than "not a number", so the message names the allowed values.
            if (isDecimal(s)) {
                throw InvalidParameterException.of(this, raw, Reason.OUT_OF_RANGE);
            }
            throw InvalidParameterException.of(this, raw, Reason.NOT_A_NUMBER);
        }
    }

    private Double parseDouble(String s, String raw) {
        if (s.isEmpty()) {
            throw InvalidParameterException.of(this, raw, Reason.MISSING);
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.equals("none") || lower.equals("inf") || lower.equals("infinity")
                || lower.equals("+infinity") || lower.equals("∞")) {
            return Double.POSITIVE_INFINITY;
        }
        if (lower.equals("nan") || lower.equals("-infinity") || lower.equals("-inf")) {
            throw InvalidParameterException.of(this, raw, Reason.NOT_FINITE);
        }
        if (!isDecimal(s)) {
            throw InvalidParameterException.of(this, raw, Reason.NOT_A_NUMBER);
        }
        double d = Double.parseDouble(s);
        if (Double.isInfinite(d)) {
            throw InvalidParameterException.of(this, raw, Reason.NOT_FINITE);
        }
        return d;
    }

    private List<Integer> parseIntList(String s, String raw) {
        if (s.isEmpty()) {
            throw InvalidParameterException.of(this, raw, Reason.EMPTY);
        }
        String[] parts = s.split(",", -1);
        if (parts.length > maxItems) {
            throw InvalidParameterException.tooManyItems(this, raw, maxItems, "items");
        }
        List<Integer> values = new ArrayList<>(parts.length);
        for (String part : parts) {
            String p = part.strip();
            if (p.isEmpty()) {
                throw InvalidParameterException.of(this, raw, Reason.NOT_A_NUMBER);
            }
            values.add(parseInteger(p, raw));
        }
        return Collections.unmodifiableList(values);
    }

    /** Accepts plain decimal numbers with a decimal point and an optional exponent, no hex or suffix. */
    private static boolean isDecimal(String s) {
        return s.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    }
}
