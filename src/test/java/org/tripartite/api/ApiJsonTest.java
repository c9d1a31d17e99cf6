package org.tripartite.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiJsonTest {

    record Sample(double plain, Double boxed, double[] values, double[][] matrix, List<Double> list,
            Map<String, Object> map, int count) {
    }

    @Test
    void nonFiniteNumbersBecomeNull() throws Exception {
        Sample sample = new Sample(Double.NaN, Double.POSITIVE_INFINITY,
                new double[] {1.5, Double.NEGATIVE_INFINITY, Double.NaN},
                new double[][] {{Double.POSITIVE_INFINITY, -2.0}}, List.of(Double.NaN, 3.0),
                Map.of("x", Double.NEGATIVE_INFINITY), 7);

        String text = new ObjectMapper().writeValueAsString(ApiJson.toTree(sample));

        assertEquals("{\"plain\":null,\"boxed\":null,\"values\":[1.5,null,null],"
                + "\"matrix\":[[null,-2.0]],\"list\":[null,3.0],\"map\":{\"x\":null},\"count\":7}",
                text);
    }

    @Test
    void outputIsStrictJson() throws Exception {
        Sample sample = new Sample(Double.NaN, Double.NaN, new double[] {Double.NaN},
                new double[][] {{Double.NaN}}, List.of(), Map.of(), 0);

        String text = new ObjectMapper().writeValueAsString(ApiJson.toTree(sample));

        assertTrue(!text.contains("NaN"), text);
        assertTrue(!text.contains("Infinity"), text);
    }

    @Test
    void finiteExtremesAreKept() {
        JsonNode tree = ApiJson.toTree(new double[] {Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE});

        assertEquals(Double.MAX_VALUE, tree.get(0).doubleValue());
        assertEquals(-Double.MAX_VALUE, tree.get(1).doubleValue());
        assertEquals(Double.MIN_VALUE, tree.get(2).doubleValue());
    }
}
