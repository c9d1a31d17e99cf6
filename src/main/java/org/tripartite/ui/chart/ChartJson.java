package org.tripartite.ui.chart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Small Jackson helpers for building ECharts options. */
public final class ChartJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ChartJson() {
    }

    public static ObjectNode object() {
        return NODES.objectNode();
    }

    public static ArrayNode array() {
        return NODES.arrayNode();
    }

    public static ArrayNode numbers(double[] values) {
        ArrayNode array = array();
        for (double value : values) {
            array.add(value);
        }
        return array;
    }

    public static ArrayNode strings(Iterable<String> values) {
        ArrayNode array = array();
        for (String value : values) {
            array.add(value);
        }
        return array;
    }

    /** Returns [[x0, y0], [x1, y1], …] for a line or scatter series. */
    public static ArrayNode points(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x has " + x.length + " values but y has " + y.length);
        }
        ArrayNode array = array();
        for (int i = 0; i < x.length; i++) {
            array.add(array().add(x[i]).add(y[i]));
        }
        return array;
    }

    /**
     * Merges {@code partial} into {@code target} the way ECharts merges options: objects merge
     * by key, and arrays of objects (series, axes) merge element by element, while arrays of
     * values (data) are replaced.
     */
    public static void merge(ObjectNode target, ObjectNode partial) {
        partial.fields().forEachRemaining(entry -> {
            JsonNode existing = target.get(entry.getKey());
            JsonNode incoming = entry.getValue();
            if (existing instanceof ObjectNode existingObject && incoming instanceof ObjectNode incomingObject) {
                merge(existingObject, incomingObject);
            } else if (existing instanceof ArrayNode existingArray && incoming instanceof ArrayNode incomingArray
                    && isArrayOfObjects(existingArray) && isArrayOfObjects(incomingArray)) {
                for (int i = 0; i < incomingArray.size(); i++) {
                    if (i < existingArray.size()) {
                        merge((ObjectNode) existingArray.get(i), (ObjectNode) incomingArray.get(i));
                    } else {
                        existingArray.add(incomingArray.get(i).deepCopy());
                    }
                }
            } else {
                target.set(entry.getKey(), incoming.deepCopy());
            }
        });
    }

    private static boolean isArrayOfObjects(ArrayNode array) {
        if (array.isEmpty()) {
            return false;
        }
        for (JsonNode element : array) {
            if (!element.isObject()) {
                return false;
            }
        }
        return true;
    }
}
