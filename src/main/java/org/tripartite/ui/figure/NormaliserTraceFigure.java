package org.tripartite.ui.figure;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.tripartite.engine.features.NormaliserTraceExperiment;
import org.tripartite.engine.features.NormaliserTraceParams;
import org.tripartite.engine.features.NormaliserTraceResult;
import org.tripartite.engine.param.ParameterSpec;
import org.tripartite.engine.param.ParameterValues;
import org.tripartite.i18n.Language;
import org.tripartite.i18n.NumberFormats;
import org.tripartite.ui.chart.ChartTheme;
import org.tripartite.ui.chart.EChart;

/**
 * The figure of the 2023 paper, reproduced qualitatively: for every query token of a sequence
 * drawn from a small vocabulary, the astrocyte calcium C(q_t) over the exact softmax normaliser
 * Z(q_t), with m hidden neurons switchable between 10³ and 10⁵.
 */
public class NormaliserTraceFigure extends Figure {

    static final List<ParameterSpec> SPECS = List.of(
            ParameterSpec.choice("m", "1000", "1000", "100000"),
            ParameterSpec.integer("tokens", 196, 1, 256, ""),
            ParameterSpec.integer("d", 64, 1, 128, ""),
            ParameterSpec.seed("seed"));

    private final NormaliserTraceExperiment experiment = new NormaliserTraceExperiment();
    private final EChart chart = new EChart();
    private final Span summary = new Span();
    private NormaliserTraceResult result;

    public NormaliserTraceFigure(FigureContext context) {
        super(context);
        markAsSummary(summary);
        useLanguage(chart);
        chart.setHeight("400px");
        Span caption = caption("trace.caption");
        add(summary, chart, caption);
        addStatusArea();
    }

    @Override
    public List<ParameterSpec> parameters() {
        return SPECS;
    }

    /**
     * Returns the experiment's parameters: the vocabulary sequence of 40 words, with m = 10³ as
     * its smaller number of features or m = 10⁵ as its larger, each with the experiment's own
     * draw of W, and a single feature in the other slot, which this figure does not draw.
     */
    public static NormaliserTraceParams traceParams(ParameterValues values) {
        NormaliserTraceExperiment experiment = new NormaliserTraceExperiment();
        int m = Integer.parseInt(values.getString("m"));
        boolean high = m > 1000;
        ParameterValues trace = ParameterValues.defaults(experiment.parameters())
                .with("source", "vocabulary")
                .with("tokens", values.getInt("tokens"))
                .with("d", values.getInt("d"))
                .with("mLow", high ? 1 : m)
                .with("mHigh", high ? m : 1)
                .with("seed", values.getLong("seed"));
        return experiment.parameters(trace);
    }

    @Override
    public void show(ParameterValues values) {
        NormaliserTraceParams params = traceParams(values);
        compute(experiment.id(), monitor -> experiment.run(params, monitor), computed -> {
            result = computed;
            draw();
        });
    }

    public NormaliserTraceResult result() {
        return result;
    }

    /** Returns the trace drawn now: the one with more than a single feature. */
    public NormaliserTraceResult.Trace shownTrace() {
        NormaliserTraceResult.Trace low = result.traces().get(0);
        return low.m() > 1 ? low : result.traces().get(1);
    }

    public EChart chart() {
        return chart;
    }

    private void draw() {
        Language language = context.language();
        NormaliserTraceResult.Trace trace = shownTrace();
        String m = NumberFormats.format(trace.m(), language);
        String error = NumberFormats.format(trace.normaliserError(), language);
        summary.setText(text("trace.summary", m, error));

        ObjectNode option = ChartTheme.base(text("trace.aria", result.labels().size(), m, error), text("chart.save"),
                "normaliser-trace");
        ObjectNode x = ChartTheme.axis("value", text("trace.axis.token"));
        x.put("min", 1).put("max", result.labels().size());
        option.set("xAxis", x);
        ObjectNode y = ChartTheme.axis("value", text("trace.axis.normaliser"));
        y.put("scale", true).put("nameGap", 52);
        option.set("yAxis", y);
        option.putObject("legend").put("top", 0).put("left", "center");
        option.putObject("tooltip").put("trigger", "axis");
        ((ObjectNode) option.get("grid")).put("left", 72).put("top", 48);
        ArrayNode series = option.putArray("series");
        double[] position = new double[result.labels().size()];
        for (int t = 0; t < position.length; t++) {
            position[t] = t + 1;
        }
        ObjectNode exact = Charts.line(text("trace.series.z"), 0);
        exact.putObject("lineStyle").put("width", 3);
        exact.set("data", Charts.roundedPoints(position, result.z()));
        series.add(exact);
        ObjectNode calcium = Charts.line(text("trace.series.c", m), 0);
        calcium.putObject("lineStyle").put("type", "dashed").put("width", 2);
        calcium.set("data", Charts.roundedPoints(position, trace.c()));
        series.add(calcium);
        chart.setOption(option);
    }
}
