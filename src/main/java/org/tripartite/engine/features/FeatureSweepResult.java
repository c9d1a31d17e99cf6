package org.tripartite.engine.features;

import java.util.List;

/**
 * Result of the {@code feature-sweep} experiment.
 *
 * @param rows             one row per m, in the order given
 * @param normaliserSlope  least-squares slope of log normaliserError against log m (about −0.5
 *                         when the estimate converges as 1/√m); 0 with fewer than two distinct m
 * @param outputSlope      the same for outputError
 * @param zMaxOverMin      max/min of the exact normaliser Z over the queries
 */
public record FeatureSweepResult(List<Row> rows, double normaliserSlope, double outputSlope,
        double zMaxOverMin) {

    public FeatureSweepResult {
        rows = List.copyOf(rows);
    }

    /**
     * Errors at one m, averaged over the repeats.
     *
     * @param m                  number of features
     * @param normaliserError    mean of ‖C − Z‖/‖Z‖ over the repeats
     * @param normaliserErrorStd standard deviation of that error over the repeats (0 for one repeat)
     * @param outputError        mean of ‖Ŷ − Y‖_F/‖Y‖_F over the repeats
     * @param outputErrorStd     its standard deviation over the repeats
     * @param notPositiveCount   queries with C ≤ 0, summed over the repeats (cosine only)
     */
    public record Row(int m, double normaliserError, double normaliserErrorStd, double outputError,
            double outputErrorStd, int notPositiveCount) {
    }
}
