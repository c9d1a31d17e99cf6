package org.tripartite.lesson;

import java.util.List;
import java.util.Map;

/**
 * A lesson's text in one language, parsed from its Markdown file.
 *
 * @param steps step id to its title and Markdown body
 * @param checkpoint the checkpoint's title, question, choice labels and explanations
 */
public record LessonText(String title, String promise, Map<String, Section> steps, CheckpointText checkpoint) {

    public LessonText {
        steps = Map.copyOf(steps);
    }

    /** A titled piece of Markdown (with $…$ and $$…$$ math). */
    public record Section(String title, String markdown) {
    }

    /**
     * The checkpoint's texts; {@code explainRight} and {@code explainWrong} may contain
     * {@code {expected}} and {@code {given}}.
     */
    public record CheckpointText(String title, String question, List<Choice> choices,
            String explainRight, String explainWrong) {

        public CheckpointText {
            choices = List.copyOf(choices);
        }
    }

    public record Choice(String id, String label) {
    }
}
