package org.tripartite.ui.figure;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.MathContext;
import org.tripartite.ui.chart.ChartJson;
import org.tripartite.ui.chart.ChartTheme;

/** Option pieces shared by the figures of the later lessons. */
final class Charts {

    /** A diverging blue–white–vermilion scale for signed values, from the Okabe–Ito palette. */
    static final String[] DIVERGING = {"#0072B2", "#9ecae1", "#f7f7f7", "#f4a582", "#D55E00"};

    private Charts() {
    }

    static ObjectNode line(String name, int yAxisIndex) {
        ObjectNode series = ChartJson.object();
        series.put("type", "line").put("name", name).put("showSymbol", false).put("yAxisIndex", yAxisIndex);
        series.putArray("data");
        return series;
    }

    /** Returns a vertical marker line at {@code x}, for the current time of a played recording. */
    static ObjectNode timeMarker(double x) {
        ObjectNode markLine = ChartJson.object();
        markLine.put("silent", true).put("symbol", "none");
        markLine.putObject("lineStyle").put("color", "#4b5563").put("type", "solid").put("width", 1.5);
        markLine.putObject("label").put("show", false);
        markLine.putArray("data").addObject().put("xAxis", x);
        return markLine;
    }

    /** Returns a symmetric diverging visual map from −limit to +limit. */
    static ObjectNode divergingScale(double limit) {
        ObjectNode scale = ChartTheme.heatmapScale(-limit, limit);
        scale.putObject("inRange").set("color", ChartJson.strings(java.util.List.of(DIVERGING)));
        return scale;
    }

    /** Rounds to four significant digits: plenty on screen, and it keeps each update small. */
    static double round(double value) {
        if (value == 0 || !Double.isFinite(value)) {
            return value;
        }
        return new BigDecimal(value).round(new MathContext(4)).doubleValue();
    }

    static ArrayNode roundedPoints(double[] x, double[] y) {
        ArrayNode array = ChartJson.array();
        for (int i = 0; i < x.length; i++) {
            array.add(ChartJson.array().add(round(x[i])).add(round(y[i])));
        }
        return array;
    }

    /** Switches the decal patterns off where a colour scale carries the values. */
    static void withoutDecals(ObjectNode option) {
        ((ObjectNode) option.get("aria")).putObject("decal").put("show", false);
    }
}
