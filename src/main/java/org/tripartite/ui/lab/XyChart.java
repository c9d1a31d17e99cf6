package org.tripartite.ui.lab;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tripartite.ui.chart.ChartJson;
import org.tripartite.ui.chart.ChartTheme;

/**
 * A chart of series against one x axis: lines, points or bars, on linear or logarithmic axes,
 * with numeric x values or named categories.
 *
 * @param fileName    export file name without extension
 * @param title       title in the UI language
 * @param description what the chart shows, for screen readers
 * @param xName       x axis name with its unit
 * @param yName       y axis name with its unit
 * @param xLog        logarithmic x axis (ignored with categories)
 * @param yLog        logarithmic y axis
 * @param categories  names of the x categories, empty for a numeric x axis; series then use the
 *                    category indices as x
 * @param series      the series, drawn in order
 */
public record XyChart(String fileName, String title, String description, String xName, String yName,
        boolean xLog, boolean yLog, List<String> categories, List<Series> series) implements LabChart {

    /** Above this many points a scatter series uses ECharts' large mode. */
    private static final int LARGE_SCATTER = 2000;

    public XyChart {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
    }

    /**
     * Returns the data: with categories or when every series has the same x values, one column
     * of x and one column per series; otherwise one row per point, named by its series.
     */
    @Override
    public DataTable table() {
        List<String> columns = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        if (!categories.isEmpty() || sharedX()) {
            columns.add(xName);
            series.forEach(one -> columns.add(one.name()));
            int count = categories.isEmpty() ? series.get(0).x().length : categories.size();
            for (int i = 0; i < count; i++) {
                List<Object> row = new ArrayList<>();
                row.add(categories.isEmpty() ? (Object) series.get(0).x()[i] : categories.get(i));
                for (Series one : series) {
                    row.add(valueAt(one, i));
                }
                rows.add(row);
            }
            return new DataTable(columns, rows);
        }
        columns.addAll(List.of("series", xName, yName));
        for (Series one : series) {
            for (int i = 0; i < one.x().length; i++) {
                rows.add(List.of(one.name(), one.x()[i], one.y()[i]));
            }
        }
        return new DataTable(columns, rows);
    }

    private boolean sharedX() {
        double[] first = series.get(0).x();
        return series.stream().allMatch(one -> Arrays.equals(one.x(), first));
    }

    /** Returns the y value of {@code one} at category or row {@code index}, null where it has none. */
    private Object valueAt(Series one, int index) {
        if (categories.isEmpty()) {
            return one.y()[index];
        }
        for (int i = 0; i < one.x().length; i++) {
            if ((int) one.x()[i] == index) {
                return one.y()[i];
            }
        }
        return null;
    }

    @Override
    public ObjectNode option(String saveTitle) {
        ObjectNode option = ChartTheme.base(description, saveTitle, fileName);
        ObjectNode xAxis;
        if (categories.isEmpty()) {
            xAxis = ChartTheme.axis(xLog ? "log" : "value", xName);
        } else {
            xAxis = ChartTheme.axis("category", xName);
            xAxis.set("data", ChartJson.strings(categories));
            if (categories.size() > 12) {
                ((ObjectNode) xAxis.get("axisLabel")).put("rotate", 45);
                xAxis.put("nameGap", 56);
            }
        }
        option.set("xAxis", xAxis);
        ObjectNode yAxis = ChartTheme.axis(yLog ? "log" : "value", yName);
        yAxis.put("nameGap", 52);
        option.set("yAxis", yAxis);
        ObjectNode grid = (ObjectNode) option.get("grid");
        grid.put("left", 76).put("bottom", categories.size() > 12 ? 90 : 56);
        if (series.size() > 1) {
            option.putObject("legend").put("top", 0).put("left", "center").put("type", "scroll");
            grid.put("top", 56);
        }
        ArrayNode list = option.putArray("series");
        for (Series one : series) {
            list.add(seriesOption(one));
        }
        return option;
    }

    private ObjectNode seriesOption(Series one) {
        ObjectNode node = ChartJson.object();
        node.put("name", one.name());
        switch (one.style()) {
            case LINE -> node.put("type", "line").put("symbolSize", 6).put("showSymbol", one.x().length <= 60);
            case DASHED -> {
                node.put("type", "line").put("symbol", "none").put("silent", true);
                node.putObject("lineStyle").put("type", "dashed").put("width", 1.5);
            }
            case POINTS -> {
                node.put("type", "scatter").put("symbolSize", 5);
                if (one.x().length > LARGE_SCATTER) {
                    node.put("large", true);
                }
            }
            case BARS -> node.put("type", "bar").put("barMinHeight", 1);
        }
        ArrayNode data = node.putArray("data");
        for (int i = 0; i < one.x().length; i++) {
            ArrayNode point = data.addArray();
            point.add(one.x()[i]);
            addNumber(point, one.y()[i]);
        }
        return node;
    }

    /** JSON has no NaN or infinity: such values become null, which ECharts leaves out. */
    static void addNumber(ArrayNode array, double value) {
        if (Double.isFinite(value)) {
            array.add(value);
        } else {
            array.addNull();
        }
    }
}
