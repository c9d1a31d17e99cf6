/** The neuron–astrocyte network: algebraic and dynamical forms, and their experiments. */
package org.tripartite.engine.network;
