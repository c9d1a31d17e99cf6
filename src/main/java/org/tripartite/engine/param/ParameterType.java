package org.tripartite.engine.param;

/**
 * Type of an experiment parameter, which fixes the Java type of its value in
 * {@link ParameterValues}.
 *
 * <ul>
 *   <li>{@link #INTEGER}: {@link Integer}</li>
 *   <li>{@link #LONG}: {@link Long} (used for seeds)</li>
 *   <li>{@link #DOUBLE}: {@link Double}; positive infinity is allowed only when the maximum of the
 *       spec is infinite, and its canonical string form is {@code none} (for example "no leak")</li>
 *   <li>{@link #BOOLEAN}: {@link Boolean}, written {@code true} or {@code false}</li>
 *   <li>{@link #TEXT}: {@link String}; the bounds of the spec apply to its length in characters</li>
 *   <li>{@link #INT_LIST}: unmodifiable {@code List<Integer>}, written comma-separated; the bounds
 *       apply to every element and {@link ParameterSpec#maxItems()} to the length</li>
 *   <li>{@link #CHOICE}: {@link String}, one of {@link ParameterSpec#choices()}</li>
 * </ul>
 */
public enum ParameterType {
    INTEGER, LONG, DOUBLE, BOOLEAN, TEXT, INT_LIST, CHOICE
}
