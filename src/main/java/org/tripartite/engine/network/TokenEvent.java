package org.tripartite.engine.network;

/**
 * A token presentation on the timeline: a key–value pair being written, or a query being read.
 *
 * @param token    index of the token in the sequence
 * @param label    its label (word)
 * @param reading  false while writing, true while reading
 * @param startMs  presentation start, ms
 * @param endMs    presentation end, ms (the write slot's gap follows it)
 */
public record TokenEvent(int token, String label, boolean reading, double startMs, double endMs) {
}
