package org.tripartite.ui.lab;

/**
 * One series of an {@link XyChart}: points (x_i, y_i) drawn in a style.
 *
 * @param name  legend name, in the UI language
 * @param style how the points are drawn
 * @param x     x values; category indices when the chart has categories
 * @param y     y values, of the same length
 */
public record Series(String name, Style style, double[] x, double[] y) {

    /** Drawing style of a series. */
    public enum Style { LINE, DASHED, POINTS, BARS }

    public Series {
        if (x.length != y.length) {
            throw new IllegalArgumentException("series " + name + ": x has " + x.length + " values but y has " + y.length);
        }
    }

    /** Returns the indices 0, 1, …, count − 1 as x values of a category or position axis. */
    public static double[] indices(int count) {
        double[] x = new double[count];
        for (int i = 0; i < count; i++) {
            x[i] = i;
        }
        return x;
    }
}
