/**
 * Simulation engine of Tripartite: how neurons and astrocytes can compute transformer attention.
 *
 * <p>The engine is plain Java 17 with no UI, Spring or logging dependency. Linear algebra uses
 * {@code double[]} and {@code double[][]} arrays with hand-written loops and no matrix library,
 * because the random-feature computations stream over fixed-size blocks of features and fuse the
 * projection, the exponential and the sums in one pass, which a general matrix library does not
 * offer. Every computation is deterministic for a given seed, and feature blocks are reduced in a
 * fixed order, so results do not depend on the number of threads.
 *
 * <p>Sub-packages: {@code param} (typed, validated parameters), {@code run} (progress and
 * cancellation), {@code experiment} (the common experiment shape and the registry),
 * {@code tokens}, {@code attention}, {@code features}, {@code synapse} and {@code network}.
 */
package org.tripartite.engine;
