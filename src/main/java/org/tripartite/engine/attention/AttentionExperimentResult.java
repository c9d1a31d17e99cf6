package org.tripartite.engine.attention;

import java.util.List;

/**
 * Result of the {@code attention} experiment.
 *
 * @param tokens    the words, in order
 * @param weights   T × T softmax weights, row = query
 * @param z         normaliser Z(q_t) per query (see {@link AttentionResult} for overflow)
 * @param logZ      log Z(q_t), always exact
 * @param zOverflow true where Z exceeds the double range
 * @param outputs   T × d softmax outputs
 */
public record AttentionExperimentResult(List<String> tokens, double[][] weights, double[] z,
        double[] logZ, boolean[] zOverflow, double[][] outputs) {
}
