/** The tripartite synapse alone: an exact stepper and the schedule experiment. */
package org.tripartite.engine.synapse;
