package org.tripartite.ui.lab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The named presets of every experiment, read once from {@code lab/presets.json}: an object
 * whose keys are experiment ids and whose values are lists of
 * {@code {"id": …, "name": {"en": …, "fr": …}, "values": {parameter: canonical string}}}.
 */
public final class LabPresets {

    static final String RESOURCE = "/lab/presets.json";

    private static final Map<String, List<LabPreset>> BY_EXPERIMENT = load();

    private LabPresets() {
    }

    /** Returns the presets of {@code experiment}, in file order; empty when it has none. */
    public static List<LabPreset> of(String experiment) {
        return BY_EXPERIMENT.getOrDefault(experiment, List.of());
    }

    /** Returns the ids of the experiments that have presets. */
    static java.util.Set<String> experiments() {
        return BY_EXPERIMENT.keySet();
    }

    private static Map<String, List<LabPreset>> load() {
        try (InputStream in = LabPresets.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing class path resource " + RESOURCE);
            }
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, List<LabPreset>> presets = new LinkedHashMap<>();
            root.fields().forEachRemaining(experiment -> {
                List<LabPreset> list = new ArrayList<>();
                for (JsonNode node : experiment.getValue()) {
                    list.add(new LabPreset(node.path("id").asText(), strings(node.path("name")),
                            strings(node.path("values"))));
                }
                presets.put(experiment.getKey(), List.copyOf(list));
            });
            return Map.copyOf(presets);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    private static Map<String, String> strings(JsonNode object) {
        Map<String, String> map = new LinkedHashMap<>();
        object.fields().forEachRemaining(entry -> map.put(entry.getKey(), entry.getValue().asText()));
        return map;
    }
}
