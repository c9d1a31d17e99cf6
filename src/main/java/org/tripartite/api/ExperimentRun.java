package org.tripartite.api;

import java.util.Map;

/**
 * Response body of a run.
 *
 * @param experiment experiment id
 * @param parameters every parameter actually used, the seed included, typed and in canonical form
 *                   (lists as arrays, choices in lower case, infinity as {@code "none"})
 * @param result     the engine's result record, with its component names as field names
 */
public record ExperimentRun(String experiment, Map<String, Object> parameters, Object result) {
}
