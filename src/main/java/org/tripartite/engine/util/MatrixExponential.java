package org.tripartite.engine.util;

/**
 * Matrix exponential exp(A) of a small dense matrix by scaling and squaring with a Taylor
 * series: A is scaled by 2^-s so that its max-row-sum norm is at most 1/2, the series is summed
 * to 20 terms (truncation below 1e-25 relative), and the result is squared s times.
 *
 * <p>Used for the exact update of constant-coefficient linear ODE systems, z(t + Δ) =
 * exp(A Δ) z(t), whose matrices here have only non-positive real eigenvalues, so squaring does
 * not amplify rounding errors.
 */
public final class MatrixExponential {

    private static final int TERMS = 20;

    private MatrixExponential() {
    }

    /** Returns exp(a · scale) for a square matrix {@code a}. */
    public static double[][] exp(double[][] a, double scale) {
        int n = a.length;
        double norm = 0;
        for (double[] row : a) {
            double sum = 0;
            for (double v : row) {
                sum += Math.abs(v * scale);
            }
            norm = Math.max(norm, sum);
        }
        int squarings = norm <= 0.5 ? 0 : (int) Math.ceil(Math.log(norm / 0.5) / Math.log(2));
        double factor = scale / Math.pow(2, squarings);
        double[][] b = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                b[i][j] = a[i][j] * factor;
            }
        }
        double[][] result = identity(n);
        double[][] term = identity(n);
        for (int k = 1; k <= TERMS; k++) {
            term = multiply(term, b);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    term[i][j] /= k;
                    result[i][j] += term[i][j];
                }
            }
        }
        for (int s = 0; s < squarings; s++) {
            result = multiply(result, result);
        }
        return result;
    }

    /** Returns m · v. */
    public static double[] apply(double[][] m, double[] v) {
        double[] out = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            double sum = 0;
            for (int j = 0; j < v.length; j++) {
                sum += m[i][j] * v[j];
            }
            out[i] = sum;
        }
        return out;
    }

    static double[][] identity(int n) {
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            m[i][i] = 1.0;
        }
        return m;
    }

    static double[][] multiply(double[][] a, double[][] b) {
        int n = a.length;
        int p = b[0].length;
        double[][] c = new double[n][p];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < b.length; k++) {
                double aik = a[i][k];
                if (aik == 0) {
                    continue;
                }
                for (int j = 0; j < p; j++) {
                    c[i][j] += aik * b[k][j];
                }
            }
        }
        return c;
    }
}
