package org.tripartite.engine.features;

/**
 * The relative errors used by every chart, test and API answer.
 *
 * <ul>
 *   <li>kernel error ‖K̂ − K‖_F / ‖K‖_F over all query–key pairs;</li>
 *   <li>normaliser error ‖C − Z‖ / ‖Z‖ over the queries of a sequence;</li>
 *   <li>output error ‖Ŷ − Y‖_F / ‖Y‖_F over the queries.</li>
 * </ul>
 * The log forms take log |estimate|, its sign and log exact, so they stay exact where the values
 * themselves would overflow: ‖E − X‖/‖X‖ = sqrt(Σ X_i² (E_i/X_i − 1)² / Σ X_i²), with each X_i²
 * taken relative to the largest.
 */
public final class ErrorMeasures {

    private ErrorMeasures() {
    }

    /**
     * Returns ‖E − X‖ / ‖X‖ from log forms: {@code logAbsEstimate[i]} = log |E_i| (any value ≤
     * −1e300 meaning E_i = 0), {@code negativeEstimate[i]} its sign, {@code logExact[i]} = log X_i
     * with X_i &gt; 0.
     */
    public static double relativeErrorFromLogs(double[] logAbsEstimate, boolean[] negativeEstimate,
            double[] logExact) {
        double maxLog = Double.NEGATIVE_INFINITY;
        for (double v : logExact) {
            maxLog = Math.max(maxLog, v);
        }
        double numerator = 0;
        double denominator = 0;
        for (int i = 0; i < logExact.length; i++) {
            double weight = Math.exp(2.0 * (logExact[i] - maxLog));
            double ratio = logAbsEstimate[i] <= -1e300 ? 0.0
                    : Math.exp(logAbsEstimate[i] - logExact[i]);
            if (negativeEstimate != null && negativeEstimate[i]) {
                ratio = -ratio;
            }
            double difference = ratio - 1.0;
            numerator += weight * difference * difference;
            denominator += weight;
        }
        double error = Math.sqrt(numerator / denominator);
        return Double.isFinite(error) ? error : Double.MAX_VALUE;
    }

    /** Returns ‖estimate − exact‖_F / ‖exact‖_F for matrices of finite values; 0 when both are 0. */
    public static double relativeError(double[][] estimate, double[][] exact) {
        double numerator = 0;
        double denominator = 0;
        for (int s = 0; s < exact.length; s++) {
            for (int i = 0; i < exact[s].length; i++) {
                double difference = estimate[s][i] - exact[s][i];
                numerator += difference * difference;
                denominator += exact[s][i] * exact[s][i];
            }
        }
        if (denominator == 0) {
            return numerator == 0 ? 0.0 : Double.MAX_VALUE;
        }
        return Math.sqrt(numerator / denominator);
    }

    /** Returns the normaliser error ‖C − Z‖ / ‖Z‖ of a kernel read-out against log Z. */
    public static double normaliserError(KernelAttentionResult kernel, double[] logZ) {
        boolean[] negative = new boolean[logZ.length];
        for (int i = 0; i < negative.length; i++) {
            negative[i] = kernel.c()[i] < 0;
        }
        return relativeErrorFromLogs(kernel.logAbsC(), negative, logZ);
    }

    /**
     * Returns the least-squares slope of log y against log x; NaN-free: 0 for fewer than two
     * distinct x. All values must be positive.
     */
    public static double logLogSlope(double[] x, double[] y) {
        int n = x.length;
        double meanX = 0;
        double meanY = 0;
        for (int i = 0; i < n; i++) {
            meanX += Math.log(x[i]);
            meanY += Math.log(y[i]);
        }
        meanX /= n;
        meanY /= n;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            double dx = Math.log(x[i]) - meanX;
            sxy += dx * (Math.log(y[i]) - meanY);
            sxx += dx * dx;
        }
        return sxx == 0 ? 0.0 : sxy / sxx;
    }
}
