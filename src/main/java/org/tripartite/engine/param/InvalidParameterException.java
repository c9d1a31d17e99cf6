package org.tripartite.engine.param;

import java.math.BigDecimal;
import java.util.List;

/**
 * Rejection of one parameter value, with every field a translated message needs.
 *
 * <p>{@link #getMessage()} is English, for example
 * {@code Invalid value "abc" for tokens: expected a whole number from 1 to 256.} A UI that shows
 * another language builds its own text from {@link #reason()}, {@link #parameter()},
 * {@link #value()}, {@link #min()}, {@link #max()}, {@link #unit()} and {@link #choices()}.
 *
 * <p>Meaning of {@code min} and {@code max} by reason: the allowed range of the value (or of each
 * list element) for {@code NOT_A_NUMBER}, {@code NOT_FINITE}, {@code OUT_OF_RANGE} and
 * {@code MISSING}; the maximum length in characters for {@code TOO_LONG}; the maximum number of
 * items (list elements or words, named by {@code unit}) for {@code TOO_MANY_ITEMS}; and for
 * {@code COST_TOO_HIGH} the range this parameter may take while the other parameters keep their
 * values.
 */
public class InvalidParameterException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;
    private static final int MAX_VALUE_CHARS_IN_MESSAGE = 40;

    /** Cause of a rejection; the UI translates messages by this value. */
    public enum Reason {
        MISSING, NOT_A_NUMBER, NOT_FINITE, OUT_OF_RANGE, TOO_LONG, EMPTY, UNKNOWN_CHOICE,
        TOO_MANY_ITEMS, COST_TOO_HIGH, UNKNOWN_PARAMETER
    }

    private final String parameter;
    private final String value;
    private final Reason reason;
    private final ParameterType type;
    private final Double min;
    private final Double max;
    private final String unit;
    private final List<String> choices;

    /**
     * Creates the exception; {@code value} is the value as the user gave it (a string), and
     * {@code type} selects the English wording of the expected value.
     */
    public InvalidParameterException(String parameter, String value, Reason reason,
            ParameterType type, Double min, Double max, String unit, List<String> choices) {
        super(buildMessage(parameter, value, reason, type, min, max, unit, choices));
        this.parameter = parameter;
        this.value = value;
        this.reason = reason;
        this.type = type;
        this.min = min;
        this.max = max;
        this.unit = unit == null ? "" : unit;
        this.choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /** Creates the exception for a value rejected against {@code spec}. */
    public static InvalidParameterException of(ParameterSpec spec, String value, Reason reason) {
        return new InvalidParameterException(spec.name(), value, reason, spec.type(), spec.min(),
                spec.max(), spec.unit(), spec.choices());
    }

    /** Creates a {@code TOO_MANY_ITEMS} rejection: {@code maxItems} items of kind {@code unit}. */
    public static InvalidParameterException tooManyItems(ParameterSpec spec, String value,
            int maxItems, String itemUnit) {
        return new InvalidParameterException(spec.name(), value, Reason.TOO_MANY_ITEMS,
                spec.type(), null, (double) maxItems, itemUnit, spec.choices());
    }

    /**
     * Creates a {@code COST_TOO_HIGH} rejection of {@code spec}'s value: with the other parameters
     * unchanged, the value must lie in [{@code spec.min()}, {@code allowedMax}].
     */
    public static InvalidParameterException costTooHigh(ParameterSpec spec, String value,
            double allowedMax) {
        return new InvalidParameterException(spec.name(), value, Reason.COST_TOO_HIGH,
                spec.type(), spec.min(), allowedMax, spec.unit(), spec.choices());
    }

    /** Name of the rejected parameter. */
    public String parameter() {
        return parameter;
    }

    /** Value as given (the raw string, or the canonical string of a typed value). */
    public String value() {
        return value;
    }

    public Reason reason() {
        return reason;
    }

    public ParameterType type() {
        return type;
    }

    /** Lower bound (see the class comment for its meaning per reason); null when none applies. */
    public Double min() {
        return min;
    }

    /** Upper bound (see the class comment for its meaning per reason); null when none applies. */
    public Double max() {
        return max;
    }

    /** Unit of the bounds, empty when dimensionless. */
    public String unit() {
        return unit;
    }

    /** Allowed choices of a {@code CHOICE} parameter, empty otherwise. */
    public List<String> choices() {
        return choices;
    }

    private static String buildMessage(String parameter, String value, Reason reason,
            ParameterType type, Double min, Double max, String unit, List<String> choices) {
        String shown = value == null ? "" : value;
        if (shown.length() > MAX_VALUE_CHARS_IN_MESSAGE) {
            shown = shown.substring(0, MAX_VALUE_CHARS_IN_MESSAGE) + "…";
        }
        String unitSuffix = unit == null || unit.isEmpty() ? "" : " " + unit;
        switch (reason) {
            case MISSING:
                return "Missing value for " + parameter + ": expected "
                        + expectation(type, min, max, unitSuffix, choices) + ".";
            case UNKNOWN_PARAMETER:
                return "Unknown parameter \"" + parameter + "\" (value \"" + shown
                        + "\"): remove it or check its spelling.";
            case TOO_LONG:
                return "Invalid value \"" + shown + "\" for " + parameter + ": expected at most "
                        + format(max) + " characters.";
            case TOO_MANY_ITEMS:
                return "Invalid value \"" + shown + "\" for " + parameter + ": expected at most "
                        + format(max) + unitSuffix + ".";
            case EMPTY:
                return "Invalid value \"" + shown + "\" for " + parameter + ": expected "
                        + (type == ParameterType.TEXT ? "at least one word"
                                : expectation(type, min, max, unitSuffix, choices))
                        + ".";
            case COST_TOO_HIGH:
                return "Invalid value \"" + shown + "\" for " + parameter
                        + ": with the other parameters the run would exceed its cost limit;"
                        + " expected " + expectation(type, min, max, unitSuffix, choices) + ".";
            default:
                return "Invalid value \"" + shown + "\" for " + parameter + ": expected "
                        + expectation(type, min, max, unitSuffix, choices) + ".";
        }
    }

    private static String expectation(ParameterType type, Double min, Double max,
            String unitSuffix, List<String> choices) {
        if (type == null) {
            return "a valid value";
        }
        switch (type) {
            case INTEGER:
            case LONG:
                return "a whole number" + range(min, max, unitSuffix);
            case DOUBLE:
                if (max != null && max == Double.POSITIVE_INFINITY) {
                    return "a number of at least " + format(min) + unitSuffix
                            + ", or none (infinite)";
                }
                return "a finite number" + range(min, max, unitSuffix);
            case BOOLEAN:
                return "true or false";
            case TEXT:
                return "a text of at most " + format(max) + " characters";
            case INT_LIST:
                return "a comma-separated list of whole numbers" + range(min, max, unitSuffix);
            case CHOICE:
                return "one of " + String.join(", ", choices == null ? List.of() : choices);
            default:
                return "a valid value";
        }
    }

    private static String range(Double min, Double max, String unitSuffix) {
        if (min != null && max != null) {
            return " from " + format(min) + " to " + format(max) + unitSuffix;
        }
        if (min != null) {
            return " of at least " + format(min) + unitSuffix;
        }
        if (max != null) {
            return " of at most " + format(max) + unitSuffix;
        }
        return "";
    }

    /** Formats a bound without exponent or trailing zeros: 1, 0.01, 100000. */
    static String format(Double bound) {
        if (bound == null) {
            return "";
        }
        if (bound.isInfinite()) {
            return bound > 0 ? "none" : "-none";
        }
        if (bound.isNaN()) {
            return "NaN";
        }
        return BigDecimal.valueOf(bound).stripTrailingZeros().toPlainString();
    }
}
