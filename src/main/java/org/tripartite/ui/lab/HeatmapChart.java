package org.tripartite.ui.lab;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.tripartite.ui.chart.ChartJson;
import org.tripartite.ui.chart.ChartTheme;

/**
 * A matrix drawn as coloured cells, first row at the top.
 *
 * @param fileName    export file name without extension
 * @param title       title in the UI language
 * @param description what the chart shows, for screen readers
 * @param xName       name of the column axis
 * @param yName       name of the row axis
 * @param columns     column labels
 * @param rows        row labels
 * @param values      values[row][column]
 */
public record HeatmapChart(String fileName, String title, String description, String xName, String yName,
        List<String> columns, List<String> rows, double[][] values) implements LabChart {

    public HeatmapChart {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        if (values.length != rows.size()) {
            throw new IllegalArgumentException(values.length + " value rows for " + rows.size() + " row labels");
        }
    }

    /** Returns the matrix itself: the row label, then one column per column label. */
    @Override
    public DataTable table() {
        List<String> header = new ArrayList<>();
        header.add(yName + " \\ " + xName);
        header.addAll(columns);
        List<List<Object>> table = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<Object> row = new ArrayList<>();
            row.add(rows.get(r));
            for (double value : values[r]) {
                row.add(value);
            }
            table.add(row);
        }
        return new DataTable(header, table);
    }

    @Override
    public ObjectNode option(String saveTitle) {
        ObjectNode option = ChartTheme.base(description, saveTitle, fileName);
        ObjectNode xAxis = ChartTheme.axis("category", xName);
        xAxis.set("data", ChartJson.strings(columns));
        if (columns.size() > 8) {
            ((ObjectNode) xAxis.get("axisLabel")).put("rotate", 45);
            xAxis.put("nameGap", 56);
        }
        option.set("xAxis", xAxis);
        ObjectNode yAxis = ChartTheme.axis("category", yName);
        yAxis.set("data", ChartJson.strings(rows));
        yAxis.put("inverse", true).put("nameGap", 70);
        option.set("yAxis", yAxis);
        ((ObjectNode) option.get("grid")).put("left", 110).put("right", 72).put("bottom", 90);

        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        ArrayNode data = ChartJson.array();
        for (int r = 0; r < values.length; r++) {
            for (int c = 0; c < values[r].length; c++) {
                double value = values[r][c];
                if (Double.isFinite(value)) {
                    min = Math.min(min, value);
                    max = Math.max(max, value);
                }
                ArrayNode cell = data.addArray().add(c).add(r);
                XyChart.addNumber(cell, value);
            }
        }
        if (min > max) {
            min = 0;
            max = 1;
        }
        ObjectNode scale = ChartTheme.heatmapScale(min, max == min ? min + 1 : max);
        scale.put("orient", "vertical").put("right", 0).put("top", "middle");
        scale.remove(List.of("left", "bottom"));
        option.set("visualMap", scale);
        // Hatching would hide the colour scale that carries the values.
        ((ObjectNode) option.get("aria")).putObject("decal").put("show", false);
        ObjectNode series = option.putArray("series").addObject();
        series.put("type", "heatmap").put("name", title);
        series.set("data", data);
        return option;
    }
}
