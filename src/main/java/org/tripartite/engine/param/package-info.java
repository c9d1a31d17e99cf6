/**
 * Typed, validated experiment parameters: declarations ({@link ParameterSpec}), values
 * ({@link ParameterValues}), lenient and strict parsing from strings, and the rejection type
 * {@link InvalidParameterException} that carries every field a translated message needs.
 */
package org.tripartite.engine.param;
