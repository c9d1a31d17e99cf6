package org.tripartite.engine.memory;

/**
 * Least-squares straight line through (ln x, ln y): y ≈ e^intercept · x^slope.
 *
 * @param slope     fitted exponent
 * @param intercept fitted ln of the prefactor
 * @param points    number of points used (those with x &gt; 0 and y &gt; 0)
 */
public record LogLogFit(double slope, double intercept, int points) {

    /**
     * Fits the points with positive coordinates.
     *
     * @throws IllegalArgumentException unless at least two such points have different x
     */
    public static LogLogFit of(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length: " + x.length + " and " + y.length);
        }

        int count = 0;
        double sumX = 0.0;
        double sumY = 0.0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] > 0.0 && y[i] > 0.0) {
                count++;
                sumX += Math.log(x[i]);
                sumY += Math.log(y[i]);
            }
        }
        if (count < 2) {
            throw new IllegalArgumentException("a log-log fit needs two points with positive coordinates, got " + count);
        }

        double meanX = sumX / count;
        double meanY = sumY / count;
        double sxx = 0.0;
        double sxy = 0.0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] > 0.0 && y[i] > 0.0) {
                double dx = Math.log(x[i]) - meanX;
                sxx += dx * dx;
                sxy += dx * (Math.log(y[i]) - meanY);
            }
        }
        if (sxx == 0.0) {
            throw new IllegalArgumentException("a log-log fit needs two different x values");
        }
        double slope = sxy / sxx;
        return new LogLogFit(slope, meanY - slope * meanX, count);
    }

    /** Returns true when {@link #of} can fit these points. */
    public static boolean canFit(double[] x, double[] y) {
        double firstX = Double.NaN;
        for (int i = 0; i < x.length; i++) {
            if (x[i] > 0.0 && y[i] > 0.0) {
                if (Double.isNaN(firstX)) {
                    firstX = x[i];
                } else if (x[i] != firstX) {
                    return true;
                }
            }
        }
        return false;
    }
}
