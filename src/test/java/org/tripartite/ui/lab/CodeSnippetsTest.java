package org.tripartite.ui.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tripartite.engine.experiment.Experiment;
import org.tripartite.engine.experiment.Experiments;
import org.tripartite.engine.param.ParameterValues;
import org.tripartite.i18n.Language;

class CodeSnippetsTest {

    /**
     * English words that French prose never uses. Words shared with French ("but", "exact",
     * "calcium", "patterns" as a parameter name) are left out so that the check cannot misfire.
     */
    private static final Set<String> ENGLISH_WORDS = Set.of("the", "of", "and", "with", "each", "every", "from",
            "this", "that", "which", "is", "are", "by", "per", "one", "at", "to", "for", "so", "can", "here", "after",
            "wrong", "sum", "output", "query", "keys", "weight", "words", "sequence", "reading", "writing", "shared",
            "stored", "blocked", "random", "largest", "trials", "error", "normaliser", "process", "hebbian",
            "steps", "agree", "pair", "read", "write", "quartic", "pairwise", "deterministic", "gaussian");

    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern INTERPOLATION = Pattern.compile("\\{[^}]*}");

    @Test
    void frenchScriptHasNoEnglishProse() {
        for (Experiment<?, ?> experiment : Experiments.all()) {
            String id = experiment.id();
            String french = resource("/lab/code/" + id + ".fr.py");
            assertNotNull(french, id + " has no French script");

            String script = CodeSnippets.script(id, defaults(experiment), Language.FR).orElseThrow();
            assertTrue(script.startsWith(String.format(CodeSnippets.HEADER_FR, id)), script);
            assertTrue(script.contains("statistiquement"), script);
            assertFalse(script.contains("{{"), script);
            assertTemplateLinesIn(french, script, id);
            // The header names the experiment by its identifier, which is English ("normaliser-trace").
            String prose = prose(script).replace(id, "");
            Set<String> english = englishWords(prose);
            assertTrue(english.isEmpty(), id + ": English words " + english + " in\n" + prose);
        }
    }

    @Test
    void englishWordsFoundInEnglishScripts() {
        // Guards the test above: the word list must catch the English prose it is meant to keep out.
        for (Experiment<?, ?> experiment : Experiments.all()) {
            String english = resource("/lab/code/" + experiment.id() + ".py");
            assertFalse(englishWords(prose(english)).isEmpty(), experiment.id() + "\n" + prose(english));
        }
    }

    @Test
    void englishScriptIsUsedInEnglish() {
        for (Experiment<?, ?> experiment : Experiments.all()) {
            String id = experiment.id();
            String template = resource("/lab/code/" + id + ".py");
            String script = CodeSnippets.script(id, defaults(experiment), Language.EN).orElseThrow();
            assertTrue(script.startsWith(String.format(CodeSnippets.HEADER, id)), script);
            assertTrue(script.contains("statistically"), script);
            assertFalse(script.contains("statistiquement"), script);
            assertTemplateLinesIn(template, script, id);
            assertEquals(List.of(), frenchOnlyCharacters(prose(script)), id);
            // Outside a Vaadin UI there is no interface language, so the English script is returned.
            assertEquals(script, CodeSnippets.script(id, defaults(experiment)).orElseThrow(), id);
        }
    }

    @Test
    void frenchScriptKeepsEnglishCode() {
        for (Experiment<?, ?> experiment : Experiments.all()) {
            String id = experiment.id();
            assertEquals(code(resource("/lab/code/" + id + ".py")), code(resource("/lab/code/" + id + ".fr.py")), id);
        }
    }

    @Test
    void missingFrenchScriptFallsBackToEnglish() {
        Map<String, String> both = Map.of("/lab/code/x.py", "english", "/lab/code/x.fr.py", "french");
        Map<String, String> englishOnly = Map.of("/lab/code/x.py", "english");

        assertEquals("french", CodeSnippets.template("x", Language.FR, both::get));
        assertEquals("english", CodeSnippets.template("x", Language.EN, both::get));
        assertEquals("english", CodeSnippets.template("x", Language.FR, englishOnly::get));
        assertNull(CodeSnippets.template("x", Language.FR, Map.<String, String>of()::get));
        assertTrue(CodeSnippets.script("no-such-experiment", defaults(Experiments.all().get(0)), Language.FR).isEmpty());
    }

    /** Asserts that every line of {@code template} without a placeholder appears in {@code script}. */
    private static void assertTemplateLinesIn(String template, String script, String id) {
        for (String line : template.split("\n")) {
            if (!line.contains("{{")) {
                assertTrue(script.contains(line), id + ": missing line " + line);
            }
        }
    }

    private static ParameterValues defaults(Experiment<?, ?> experiment) {
        return ParameterValues.defaults(experiment.parameters());
    }

    /**
     * Returns the comments and the text of the printed string literals, one per line. A string
     * literal inside a comment is a parameter value written in (patterns = "random"), so it is code
     * and is dropped.
     */
    static String prose(String script) {
        StringBuilder out = new StringBuilder();
        for (String line : script.split("\n")) {
            int hash = line.indexOf('#');
            if (hash >= 0) {
                out.append(STRING_LITERAL.matcher(line.substring(hash + 1)).replaceAll(" ")).append('\n');
            }
            if (line.trim().startsWith("print(")) {
                Matcher literal = STRING_LITERAL.matcher(hash >= 0 ? line.substring(0, hash) : line);
                while (literal.find()) {
                    out.append(INTERPOLATION.matcher(literal.group(1)).replaceAll(" ")).append('\n');
                }
            }
        }
        return out.toString();
    }

    /**
     * Returns the script without its comments and with the printed string literals reduced to
     * their interpolated expressions, so that two translations of one script compare equal.
     */
    static List<String> code(String script) {
        List<String> lines = new ArrayList<>();
        for (String line : script.split("\n")) {
            int hash = line.indexOf('#');
            String code = (hash >= 0 ? line.substring(0, hash) : line).stripTrailing();
            if (code.trim().startsWith("print(")) {
                Matcher literal = STRING_LITERAL.matcher(code);
                StringBuilder reduced = new StringBuilder();
                while (literal.find()) {
                    Matcher interpolation = INTERPOLATION.matcher(literal.group(1));
                    StringBuilder expressions = new StringBuilder();
                    while (interpolation.find()) {
                        expressions.append(interpolation.group());
                    }
                    literal.appendReplacement(reduced, Matcher.quoteReplacement("\"" + expressions + "\""));
                }
                code = literal.appendTail(reduced).toString();
            }
            if (!code.isBlank()) {
                lines.add(code);
            }
        }
        return lines;
    }

    private static Set<String> englishWords(String text) {
        Set<String> found = new TreeSet<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            if (ENGLISH_WORDS.contains(word.group().toLowerCase())) {
                found.add(word.group());
            }
        }
        return found;
    }

    private static List<Character> frenchOnlyCharacters(String text) {
        List<Character> found = new ArrayList<>();
        for (char c : text.toCharArray()) {
            if ("éèàçù’«»\u202f".indexOf(c) >= 0) {
                found.add(c);
            }
        }
        return found;
    }

    private static String resource(String path) {
        try (InputStream in = CodeSnippetsTest.class.getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("Cannot read " + path, e);
        }
    }
}
