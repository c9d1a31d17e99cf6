package org.tripartite.engine.memory;

/** Implementation of tanh used for the transfer functions of the associative memory. */
public enum TanhImplementation {
    /** {@link Math#tanh}, the JDK implementation (not an intrinsic on HotSpot, so slower). */
    EXACT,
    /** {@link FastTanh#tanh}, built on {@link Math#exp}; absolute error at most 4.5e-16. */
    FAST;

    /** Returns tanh(y) with this implementation. */
    public double tanh(double y) {
        return this == FAST ? FastTanh.tanh(y) : Math.tanh(y);
    }
}
