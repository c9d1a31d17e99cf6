package org.tripartite.ui.figure;

import java.util.function.BiConsumer;
import org.tripartite.i18n.Language;
import org.tripartite.run.SimulationExecutor;

/**
 * What a figure needs from the page around it.
 *
 * @param parameterChanged called when the figure itself changes a parameter (a click on a token
 *     makes it the query), so that the page updates its controls and its URL
 */
public record FigureContext(Language language, SimulationExecutor executor,
        BiConsumer<String, Object> parameterChanged) {
}
