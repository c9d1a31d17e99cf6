/**
 * Neuron–astrocyte associative memory (Kozachkov, Slotine and Krotov, "Neuron–astrocyte
 * associative memory", PNAS 2025) and its storage capacity.
 *
 * <p>{@link org.tripartite.engine.memory.AssociativeMemory} integrates the full dynamics of
 * neurons, synapses and astrocyte processes, with the four-neuron coupling computed through the
 * stored patterns and never as an N⁴ tensor; it is a stepper the UI can advance one step at a
 * time. {@link org.tripartite.engine.memory.ReducedMemory} is the binary memory with energy
 * −Σ_μ F(ξ^μ · σ), on which {@link org.tripartite.engine.memory.CapacitySearch} measures the
 * capacity for pairwise and quartic couplings. The experiments {@code associative-memory} and
 * {@code capacity} wrap them with validated parameters, progress and cancellation.
 *
 * <p>Plain {@code double[]} and {@code int[]} arrays are used with hand-written loops: the
 * symmetric synapse and process matrices are stored as packed upper triangles and updated in
 * fused passes, which no matrix library offers.
 */
package org.tripartite.engine.memory;
