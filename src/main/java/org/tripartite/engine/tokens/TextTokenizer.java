package org.tripartite.engine.tokens;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits English or French text into word tokens.
 *
 * <p>Rules: Unicode NFC, lower case ({@link Locale#ROOT}), tokens are runs of letters, digits and
 * combining marks (so accents are kept), and everything else separates tokens. An apostrophe
 * ({@code '} or {@code ’}) between two letters stays inside the word ("aujourd'hui", "don't"),
 * except after one of the French elided words l, d, qu, j, n, s, c, m, t at the start of a word:
 * these become tokens of their own, written with an ASCII apostrophe ("l'", "qu'").
 */
public final class TextTokenizer {

    /** French words that elide their vowel before another word. */
    public static final Set<String> ELISIONS = Set.of("l", "d", "qu", "j", "n", "s", "c", "m", "t");

    private TextTokenizer() {
    }

    /** Splits {@code text} into tokens; returns an empty list when it holds no word character. */
    public static List<String> tokenize(String text) {
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        int[] codePoints = normalised.codePoints().toArray();
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < codePoints.length; i++) {
            int cp = codePoints[i];
            if (isWordCharacter(cp)) {
                word.appendCodePoint(cp);
            } else if (isApostrophe(cp) && word.length() > 0 && i + 1 < codePoints.length
                    && isWordCharacter(codePoints[i + 1])) {
                String prefix = word.toString();
                if (ELISIONS.contains(prefix)) {
                    tokens.add(prefix + "'");
                    word.setLength(0);
                } else {
                    word.append('\'');
                }
            } else {
                flush(word, tokens);
            }
        }
        flush(word, tokens);
        return tokens;
    }

    private static void flush(StringBuilder word, List<String> tokens) {
        if (word.length() > 0) {
            tokens.add(word.toString());
            word.setLength(0);
        }
    }

    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019';
    }

    private static boolean isWordCharacter(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
