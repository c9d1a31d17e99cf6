package org.tripartite.ui.lab;

import java.util.List;

/**
 * Builds the charts of one experiment from its typed result.
 *
 * @param <R> the experiment's result record
 */
@FunctionalInterface
public interface ResultCharts<R> {

    List<LabChart> charts(R result, ChartTexts texts);
}
