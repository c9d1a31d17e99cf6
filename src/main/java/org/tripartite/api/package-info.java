/**
 * The public JSON API under {@code /api/v1}: the list of experiments with their parameters, and
 * runs of one experiment with parameters given in the query string. Runs go through the shared
 * {@link org.tripartite.run.SimulationExecutor}; errors are RFC 9457 problem documents.
 */
package org.tripartite.api;
