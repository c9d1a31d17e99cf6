package org.tripartite.engine.network;

import java.util.List;

/**
 * Result of the {@code recall} experiment; accuracies are fractions of recalled pairs, averaged
 * over the repeats.
 *
 * @param pairCounts          stored pair counts, as given
 * @param ms                  numbers of hidden neurons, as given
 * @param accuracy            [m index][pair count index], without leak
 * @param softmaxAccuracy     [pair count index], exact softmax attention (the m → ∞ limit)
 * @param ageS                for the age test (largest pair count and m, with the leak): age of
 *                            pair i when read, s, oldest first
 * @param pairsWrittenAfter   number of pairs written after pair i
 * @param ageAccuracy         fraction of repeats in which pair i was recalled
 */
public record RecallResult(List<Integer> pairCounts, List<Integer> ms, double[][] accuracy,
        double[] softmaxAccuracy, double[] ageS, int[] pairsWrittenAfter, double[] ageAccuracy) {

    public RecallResult {
        pairCounts = List.copyOf(pairCounts);
        ms = List.copyOf(ms);
    }
}
