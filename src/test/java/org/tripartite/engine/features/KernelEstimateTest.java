package org.tripartite.engine.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tripartite.engine.tokens.TokenSequence;

class KernelEstimateTest {

    /** One query q and one key k with q·k = 0.1 and ‖q+k‖² = 0.76. */
    private static TokenSequence pair() {
        double[] q = {0.5, 0.1, 0.0, 0.0};
        double[] k = {0.1, 0.5, 0.2, 0.0};
        return new TokenSequence(List.of("q"), new double[][] {q}, new double[][] {k},
                new double[][] {{1.0}});
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    @Test
    void positiveFeaturesAreUnbiasedWithPredictedVariance() {
        TokenSequence s = pair();
        double[] q = s.queries()[0];
        double[] k = s.keys()[0];
        double exact = Math.exp(dot(q, k));
        double sumNorm2 = 0;
        for (int i = 0; i < q.length; i++) {
            sumNorm2 += (q[i] + k[i]) * (q[i] + k[i]);
        }
        int m = 4;
        int draws = 20_000;
        double predictedVariance = exact * exact * Math.expm1(sumNorm2) / m;

        double sum = 0;
        double sumSquares = 0;
        for (int draw = 0; draw < draws; draw++) {
            double estimate = KernelEstimate.pairs(s, FeatureMapKind.POSITIVE, m, draw).estimated()[0];
            sum += estimate;
            sumSquares += estimate * estimate;
        }
        double mean = sum / draws;
        double variance = sumSquares / draws - mean * mean;
        // Unbiased: the mean of 20 000 draws lies within 4 standard errors of exp(q·k).
        double standardError = Math.sqrt(predictedVariance / draws);
        assertEquals(exact, mean, 4 * standardError);
        // Variance exp(2q·k)(exp(‖q+k‖²) − 1)/m within 10 % (the sample variance of these
        // log-normal terms has a relative standard error of about 2 % here).
        assertEquals(predictedVariance, variance, 0.10 * predictedVariance);
    }

    @Test
    void cosineFeaturesAreUnbiased() {
        TokenSequence s = pair();
        double exact = Math.exp(dot(s.queries()[0], s.keys()[0]));
        int draws = 20_000;
        double sum = 0;
        double sumSquares = 0;
        for (int draw = 0; draw < draws; draw++) {
            double estimate = KernelEstimate.pairs(s, FeatureMapKind.COSINE, 4, draw).estimated()[0];
            sum += estimate;
            sumSquares += estimate * estimate;
        }
        double mean = sum / draws;
        double standardError = Math.sqrt((sumSquares / draws - mean * mean) / draws);
        assertEquals(exact, mean, 4 * standardError);
    }

    @Test
    void relativeSpreadFallsAsInverseSquareRootOfM() {
        // Fact 2: relative standard deviation √((exp(‖q+k‖²) − 1)/m). The kernel error over many
        // pairs estimates it; 100 times more features give 10 times less error.
        TokenSequence s = org.tripartite.engine.tokens.Sequences.gaussian(48, 16, 0, 0.5, 3);
        double small = KernelEstimate.pairs(s, FeatureMapKind.POSITIVE, 100, 1).kernelError();
        double large = KernelEstimate.pairs(s, FeatureMapKind.POSITIVE, 10_000, 1).kernelError();
        assertEquals(10.0, small / large, 3.0);
        double predicted = KernelExperiment.predictedRelativeStd(s, 100);
        assertEquals(predicted, small, 0.35 * predicted);
    }

    @Test
    void exactValuesAreExpOfDotProducts() {
        TokenSequence s = org.tripartite.engine.tokens.Sequences.gaussian(5, 4, 0, 1.0, 3);
        KernelPairs pairs = KernelEstimate.pairs(s, FeatureMapKind.ELU, 4, 0);
        assertEquals(25, pairs.exact().length);
        for (int qi = 0; qi < 5; qi++) {
            for (int ki = 0; ki < 5; ki++) {
                double expected = Math.exp(dot(s.queries()[qi], s.keys()[ki]));
                assertEquals(expected, pairs.exact()[qi * 5 + ki], 1e-14 * expected);
                assertTrue(pairs.estimated()[qi * 5 + ki] > 0);
            }
        }
    }
}
