package org.tripartite.ui.lab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tripartite.engine.param.ParameterSpec;
import org.tripartite.engine.param.ParameterValues;

/**
 * The short NumPy script of each experiment, from {@code lab/code/<experiment>.py}, with the
 * current parameters written in. A template names a parameter as {@code {{name}}}; the value
 * becomes a Python literal. NumPy's random generator differs from the engine's, so a script's
 * numbers agree with the lab's statistically, not digit for digit; the header says so.
 */
public final class CodeSnippets {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Za-z0-9]+)}}");

    static final String HEADER = """
            # Tripartite lab: %s, with the parameters of the current run.
            # NumPy's random generator differs from the simulator's, so the numbers agree
            # statistically, not digit for digit.
            """;

    private CodeSnippets() {
    }

    /** Returns the script of {@code experiment} for {@code values}, or empty when it has none. */
    public static Optional<String> script(String experiment, ParameterValues values) {
        String template = template(experiment);
        if (template == null) {
            return Optional.empty();
        }
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(String.format(HEADER, experiment));
        while (matcher.find()) {
            String name = matcher.group(1);
            matcher.appendReplacement(out, Matcher.quoteReplacement(literal(values.spec(name), values.get(name))));
        }
        matcher.appendTail(out);
        return Optional.of(out.toString());
    }

    private static String template(String experiment) {
        try (InputStream in = CodeSnippets.class.getResourceAsStream("/lab/code/" + experiment + ".py")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the script of " + experiment, e);
        }
    }

    /** Writes a parameter value as a Python literal. */
    static String literal(ParameterSpec spec, Object value) {
        return switch (spec.type()) {
            case BOOLEAN -> (Boolean) value ? "True" : "False";
            case DOUBLE -> Double.isInfinite((Double) value) ? "float(\"inf\")" : Double.toString((Double) value);
            case INTEGER, LONG -> value.toString();
            case INT_LIST -> ((List<?>) value).toString();
            case TEXT, CHOICE -> pythonString(value.toString());
        };
    }

    private static String pythonString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
