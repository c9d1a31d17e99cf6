package org.tripartite.ui.figure;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The figures a lesson step can name as its {@code view}, by name. */
public final class Figures {

    private static final Map<String, Function<FigureContext, Figure>> BY_VIEW = Map.of();

    private Figures() {
    }

    public static Optional<Figure> create(String view, FigureContext context) {
        Function<FigureContext, Figure> factory = BY_VIEW.get(view);
        return factory == null ? Optional.empty() : Optional.of(factory.apply(context));
    }

    public static boolean supports(String view) {
        return BY_VIEW.containsKey(view);
    }

    public static Set<String> views() {
        return BY_VIEW.keySet();
    }
}
