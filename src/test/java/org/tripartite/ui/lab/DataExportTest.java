package org.tripartite.ui.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tripartite.i18n.Language;

class DataExportTest {

    private static final DataTable TABLE = new DataTable(List.of("m", "error; relative", "label"),
            List.of(List.of(100, 0.25, "a \"b\""), Arrays.asList(1000, 1.5e-5, null),
                    Arrays.asList(10000, Double.NaN, "=SUM(A1)")));

    @Test
    void csvInEnglishUsesCommaAndPoint() {
        byte[] bytes = DataExport.csv(TABLE, Language.EN);

        assertEquals(0xEF, bytes[0] & 0xFF);
        assertEquals(0xBB, bytes[1] & 0xFF);
        assertEquals(0xBF, bytes[2] & 0xFF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        String[] lines = text.split("\r\n");
        assertEquals("m,error; relative,label", lines[0]);
        assertEquals("100,0.25,\"a \"\"b\"\"\"", lines[1]);
        assertEquals("1000,1.5E-5,", lines[2]);
        assertEquals("10000,,'=SUM(A1)", lines[3]);
    }

    @Test
    void csvInFrenchUsesSemicolonAndComma() {
        String text = new String(DataExport.csv(TABLE, Language.FR), StandardCharsets.UTF_8);

        assertTrue(text.startsWith(DataExport.BOM));
        String[] lines = text.substring(1).split("\r\n");
        assertEquals("m;\"error; relative\";label", lines[0]);
        assertEquals("100;0,25;\"a \"\"b\"\"\"", lines[1]);
        assertEquals("1000;1,5E-5;", lines[2]);
    }

    @Test
    void jsonUsesDecimalPoint() throws Exception {
        byte[] bytes = DataExport.json(TABLE, "kernel", "kernel-scatter", Map.of("m", "100"));

        JsonNode root = new ObjectMapper().readTree(bytes);
        assertEquals("kernel", root.get("experiment").asText());
        assertEquals("100", root.get("parameters").get("m").asText());
        assertEquals(0.25, root.get("rows").get(0).get(1).asDouble(), 0);
        assertTrue(root.get("rows").get(2).get(1).isNull());
        assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("0.25"));
    }

    @Test
    void xyTableIsWideWhenSeriesShareX() {
        XyChart chart = new XyChart("f", "t", "d", "x", "y", false, false, List.of(), List.of(
                new Series("a", Series.Style.LINE, new double[] {1, 2}, new double[] {3, 4}),
                new Series("b", Series.Style.LINE, new double[] {1, 2}, new double[] {5, 6})));

        DataTable table = chart.table();
        assertEquals(List.of("x", "a", "b"), table.columns());
        assertEquals(List.of(2.0, 4.0, 6.0), table.rows().get(1));
    }

    @Test
    void heatmapTableIsTheMatrix() {
        HeatmapChart chart = new HeatmapChart("f", "t", "d", "key", "query", List.of("k1", "k2"), List.of("q1"),
                new double[][] {{0.25, 0.75}});

        DataTable table = chart.table();
        assertEquals(List.of("query \\ key", "k1", "k2"), table.columns());
        assertEquals(List.of("q1", 0.25, 0.75), table.rows().get(0));
    }
}
