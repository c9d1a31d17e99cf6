package org.tripartite.engine.features;

import java.util.Locale;

/**
 * Feature map φ: R^d → R^m of the hidden neurons.
 *
 * <ul>
 *   <li>{@link #POSITIVE}: positive random features φ(x) = m^(-1/2) exp(W x − ‖x‖²/2), W with
 *       standard normal entries; E[φ(q)·φ(k)] = exp(q·k) exactly, and every entry is positive.</li>
 *   <li>{@link #COSINE}: random Fourier features φ(x) = (2/m)^(1/2) exp(‖x‖²/2) cos(W x + b), b
 *       uniform on [0, 2π); also unbiased for exp(q·k), but entries can be negative, so the
 *       normaliser C can be zero or negative.</li>
 *   <li>{@link #ELU}: the deterministic map φ(x) = elu(x) + 1 with m = d; exact kernel attention
 *       with its own kernel, not an approximation of softmax.</li>
 * </ul>
 */
public enum FeatureMapKind {
    POSITIVE, COSINE, ELU;

    /** Lower-case identifier used in parameters ("positive", "cosine", "elu"). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Returns the kind with identifier {@code id}, or throws {@link IllegalArgumentException}. */
    public static FeatureMapKind fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }

    /** Returns true when the map is random and m can be chosen (false for {@link #ELU}). */
    public boolean isRandom() {
        return this != ELU;
    }

    /** Returns the number of features actually used: {@code m}, or d for {@link #ELU}. */
    public int effectiveFeatures(int m, int d) {
        return this == ELU ? d : m;
    }
}
