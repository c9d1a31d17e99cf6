package org.tripartite.ui.figure;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The figures a lesson step can name as its {@code view}, by name. */
public final class Figures {

    private static final Map<String, Function<FigureContext, Figure>> BY_VIEW = Map.ofEntries(
            Map.entry("write-heatmap", WriteFigure::new),
            Map.entry("read-traces", ReadFigure::new),
            Map.entry("normaliser-trace", NormaliserTraceFigure::new),
            Map.entry("knockout-growth", KnockoutFigure::new),
            Map.entry("recall-pairs", context -> new RecallFigure(context, RecallFigure.Mode.PAIRS)),
            Map.entry("recall-age", context -> new RecallFigure(context, RecallFigure.Mode.AGE)),
            Map.entry("memory-completion", MemoryCompletionFigure::new),
            Map.entry("capacity", CapacityFigure::new),
            Map.entry("attention-bars", context -> new AttentionFigure(context, AttentionFigure.Mode.BARS)),
            Map.entry("attention-matrix", context -> new AttentionFigure(context, AttentionFigure.Mode.MATRIX)),
            Map.entry("normaliser-bars", context -> new AttentionFigure(context, AttentionFigure.Mode.NORMALISER)),
            Map.entry("kernel-scatter", KernelScatterFigure::new),
            Map.entry("error-sweep", context -> new ErrorSweepFigure(context, false)),
            Map.entry("norm-sweep", context -> new ErrorSweepFigure(context, true)),
            Map.entry("synapse-traces", SynapseFigure::new));

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
