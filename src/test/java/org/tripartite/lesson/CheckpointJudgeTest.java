package org.tripartite.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tripartite.lesson.check.CheckpointJudge;
import org.tripartite.lesson.check.Expected;

class CheckpointJudgeTest {

    private static final Checkpoint NUMERIC = new Checkpoint(Checkpoint.Kind.NUMERIC, "features.errorRatio",
            List.of(), null, Map.of(), 0.35);
    private static final Checkpoint CHOICE = new Checkpoint(Checkpoint.Kind.CHOICE, "synapse.weightGrows",
            List.of("pre", "post", "both", "none"), null, Map.of(), 0);

    @Test
    void numberWithinToleranceIsRight() {
        Expected expected = new Expected.Number(10.0);

        assertTrue(CheckpointJudge.isRight(NUMERIC, expected, "10"));
        assertTrue(CheckpointJudge.isRight(NUMERIC, expected, "13,5"));
        assertTrue(CheckpointJudge.isRight(NUMERIC, expected, "6.5"));
    }

    @Test
    void numberOutsideToleranceIsWrong() {
        Expected expected = new Expected.Number(10.0);

        assertFalse(CheckpointJudge.isRight(NUMERIC, expected, "13.6"));
        assertFalse(CheckpointJudge.isRight(NUMERIC, expected, "100"));
        assertFalse(CheckpointJudge.isRight(NUMERIC, expected, "3.16"));
    }

    @Test
    void nonNumbersAreWrong() {
        Expected expected = new Expected.Number(10.0);

        assertFalse(CheckpointJudge.isRight(NUMERIC, expected, "ten"));
        assertFalse(CheckpointJudge.isRight(NUMERIC, expected, "NaN"));
        assertFalse(CheckpointJudge.isRight(NUMERIC, expected, "Infinity"));
        assertFalse(CheckpointJudge.isRight(NUMERIC, expected, "10d"));
        assertFalse(CheckpointJudge.isRight(NUMERIC, expected, ""));
    }

    @Test
    void frenchNumbersParse() {
        assertEquals(12345.5, CheckpointJudge.parseNumber("12\u202f345,5"), 0);
        assertEquals(-0.5, CheckpointJudge.parseNumber("−0,5"), 0);
        assertThrows(NumberFormatException.class, () -> CheckpointJudge.parseNumber("0x10"));
    }

    @Test
    void choiceMustBeAmongCorrectOnes() {
        Expected expected = new Expected.Choices(Set.of("both"), List.of());

        assertTrue(CheckpointJudge.isRight(CHOICE, expected, "both"));
        assertFalse(CheckpointJudge.isRight(CHOICE, expected, "pre"));
        assertFalse(CheckpointJudge.isRight(CHOICE, expected, null));
    }
}
