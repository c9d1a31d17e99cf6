package org.tripartite.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.ComponentUtil;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EChartTest {

    @Test
    void mergeKeepsOtherSeriesAndReplacesData() {
        EChart chart = new EChart();
        ObjectNode option = ChartTheme.base("two lines", "Save", "file");
        option.putArray("series").add(line("a", 1, 2)).add(line("b", 3, 4));
        chart.setOption(option);

        ObjectNode update = ChartJson.object();
        update.putArray("series").add(ChartJson.object()).addObject().set("data", ChartJson.numbers(new double[] {9}));
        chart.mergeOption(update);

        ObjectNode merged = chart.getOption();
        assertEquals("a", merged.get("series").get(0).get("name").asText());
        assertEquals(2, merged.get("series").get(0).get("data").size());
        assertEquals("b", merged.get("series").get(1).get("name").asText());
        assertEquals(1, merged.get("series").get(1).get("data").size());
        assertEquals(9.0, merged.get("series").get(1).get("data").get(0).asDouble());
    }

    @Test
    void baseOptionHasAriaPaletteAndSaveButton() {
        ObjectNode option = ChartTheme.base("weights of one query", "Enregistrer en PNG", "weights");

        assertTrue(option.get("aria").get("enabled").asBoolean());
        assertEquals("weights of one query", option.get("aria").get("label").get("description").asText());
        assertEquals("Enregistrer en PNG",
                option.get("toolbox").get("feature").get("saveAsImage").get("title").asText());
        assertEquals(ChartTheme.PALETTE.length, option.get("color").size());
    }

    @Test
    void ariaDescriptionBecomesAccessibleName() {
        EChart chart = new EChart();
        chart.setOption(ChartTheme.base("scatter of 64 pairs", "Save", "file"));

        assertEquals("scatter of 64 pairs", chart.getElement().getAttribute("aria-label"));
        assertEquals("img", chart.getElement().getAttribute("role"));
    }

    @Test
    void getOptionReturnsACopy() {
        EChart chart = new EChart();
        chart.setOption(ChartTheme.base("x", "Save", "file"));

        chart.getOption().put("title", "changed");
        assertTrue(chart.getOption().path("title").isMissingNode());
    }

    @Test
    void clickEventCarriesDataIndex() {
        EChart chart = new EChart();
        AtomicInteger clicked = new AtomicInteger(-1);
        chart.addItemClickListener(event -> clicked.set(event.getDataIndex()));

        ComponentUtil.fireEvent(chart, new EChart.ItemClickEvent(chart, true, 0, 5, "cat"));
        assertEquals(5, clicked.get());
    }

    @Test
    void pointsRejectUnequalLengths() {
        assertThrows(IllegalArgumentException.class,
                () -> ChartJson.points(new double[] {1, 2}, new double[] {1}));
    }

    private static ObjectNode line(String name, double... values) {
        ObjectNode series = ChartJson.object();
        series.put("type", "line").put("name", name);
        series.set("data", ChartJson.numbers(values));
        return series;
    }
}
