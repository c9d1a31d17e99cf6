package org.tripartite.ui.figure;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.tripartite.engine.param.ParameterSpec;
import org.tripartite.engine.param.ParameterValues;
import org.tripartite.i18n.Language;
import org.tripartite.i18n.NumberFormats;
import org.tripartite.lesson.model.PairMemory;
import org.tripartite.ui.chart.ChartTheme;
import org.tripartite.ui.chart.EChart;

/**
 * Key → value pairs (countries and capitals) stored in the network and recalled by key. In the
 * pairs mode: recall against the number of stored pairs and against m (interference). In the age
 * mode: recall of each pair against its position in the list, with leaking synapses and
 * processes, a delay and distractor pairs written during it.
 */
public class RecallFigure extends Figure {

    /** The chart set of the figure. */
    public enum Mode { PAIRS, AGE }

    static final int REPEATS = PairMemory.REPEATS;
    /** Numbers of hidden neurons of the interference curve. */
    public static final List<Integer> MS = List.of(10, 30, 100, 300, 1000, 3000, 10_000);

    /** The curves of one computation. */
    public record Curves(List<PairMemory.Pair> pairs, double[] byCount, double[] softmaxByCount, double[] byM,
            double[] byPosition, double[] byPositionReference, double[] byPositionNoDelay) {
    }

    private final Mode mode;
    private final EChart mainChart = new EChart();
    private final EChart secondChart = new EChart();
    private final Span summary = new Span();
    private Curves curves;

    public RecallFigure(FigureContext context, Mode mode) {
        super(context);
        this.mode = mode;
        markAsSummary(summary);
        useLanguage(mainChart);
        useLanguage(secondChart);
        mainChart.setHeight(mode == Mode.AGE ? "380px" : "300px");
        secondChart.setHeight("280px");
        secondChart.setVisible(mode == Mode.PAIRS);
        Span caption = new Span(text(mode == Mode.AGE ? "recall.caption.age" : "recall.caption.pairs", REPEATS));
        caption.addClassName("tp-figure-caption");
        add(summary, mainChart, secondChart, caption);
        addStatusArea();
    }

    @Override
    public List<ParameterSpec> parameters() {
        return PairMemory.SPECS;
    }

    /**
     * Computes the curves of {@code mode}.
     *
     * @throws IllegalArgumentException when the pairs cannot be read or are too many
     */
    public static Curves compute(Mode mode, ParameterValues values) {
        List<PairMemory.Pair> pairs = PairMemory.parse(values.getString("pairs"));
        PairMemory memory = new PairMemory(pairs, values.getLong("seed"));
        int m = values.getInt("m");
        if (mode == Mode.PAIRS) {
            double[] byM = new double[MS.size()];
            for (int i = 0; i < byM.length; i++) {
                double[] accuracy = memory.accuracyByCount(MS.get(i), REPEATS);
                byM[i] = accuracy[accuracy.length - 1];
            }
            return new Curves(pairs, memory.accuracyByCount(m, REPEATS), memory.softmaxAccuracyByCount(), byM,
                    null, null, null);
        }
        double infinity = Double.POSITIVE_INFINITY;
        return new Curves(pairs, null, null, null,
                memory.accuracyByPosition(m, REPEATS, values.getDouble("tauH"), values.getDouble("tauP"),
                        values.getDouble("delay"), values.getInt("distractors")),
                memory.accuracyByPosition(m, REPEATS, infinity, infinity, 0, 0),
                // The same leaks tested at once: what the delay alone changes.
                memory.accuracyByPosition(m, REPEATS, values.getDouble("tauH"), values.getDouble("tauP"), 0, 0));
    }

    @Override
    public void show(ParameterValues values) {
        List<PairMemory.Pair> pairs;
        try {
            pairs = PairMemory.parse(values.getString("pairs"));
        } catch (IllegalArgumentException e) {
            showError(text("recall.invalidPair", e.getMessage()));
            return;
        }
        if (pairs.isEmpty() || pairs.size() > PairMemory.MAX_PAIRS) {
            showError(text("recall.pairCount", pairs.size(), PairMemory.MAX_PAIRS));
            return;
        }
        compute("recall", monitor -> compute(mode, values), computed -> {
            curves = computed;
            if (mode == Mode.PAIRS) {
                drawPairs(values.getInt("m"));
            } else {
                drawAge(values);
            }
        });
    }

    public Curves curves() {
        return curves;
    }

    public EChart mainChart() {
        return mainChart;
    }

    public EChart secondChart() {
        return secondChart;
    }

