package org.tripartite.engine.memory;

import java.util.List;

/**
 * Result of the {@code capacity} experiment: one series per coupling kind.
 *
 * @param series measured series, quartic first when both kinds ran
 */
public record CapacityResult(List<CapacitySeries> series) {

    /** Copies the list. */
    public CapacityResult {
        series = List.copyOf(series);
    }

    /**
     * Capacity against N for one coupling kind.
     *
     * @param kind              pairwise or quartic
     * @param neurons           the values of N, in the order given
     * @param capacity          measured capacity at each N (0 when even one pattern fails)
     * @param atSearchLimit     true where the search limit itself passed, so the capacity may be
     *                          larger than reported
     * @param referenceCapacity the known scale at each N: 0.14 N or N³/(30 ln N)
     * @param fitted            true when at least two distinct N have a capacity above 0, so the
     *                          slope and intercept are defined
     * @param slope             fitted log-log slope of capacity against N, 0 when not fitted
     * @param intercept         fitted ln of the prefactor, 0 when not fitted
     * @param points            the search record at each N (tested K and recall fractions)
     */
    public record CapacitySeries(CouplingKind kind, int[] neurons, int[] capacity, boolean[] atSearchLimit,
                                 double[] referenceCapacity, boolean fitted, double slope, double intercept,
                                 List<CapacitySearch.CapacityPoint> points) {

        /** Copies the list of points. */
        public CapacitySeries {
            points = List.copyOf(points);
        }
    }
}
