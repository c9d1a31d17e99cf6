package org.tripartite.ui.lab;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One chart of a lab run, built from the experiment's typed result: the ECharts option that
 * draws it and the table of the data behind it, which the CSV and JSON exports write.
 */
public sealed interface LabChart permits XyChart, HeatmapChart {

    /** File name of the exports, without extension (for example {@code kernel-scatter}). */
    String fileName();

    /** Title shown above the chart, in the UI language. */
    String title();

    /** Returns the data behind the chart, one row per point or cell. */
    DataTable table();

    /** Returns the ECharts option; {@code saveTitle} labels the PNG button of its toolbox. */
    ObjectNode option(String saveTitle);
}