    private void drawPairs(int m) {
        Language language = context.language();
        int count = curves.pairs().size();
        String accuracy = NumberFormats.format(100 * curves.byCount()[count - 1], language);
        summary.setText(text("recall.summary.pairs", accuracy, count, NumberFormats.format(m, language)));

        double[] counts = new double[count];
        for (int n = 0; n < count; n++) {
            counts[n] = n + 1;
        }
        ObjectNode byCount = ChartTheme.base(text("recall.count.aria", count, NumberFormats.format(m, language)),
                text("chart.save"), "recall-pairs");
        ObjectNode x = ChartTheme.axis("value", text("recall.axis.pairs"));
        x.put("min", 1).put("max", count).put("minInterval", 1);
        byCount.set("xAxis", x);
        byCount.set("yAxis", percentAxis());
        decorate(byCount);
        ArrayNode series = byCount.putArray("series");
        ObjectNode network = Charts.line(text("recall.series.network", NumberFormats.format(m, language)), 0);
        network.put("showSymbol", true).put("symbolSize", 7);
        network.set("data", Charts.roundedPoints(counts, percent(curves.byCount())));
        series.add(network);
        ObjectNode softmax = Charts.line(text("recall.series.softmax"), 0);
        softmax.put("showSymbol", true).put("symbol", "rect");
        softmax.putObject("lineStyle").put("type", "dashed");
        softmax.set("data", Charts.roundedPoints(counts, percent(curves.softmaxByCount())));
        series.add(softmax);
        mainChart.setOption(byCount);

        double[] ms = MS.stream().mapToDouble(Integer::doubleValue).toArray();
        ObjectNode byM = ChartTheme.base(text("recall.m.aria", count), text("chart.save"), "recall-m");
        byM.set("xAxis", ChartTheme.axis("log", text("recall.axis.m")));
        byM.set("yAxis", percentAxis());
        decorate(byM);
        ObjectNode mCurve = Charts.line(text("recall.series.allPairs", count), 0);
        mCurve.put("showSymbol", true).put("symbolSize", 7);
        mCurve.set("data", Charts.roundedPoints(ms, percent(curves.byM())));
        mCurve.set("markLine", Charts.timeMarker(m));
        byM.putArray("series").add(mCurve);
        secondChart.setOption(byM);
    }

    private void drawAge(ParameterValues values) {
        Language language = context.language();
        int count = curves.pairs().size();
        double recalled = 0;
        double reference = 0;
        double noDelay = 0;
        for (int i = 0; i < count; i++) {
            recalled += curves.byPosition()[i];
            reference += curves.byPositionReference()[i];
            noDelay += curves.byPositionNoDelay()[i];
        }
        summary.setText(text("recall.summary.age", NumberFormats.format(recalled, language),
                NumberFormats.format(reference, language), count, NumberFormats.format(noDelay, language)));

        ObjectNode option = ChartTheme.base(text("recall.age.aria", count), text("chart.save"), "recall-age");
        ObjectNode x = ChartTheme.axis("category", text("recall.axis.position"));
        ArrayNode labels = x.putArray("data");
        for (PairMemory.Pair pair : curves.pairs()) {
            labels.add(pair.key());
        }
        ((ObjectNode) x.get("axisLabel")).put("interval", 0).put("rotate", 45);
        x.put("nameGap", 64);
        option.set("xAxis", x);
        option.set("yAxis", percentAxis());
        decorate(option);
        ((ObjectNode) option.get("grid")).put("bottom", 96);
        ArrayNode series = option.putArray("series");
        ObjectNode now = series.addObject();
        now.put("type", "bar").put("name", text("recall.series.afterDelay",
                org.tripartite.ui.controls.TimeControlBar.formatTime(values.getDouble("delay"), language),
                values.getInt("distractors")));
        now.set("data", com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode());
        for (double value : percent(curves.byPosition())) {
            ((ArrayNode) now.get("data")).add(Charts.round(value));
        }
        ObjectNode noLeak = Charts.line(text("recall.series.noLeak"), 0);
        noLeak.put("showSymbol", true).put("symbol", "rect").put("symbolSize", 7);
        noLeak.putObject("lineStyle").put("type", "dashed");
        ArrayNode referenceData = noLeak.putArray("data");
        for (double value : percent(curves.byPositionReference())) {
            referenceData.add(Charts.round(value));
        }
        series.add(noLeak);
        mainChart.setOption(option);
    }

    private ObjectNode percentAxis() {
        ObjectNode axis = ChartTheme.axis("value", text("recall.axis.accuracy"));
        axis.put("min", 0).put("max", 100);
        return axis;
    }

    private static void decorate(ObjectNode option) {
        option.putObject("legend").put("top", 0).put("left", "center");
        option.putObject("tooltip").put("trigger", "axis");
        ((ObjectNode) option.get("grid")).put("top", 48);
    }

    private static double[] percent(double[] fractions) {
        double[] result = new double[fractions.length];
        for (int i = 0; i < fractions.length; i++) {
            result[i] = 100 * fractions[i];
        }
        return result;
    }
}
