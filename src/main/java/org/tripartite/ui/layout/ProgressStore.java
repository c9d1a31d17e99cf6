package org.tripartite.ui.layout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.UI;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tripartite.lesson.Lesson;

/**
 * The learner's progress, kept in the browser's local storage (no account, nothing on the server):
 * for each lesson, the steps visited and whether the checkpoint was answered.
 */
public final class ProgressStore {

    private static final Logger LOG = LoggerFactory.getLogger(ProgressStore.class);
    private static final String KEY = "tripartite.progress.v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ProgressStore() {
    }

    /** One lesson's progress. */
    public record LessonProgress(Set<Integer> visitedSteps, boolean checkpointAnswered) {

        public boolean isDone(Lesson lesson) {
            for (int step = 1; step <= lesson.steps().size(); step++) {
                if (!visitedSteps.contains(step)) {
                    return false;
                }
            }
            return checkpointAnswered;
        }

        public boolean isStarted() {
            return !visitedSteps.isEmpty() || checkpointAnswered;
        }
    }

    public static void markVisited(UI ui, String lessonId, int step) {
        ui.getPage().executeJs("""
                try {
                  const all = JSON.parse(localStorage.getItem($0) || '{}');
                  const lesson = all[$1] || { visited: [], checkpoint: false };
                  if (!lesson.visited.includes($2)) { lesson.visited.push($2); }
                  all[$1] = lesson;
                  localStorage.setItem($0, JSON.stringify(all));
                } catch (e) { /* storage disabled: progress is simply not kept */ }""", KEY, lessonId, step);
    }

    public static void markCheckpointAnswered(UI ui, String lessonId) {
        ui.getPage().executeJs("""
                try {
                  const all = JSON.parse(localStorage.getItem($0) || '{}');
                  const lesson = all[$1] || { visited: [], checkpoint: false };
                  lesson.checkpoint = true;
                  all[$1] = lesson;
                  localStorage.setItem($0, JSON.stringify(all));
                } catch (e) { /* storage disabled: progress is simply not kept */ }""", KEY, lessonId);
    }

    /** Reads the progress of {@code lessonId} and hands it to {@code consumer} on the UI thread. */
    public static void read(UI ui, String lessonId, Consumer<LessonProgress> consumer) {
        ui.getPage().executeJs("try { return localStorage.getItem($0) || '{}'; } catch (e) { return '{}'; }", KEY)
                .then(String.class, json -> consumer.accept(parse(json, lessonId)),
                        error -> LOG.warn("Could not read progress from the browser: {}", error));
    }

    static LessonProgress parse(String json, String lessonId) {
        Set<Integer> visited = new HashSet<>();
        boolean checkpoint = false;
        try {
            JsonNode lesson = JSON.readTree(json == null ? "{}" : json).path(lessonId);
            lesson.path("visited").forEach(step -> visited.add(step.asInt()));
            checkpoint = lesson.path("checkpoint").asBoolean(false);
        } catch (Exception e) {
            LOG.debug("Ignoring unreadable progress data: {}", e.getMessage());
        }
        return new LessonProgress(visited, checkpoint);
    }
}
