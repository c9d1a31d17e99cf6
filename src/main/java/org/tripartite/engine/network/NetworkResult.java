package org.tripartite.engine.network;

import java.util.List;

/**
 * Result of the {@code network} experiment. Query rows follow the order of the queries.
 *
 * @param tokens          the words written
 * @param queries         0-based token index of each query
 * @param recording       traces of the dynamical run
 * @param dynamicalC      astrocyte calcium at the end of each read, a.u.
 * @param dynamicalY      output at the end of each read
 * @param algebraicC      C(q) = pᵀφ(q) of the algebraic network with the same leaks (or c₀ when
 *                        blocked), a.u.
 * @param algebraicY      its output
 * @param softmaxY        exact softmax attention output, for comparison
 * @param logZ            log of the exact softmax normaliser of each query
 */
public record NetworkResult(List<String> tokens, int[] queries, Recording recording,
        double[] dynamicalC, double[][] dynamicalY, double[] algebraicC, double[][] algebraicY,
        double[][] softmaxY, double[] logZ) {
}
