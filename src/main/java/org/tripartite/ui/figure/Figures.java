package org.tripartite.ui.figure;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The figures a lesson step can name as its {@code view}, by name. */
public final class Figures {

    private static final Map<String, Function<FigureContext, Figure>> BY_VIEW = Map.of(
            "attention-bars", context -> new AttentionFigure(context, AttentionFigure.Mode.BARS),
            "attention-matrix", context -> new AttentionFigure(context, AttentionFigure.Mode.MATRIX),
            "normaliser-bars", context -> new AttentionFigure(context, AttentionFigure.Mode.NORMALISER),
            "kernel-scatter", KernelScatterFigure::new,
            "error-sweep", context -> new ErrorSweepFigure(context, false),
            "norm-sweep", context -> new ErrorSweepFigure(context, true),
            "synapse-traces", SynapseFigure::new);

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
