package org.tripartite.ui.controls;

import org.tripartite.engine.param.InvalidParameterException;
import org.tripartite.engine.param.ParameterType;
import org.tripartite.i18n.Language;
import org.tripartite.i18n.NumberFormats;
import org.tripartite.i18n.Translations;

/** Turns the engine's invalid-parameter errors into sentences in the learner's language. */
public final class ParameterMessages {

    private static final int MAX_VALUE_CHARS = 40;

    private ParameterMessages() {
    }

    /** Describes what is wrong with the value and what is expected, naming the parameter. */
    public static String describe(InvalidParameterException e, Language language) {
        String label = ParameterControl.label(e.parameter(), language);
        String value = e.value() == null ? "" : e.value();
        if (value.length() > MAX_VALUE_CHARS) {
            value = value.substring(0, MAX_VALUE_CHARS) + "…";
        }
        String expected = expectation(e, language);
        return switch (e.reason()) {
            case MISSING -> Translations.translate(language, "invalid.missing", label, expected);
            case UNKNOWN_PARAMETER -> Translations.translate(language, "invalid.unknown", e.parameter(), value);
            case COST_TOO_HIGH -> Translations.translate(language, "invalid.cost", label, value, expected);
            case EMPTY -> Translations.translate(language, "invalid.empty", label);
            default -> Translations.translate(language, "invalid.value", label, value, expected);
        };
    }

    /** Describes the problem and adds that the default is used instead. */
    public static String describeWithFallback(InvalidParameterException e, Language language) {
        return describe(e, language) + " " + Translations.translate(language, "invalid.fallback");
    }

    private static String expectation(InvalidParameterException e, Language language) {
        String unit = ParameterControl.unit(e.unit(), language);
        String min = bound(e.min(), unit, language);
        String max = bound(e.max(), unit, language);
        ParameterType type = e.type();
        if (type == null) {
            return Translations.translate(language, "expect.valid");
        }
        return switch (type) {
            case INTEGER, LONG -> Translations.translate(language, "expect.integer", min, max);
            case DOUBLE -> e.max() != null && e.max().isInfinite()
                    ? Translations.translate(language, "expect.realOrNone", min)
                    : Translations.translate(language, "expect.real", min, max);
            case BOOLEAN -> Translations.translate(language, "expect.boolean");
            case TEXT -> e.reason() == InvalidParameterException.Reason.EMPTY
                    ? Translations.translate(language, "expect.words")
                    : Translations.translate(language, "expect.text", bound(e.max(), "", language));
            case INT_LIST -> e.reason() == InvalidParameterException.Reason.TOO_MANY_ITEMS
                    ? Translations.translate(language, "expect.listLength", bound(e.max(), "", language))
                    : Translations.translate(language, "expect.list", min, max);
            case CHOICE -> Translations.translate(language, "expect.choice", String.join(", ", e.choices()));
        };
    }

    private static String bound(Double value, String unit, Language language) {
        if (value == null) {
            return "";
        }
        return NumberFormats.format(value, unit, language);
    }
}
