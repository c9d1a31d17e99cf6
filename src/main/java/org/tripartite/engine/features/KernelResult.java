package org.tripartite.engine.features;

/**
 * Result of the {@code kernel} experiment.
 *
 * @param pairs                 exact and estimated kernel of every query–key pair, and the
 *                              kernel error ‖K̂ − K‖_F / ‖K‖_F
 * @param features              number of features used (m, or d for elu)
 * @param predictedRelativeStd  for positive features, the root mean square over pairs of the
 *                              predicted relative standard deviation √((exp(‖q+k‖²) − 1)/m);
 *                              0 for the other maps
 */
public record KernelResult(KernelPairs pairs, int features, double predictedRelativeStd) {

    /** Shortcut for {@code pairs().kernelError()}. */
    public double kernelError() {
        return pairs.kernelError();
    }
}
