package org.tripartite.engine.tokens;

import java.util.Arrays;
import java.util.List;

/**
 * A sequence of T tokens with their queries, keys and values.
 *
 * <p>Queries and keys are already scaled by d^(-1/4), so the softmax logit of query s and key t is
 * the plain dot product q_s·k_t. Arrays are T × d, T × d and T × dv (dv may be 0 when only
 * normalisers are needed). The record does not copy the arrays: treat them as read-only.
 *
 * @param labels  token labels for display (words, or generated names)
 * @param queries T × d
 * @param keys    T × d
 * @param values  T × dv
 */
public record TokenSequence(List<String> labels, double[][] queries, double[][] keys,
        double[][] values) {

    public TokenSequence {
        labels = List.copyOf(labels);
        int t = labels.size();
        if (t == 0) {
            throw new IllegalArgumentException("A token sequence needs at least one token");
        }
        if (queries.length != t || keys.length != t || values.length != t) {
            throw new IllegalArgumentException("Expected " + t + " rows of queries, keys and values");
        }
        int d = queries[0].length;
        int dv = values[0].length;
        for (int i = 0; i < t; i++) {
            if (queries[i].length != d || keys[i].length != d || values[i].length != dv) {
                throw new IllegalArgumentException("Row " + i + " has the wrong dimension");
            }
        }
    }

    /** Number of tokens T. */
    public int length() {
        return labels.size();
    }

    /** Query and key dimension d. */
    public int dimension() {
        return queries[0].length;
    }

    /** Value dimension dv. */
    public int valueDimension() {
        return values[0].length;
    }

    /** Returns true when every query equals its key (shared projection W_Q = W_K). */
    public boolean queriesEqualKeys() {
        if (queries == keys) {
            return true;
        }
        for (int i = 0; i < queries.length; i++) {
            if (!Arrays.equals(queries[i], keys[i])) {
                return false;
            }
        }
        return true;
    }

    /** Returns the first {@code n} tokens (rows shared, not copied). */
    public TokenSequence prefix(int n) {
        return new TokenSequence(labels.subList(0, n), Arrays.copyOf(queries, n),
                Arrays.copyOf(keys, n), Arrays.copyOf(values, n));
    }
}
