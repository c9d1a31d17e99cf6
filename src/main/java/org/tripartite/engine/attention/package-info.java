/** Exact softmax attention (the reference) and the text attention experiment. */
package org.tripartite.engine.attention;
