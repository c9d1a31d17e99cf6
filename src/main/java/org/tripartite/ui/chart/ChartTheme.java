package org.tripartite.ui.chart;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The look shared by every chart: a colour-blind-safe palette, decal patterns for categories,
 * ECharts' aria description, a PNG export button and axis names with units.
 */
public final class ChartTheme {

    /** The Okabe–Ito palette, distinguishable with the common colour-vision deficiencies. */
    public static final String[] PALETTE = {
        "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"
    };

    /** A sequential scale for heatmaps (light to dark blue, monotone in lightness). */
    public static final String[] SEQUENTIAL = {"#f7fbff", "#c6dbef", "#6baed6", "#2171b5", "#08306b"};

    private static final String TEXT_COLOUR = "#1f2933";

    private ChartTheme() {
    }

    /**
     * Returns an option skeleton.
     *
     * @param description what the chart shows, read by screen readers (ECharts aria label)
     * @param saveTitle the label of the "save as PNG" button, in the UI language
     * @param fileName the PNG file name without extension
     */
    public static ObjectNode base(String description, String saveTitle, String fileName) {
        ObjectNode option = ChartJson.object();
        option.set("color", ChartJson.strings(java.util.List.of(PALETTE)));
        option.put("animationDurationUpdate", 200);
        option.putObject("textStyle").put("color", TEXT_COLOUR).put("fontSize", 13);

        ObjectNode aria = option.putObject("aria");
        aria.put("enabled", true);
        aria.putObject("label").put("enabled", true).put("description", description);
        aria.putObject("decal").put("show", true);

        ObjectNode toolbox = option.putObject("toolbox");
        toolbox.put("right", 8).put("top", 0);
        toolbox.putObject("feature").putObject("saveAsImage")
                .put("title", saveTitle)
                .put("name", fileName)
                .put("pixelRatio", 2)
                .put("backgroundColor", "#ffffff");

        option.putObject("tooltip").put("trigger", "item").put("confine", true);
        option.putObject("grid").put("left", 64).put("right", 24).put("top", 40).put("bottom", 56)
                .put("containLabel", false);
        return option;
    }

    /** Returns an axis with its name (unit included) centred along it. */
    public static ObjectNode axis(String type, String name) {
        ObjectNode axis = ChartJson.object();
        axis.put("type", type);
        axis.put("name", name);
        axis.put("nameLocation", "middle");
        axis.put("nameGap", "category".equals(type) ? 34 : 44);
        axis.putObject("nameTextStyle").put("fontWeight", "bold").put("color", TEXT_COLOUR);
        axis.putObject("axisLabel").put("color", TEXT_COLOUR);
        return axis;
    }

    /** Returns a continuous visual map for heatmaps. */
    public static ObjectNode heatmapScale(double min, double max) {
        ObjectNode map = ChartJson.object();
        map.put("min", min).put("max", max).put("calculable", true).put("orient", "horizontal")
                .put("left", "center").put("bottom", 0).put("itemHeight", 120);
        ArrayNode colours = ChartJson.strings(java.util.List.of(SEQUENTIAL));
        map.putObject("inRange").set("color", colours);
        map.putObject("textStyle").put("color", TEXT_COLOUR);
        return map;
    }
}
