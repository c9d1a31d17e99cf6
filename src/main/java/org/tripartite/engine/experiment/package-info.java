/** The common shape of experiments ({@link Experiment}) and their registry ({@link Experiments}). */
package org.tripartite.engine.experiment;
