package org.tripartite.lesson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tripartite.i18n.Language;

/**
 * Loads the course from the class path: {@code course/course.json} for the structure, presets and
 * checkpoint rules, and {@code course/<lesson>/<language>.md} for the texts. Every lesson must have
 * a text in every language, and every step and fixed choice a section in each text.
 */
public final class CourseLoader {

    private static final String ROOT = "course/";
    private final ObjectMapper json = new ObjectMapper();
    private final ClassLoader classLoader;

    public CourseLoader(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    /** @throws CourseFormatException when a file is missing or malformed */
    public Course load() {
        JsonNode root = readJson(ROOT + "course.json");
        List<Lesson> lessons = new ArrayList<>();
        for (JsonNode node : root.path("lessons")) {
            lessons.add(lesson(node));
        }
        if (lessons.isEmpty()) {
            throw new CourseFormatException("course.json lists no lessons");
        }
        return new Course(lessons);
    }

    private Lesson lesson(JsonNode node) {
        String id = requireText(node, "id", "a lesson");
        List<Step> steps = new ArrayList<>();
        for (JsonNode stepNode : node.path("steps")) {
            String stepId = requireText(stepNode, "id", "a step of lesson " + id);
            List<String> controls = new ArrayList<>();
            stepNode.path("controls").forEach(control -> controls.add(control.asText()));
            steps.add(new Step(stepId, requireText(stepNode, "view", "step " + stepId), controls,
                    preset(stepNode.path("preset"))));
        }
        if (steps.isEmpty()) {
            throw new CourseFormatException("lesson " + id + " has no steps");
        }
        Checkpoint checkpoint = checkpoint(id, node.path("checkpoint"));

        Map<Language, LessonText> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String path = ROOT + id + "/" + language.code() + ".md";
            LessonText text = LessonTextParser.parse(path, readText(path));
            for (Step step : steps) {
                if (!text.steps().containsKey(step.id())) {
                    throw new CourseFormatException(path + " has no section for step " + step.id());
                }
            }
            for (String choice : checkpoint.choices()) {
                if (text.checkpoint().choices().stream().noneMatch(c -> c.id().equals(choice))) {
                    throw new CourseFormatException(path + " has no label for choice " + choice);
                }
            }
            texts.put(language, text);
        }
        return new Lesson(id, node.path("minutes").asInt(10), steps, checkpoint, texts);
    }

    private Checkpoint checkpoint(String lessonId, JsonNode node) {
        if (node.isMissingNode()) {
            throw new CourseFormatException("lesson " + lessonId + " has no checkpoint");
        }
        Checkpoint.Kind kind = Checkpoint.Kind.valueOf(
                requireText(node, "kind", "the checkpoint of " + lessonId).toUpperCase(Locale.ROOT));
        List<String> choices = new ArrayList<>();
        node.path("choices").forEach(choice -> choices.add(choice.asText()));
        String choicesFrom = node.hasNonNull("choicesFrom") ? node.get("choicesFrom").asText() : null;
        if (kind == Checkpoint.Kind.CHOICE && choices.isEmpty() && choicesFrom == null) {
            throw new CourseFormatException("the checkpoint of " + lessonId + " has no choices");
        }
        return new Checkpoint(kind, requireText(node, "measure", "the checkpoint of " + lessonId),
                choices, choicesFrom, preset(node.path("preset")), node.path("tolerance").asDouble(0));
    }

    private static Map<String, LocalizedValue> preset(JsonNode node) {
        Map<String, LocalizedValue> preset = new LinkedHashMap<>();
        node.fields().forEachRemaining(entry -> {
            JsonNode value = entry.getValue();
            if (value.isObject()) {
                Map<Language, String> perLanguage = new EnumMap<>(Language.class);
                value.fields().forEachRemaining(languageEntry -> Language.fromCode(languageEntry.getKey())
                        .ifPresent(language -> perLanguage.put(language, languageEntry.getValue().asText())));
                String common = perLanguage.getOrDefault(Language.EN, "");
                preset.put(entry.getKey(), new LocalizedValue(common, perLanguage));
            } else {
                preset.put(entry.getKey(), LocalizedValue.of(value.asText()));
            }
        });
        return preset;
    }

    private static String requireText(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.asText().isBlank()) {
            throw new CourseFormatException(where + " has no '" + field + "'");
        }
        return value.asText();
    }

    private JsonNode readJson(String path) {
        try {
            return json.readTree(readText(path));
        } catch (IOException e) {
            throw new CourseFormatException(path + " is not valid JSON: " + e.getMessage(), e);
        }
    }

    private String readText(String path) {
        try (InputStream in = classLoader.getResourceAsStream(path)) {
            if (in == null) {
                throw new CourseFormatException("missing course file " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CourseFormatException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }
}
