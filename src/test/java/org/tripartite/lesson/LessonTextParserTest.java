package org.tripartite.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LessonTextParserTest {

    private static final String SOURCE = """
            ---
            title: Attention in a transformer
            promise: See where a word looks.
            ---

            <!-- step: sentence -->
            # Words become tokens

            Each word is a token with $q = W_Q x$.

            <!-- step: softmax -->
            # Softmax
            $$a_t = e^{q\\cdot k_t}/Z$$

            <!-- checkpoint -->
            # Predict
            Which token wins?
            <!-- choice: both -->
            Both neurons
            <!-- choice: pre -->
            Only the presynaptic one
            <!-- explain-right -->
            Yes: {expected}.
            <!-- explain-wrong -->
            No: {expected}, not {given}.
            """;

    @Test
    void parsesFrontMatterAndSteps() {
        LessonText text = LessonTextParser.parse("test.md", SOURCE);

        assertEquals("Attention in a transformer", text.title());
        assertEquals("See where a word looks.", text.promise());
        assertEquals(2, text.steps().size());
        assertEquals("Words become tokens", text.steps().get("sentence").title());
        assertEquals("Each word is a token with $q = W_Q x$.", text.steps().get("sentence").markdown());
        assertEquals("$$a_t = e^{q\\cdot k_t}/Z$$", text.steps().get("softmax").markdown());
    }

    @Test
    void parsesCheckpointChoicesAndExplanations() {
        LessonText.CheckpointText checkpoint = LessonTextParser.parse("test.md", SOURCE).checkpoint();

        assertEquals("Predict", checkpoint.title());
        assertEquals("Which token wins?", checkpoint.question());
        assertEquals(2, checkpoint.choices().size());
        assertEquals("both", checkpoint.choices().get(0).id());
        assertEquals("Only the presynaptic one", checkpoint.choices().get(1).label());
        assertEquals("Yes: {expected}.", checkpoint.explainRight());
        assertEquals("No: {expected}, not {given}.", checkpoint.explainWrong());
    }

    @Test
    void missingFrontMatterIsRejected() {
        CourseFormatException e = assertThrows(CourseFormatException.class,
                () -> LessonTextParser.parse("bad.md", "<!-- step: a -->\n# A\ntext"));
        assertTrue(e.getMessage().startsWith("bad.md:"), e.getMessage());
    }

    @Test
    void stepWithoutTitleIsRejected() {
        String source = "---\ntitle: T\npromise: P\n---\n<!-- step: a -->\nno title here\n";
        CourseFormatException e = assertThrows(CourseFormatException.class,
                () -> LessonTextParser.parse("bad.md", source));
        assertTrue(e.getMessage().contains("'# title'"), e.getMessage());
    }

    @Test
    void missingCheckpointIsRejected() {
        String source = "---\ntitle: T\npromise: P\n---\n<!-- step: a -->\n# A\ntext\n";
        assertThrows(CourseFormatException.class, () -> LessonTextParser.parse("bad.md", source));
    }
}
