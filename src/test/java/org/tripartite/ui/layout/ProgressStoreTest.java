package org.tripartite.ui.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tripartite.lesson.Checkpoint;
import org.tripartite.lesson.Lesson;
import org.tripartite.lesson.Step;

class ProgressStoreTest {

    private static final Lesson TWO_STEPS = new Lesson("attention", 8,
            List.of(new Step("a", "attention-bars", List.of(), Map.of()),
                    new Step("b", "attention-bars", List.of(), Map.of())),
            new Checkpoint(Checkpoint.Kind.CHOICE, "attention.mostAttended", List.of("x"), null, Map.of(), 0),
            Map.of());

    @Test
    void doneNeedsEveryStepAndTheCheckpoint() {
        ProgressStore.LessonProgress progress = ProgressStore.parse(
                "{\"attention\":{\"visited\":[1,2],\"checkpoint\":true}}", "attention");

        assertEquals(Set.of(1, 2), progress.visitedSteps());
        assertTrue(progress.isDone(TWO_STEPS));
    }

    @Test
    void missingStepMeansNotDone() {
        ProgressStore.LessonProgress progress = ProgressStore.parse(
                "{\"attention\":{\"visited\":[2],\"checkpoint\":true}}", "attention");

        assertFalse(progress.isDone(TWO_STEPS));
        assertTrue(progress.isStarted());
    }

    @Test
    void unansweredCheckpointMeansNotDone() {
        ProgressStore.LessonProgress progress = ProgressStore.parse(
                "{\"attention\":{\"visited\":[1,2],\"checkpoint\":false}}", "attention");

        assertFalse(progress.isDone(TWO_STEPS));
    }

    @Test
    void unreadableStorageIsEmptyProgress() {
        ProgressStore.LessonProgress progress = ProgressStore.parse("not json", "attention");

        assertFalse(progress.isStarted());
        assertFalse(ProgressStore.parse(null, "attention").isStarted());
    }
}
