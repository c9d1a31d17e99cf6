package org.tripartite.lesson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a lesson's Markdown file: a front matter with {@code title} and {@code promise}, then
 * sections opened by HTML comments ({@code <!-- step: id -->}, {@code <!-- checkpoint -->},
 * {@code <!-- choice: id -->}, {@code <!-- explain-right -->}, {@code <!-- explain-wrong -->}).
 * A step or checkpoint section starts with a {@code # title} line.
 */
public final class LessonTextParser {

    private static final Pattern MARKER = Pattern.compile(
            "^<!--\\s*(step|checkpoint|choice|explain-right|explain-wrong)\\s*(?::\\s*([\\w-]+))?\\s*-->\\s*$");

    private LessonTextParser() {
    }

    /**
     * Parses {@code source}; {@code name} only identifies the file in error messages.
     *
     * @throws CourseFormatException when the front matter or a marker is malformed
     */
    public static LessonText parse(String name, String source) {
        List<String> lines = source.replace("\r\n", "\n").lines().toList();
        Map<String, String> frontMatter = new LinkedHashMap<>();
        int index = readFrontMatter(name, lines, frontMatter);

        Map<String, LessonText.Section> steps = new LinkedHashMap<>();
        String checkpointTitle = null;
        StringBuilder question = null;
        List<LessonText.Choice> choices = new ArrayList<>();
        String explainRight = null;
        String explainWrong = null;

        String kind = null;
        String id = null;
        List<String> block = new ArrayList<>();
        for (int i = index; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : null;
            Matcher marker = line == null ? null : MARKER.matcher(line.trim());
            boolean boundary = line == null || marker.matches();
            if (!boundary) {
                block.add(line);
                continue;
            }

            if (kind != null) {
                String body = String.join("\n", block).strip();
                switch (kind) {
                    case "step" -> steps.put(id, titled(name, id, body));
                    case "checkpoint" -> {
                        LessonText.Section section = titled(name, "checkpoint", body);
                        checkpointTitle = section.title();
                        question = new StringBuilder(section.markdown());
                    }
                    case "choice" -> choices.add(new LessonText.Choice(id, body));
                    case "explain-right" -> explainRight = body;
                    default -> explainWrong = body;
                }
            } else if (!String.join("", block).isBlank()) {
                throw new CourseFormatException(name + ": text before the first section marker");
            }

            block.clear();
            if (marker != null) {
                kind = marker.group(1);
                id = marker.group(2);
                if (("step".equals(kind) || "choice".equals(kind)) && id == null) {
                    throw new CourseFormatException(name + ": marker '" + line.trim() + "' needs an id");
                }
            }
        }

        String title = require(name, frontMatter, "title");
        String promise = require(name, frontMatter, "promise");
        if (question == null || explainRight == null || explainWrong == null) {
            throw new CourseFormatException(name + ": the checkpoint, explain-right and explain-wrong sections are required");
        }
        LessonText.CheckpointText checkpoint = new LessonText.CheckpointText(
                checkpointTitle, question.toString(), choices, explainRight, explainWrong);
        return new LessonText(title, promise, steps, checkpoint);
    }

    private static int readFrontMatter(String name, List<String> lines, Map<String, String> frontMatter) {
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        if (first >= lines.size() || !lines.get(first).trim().equals("---")) {
            throw new CourseFormatException(name + ": the file must start with a '---' front matter");
        }
        for (int i = first + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.trim().equals("---")) {
                return i + 1;
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                frontMatter.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
            }
        }
        throw new CourseFormatException(name + ": the front matter is not closed by '---'");
    }

    private static LessonText.Section titled(String name, String id, String body) {
        if (!body.startsWith("# ")) {
            throw new CourseFormatException(name + ": section '" + id + "' must start with a '# title' line");
        }
        int end = body.indexOf('\n');
        String title = (end < 0 ? body.substring(2) : body.substring(2, end)).strip();
        String markdown = end < 0 ? "" : body.substring(end + 1).strip();
        return new LessonText.Section(title, markdown);
    }

    private static String require(String name, Map<String, String> frontMatter, String key) {
        String value = frontMatter.get(key);
        if (value == null || value.isEmpty()) {
            throw new CourseFormatException(name + ": the front matter has no '" + key + "'");
        }
        return value;
    }
}
