package org.tripartite.lesson.check;

import org.tripartite.lesson.Checkpoint;

/** Decides whether a learner's answer agrees with what the simulation computed. */
public final class CheckpointJudge {

    /** Plain decimal numbers only: no NaN, Infinity, hexadecimal or type suffixes. */
    private static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile("[+-]?(\\d+([.]\\d*)?|[.]\\d+)([eE][+-]?\\d{1,3})?");

    private CheckpointJudge() {
    }

    /**
     * Returns whether {@code answer} is right: a choice must be one of the right choices, and a
     * number must lie within the checkpoint's relative tolerance of the simulated value.
     */
    public static boolean isRight(Checkpoint checkpoint, Expected expected, String answer) {
        if (answer == null || answer.isBlank()) {
            return false;
        }
        if (expected instanceof Expected.Choices choices) {
            return choices.correct().contains(answer);
        }
        Expected.Number number = (Expected.Number) expected;
        double given;
        try {
            given = parseNumber(answer);
        } catch (NumberFormatException e) {
            return false;
        }
        double tolerance = Math.abs(number.value()) * checkpoint.tolerance();
        return Math.abs(given - number.value()) <= tolerance;
    }

    /** Parses a number typed with a decimal point or a decimal comma, and optional spaces. */
    public static double parseNumber(String text) {
        String cleaned = text.strip().replace("\u202f", "").replace("\u00a0", "").replace(" ", "")
                .replace(',', '.').replace('−', '-');
        if (!NUMBER.matcher(cleaned).matches()) {
            throw new NumberFormatException("not a number: " + text);
        }
        return Double.parseDouble(cleaned);
    }
}
