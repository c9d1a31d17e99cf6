package org.tripartite.lesson;

import java.util.List;
import java.util.Map;
import org.tripartite.i18n.Language;

/**
 * One lesson: its steps, its checkpoint and its texts in every language.
 *
 * @param minutes the expected duration shown on the home page
 */
public record Lesson(String id, int minutes, List<Step> steps, Checkpoint checkpoint,
        Map<Language, LessonText> texts) {

    public Lesson {
        steps = List.copyOf(steps);
        texts = Map.copyOf(texts);
    }

    public LessonText text(Language language) {
        return texts.get(language);
    }

    /** Returns the number of pages a learner goes through: the steps, then the checkpoint. */
    public int pageCount() {
        return steps.size() + 1;
    }
}
