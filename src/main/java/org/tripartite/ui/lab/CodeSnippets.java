package org.tripartite.ui.lab;

import com.vaadin.flow.component.UI;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tripartite.engine.param.ParameterSpec;
import org.tripartite.engine.param.ParameterValues;
import org.tripartite.i18n.Language;
import org.tripartite.ui.layout.LanguageSetup;

/**
 * The short NumPy script of each experiment, from {@code lab/code/<experiment>.py}, with the
 * current parameters written in. A template names a parameter as {@code {{name}}}; the value
 * becomes a Python literal. NumPy's random generator differs from the engine's, so a script's
 * numbers agree with the lab's statistically, not digit for digit; the header says so.
 *
 * <p>In French the template is {@code lab/code/<experiment>.fr.py}: the same code with French
 * comments and printed labels. When that file is missing, the English one is used and a warning
 * is logged once per experiment.
 */
public final class CodeSnippets {

    private static final Logger LOG = LoggerFactory.getLogger(CodeSnippets.class);

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Za-z0-9]+)}}");

    static final String HEADER = """
            # Tripartite lab: %s, with the parameters of the current run.
            # NumPy's random generator differs from the simulator's, so the numbers agree
            # statistically, not digit for digit.
            """;

    static final String HEADER_FR = """
            # Laboratoire Tripartite\u202f: %s, avec les paramètres de l’exécution en cours.
            # Le générateur aléatoire de NumPy n’est pas celui du simulateur\u202f: les nombres
            # concordent donc statistiquement, et non au chiffre près.
            """;

    /** Experiments whose missing French script has already been logged. */
    private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();

    private CodeSnippets() {
    }

    /**
     * Returns the script of {@code experiment} for {@code values} in the language of the current
     * UI, or empty when it has none. Outside a UI thread there is no current UI, so the script is
     * in English.
     */
    public static Optional<String> script(String experiment, ParameterValues values) {
        UI ui = UI.getCurrent();
        return script(experiment, values, ui == null ? Language.EN : LanguageSetup.current(ui));
    }

    /** Returns the script of {@code experiment} for {@code values} in {@code language}, or empty when it has none. */
    public static Optional<String> script(String experiment, ParameterValues values, Language language) {
        String template = template(experiment, language, CodeSnippets::resource);
        if (template == null) {
            return Optional.empty();
        }
        Matcher matcher = PLACEHOLDER.matcher(template);
        String header = language == Language.FR ? HEADER_FR : HEADER;
        StringBuilder out = new StringBuilder(String.format(header, experiment));
        while (matcher.find()) {
            String name = matcher.group(1);
            matcher.appendReplacement(out, Matcher.quoteReplacement(literal(values.spec(name), values.get(name))));
        }
        matcher.appendTail(out);
        return Optional.of(out.toString());
    }

    /**
     * Returns the template of {@code experiment} in {@code language}, read with {@code read}
     * (resource path to text, or null when absent), or null when there is no English one either.
     */
    static String template(String experiment, Language language, Function<String, String> read) {
        String english = "/lab/code/" + experiment + ".py";
        if (language == Language.FR) {
            String french = read.apply("/lab/code/" + experiment + ".fr.py");
            if (french != null) {
                return french;
            }
            String fallback = read.apply(english);
            if (fallback != null && WARNED.add(experiment)) {
                LOG.warn("Missing French script lab/code/{}.fr.py, so the code panel shows the English one", experiment);
            }
            return fallback;
        }
        return read.apply(english);
    }

    private static String resource(String path) {
        try (InputStream in = CodeSnippets.class.getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to read the script " + path, e);
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
