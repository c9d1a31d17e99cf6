package org.tripartite.ui.figure;

import org.tripartite.lesson.model.LessonModels;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.tripartite.engine.network.KnockoutExperiment;
import org.tripartite.engine.network.KnockoutParams;
import org.tripartite.engine.network.KnockoutResult;
import org.tripartite.engine.param.ParameterSpec;
import org.tripartite.engine.param.ParameterValues;
import org.tripartite.i18n.Language;
import org.tripartite.i18n.NumberFormats;
import org.tripartite.ui.chart.ChartTheme;
import org.tripartite.ui.chart.EChart;

/**
 * The knock-out as memory fills: output norm and error against the number of stored tokens, with
 * the astrocyte and with its calcium blocked at c₀, for similar or unrelated tokens, on log–log
 * axes. The {@code blocked} switch chooses which network the summary measures and the chart
 * brings forward; both curves stay drawn for comparison.
 */
public class KnockoutFigure extends Figure {

    private final KnockoutExperiment experiment = new KnockoutExperiment();
    private final EChart normChart = new EChart();
    private final EChart errorChart = new EChart();
    private final Span summary = new Span();
    private KnockoutResult result;
    private boolean blocked;

    public KnockoutFigure(FigureContext context) {
        super(context);
        markAsSummary(summary);
        useLanguage(normChart);
        useLanguage(errorChart);
        normChart.setHeight("320px");
        errorChart.setHeight("260px");
        Span caption = caption("knockout.caption");
        add(summary, normChart, errorChart, caption);
        addStatusArea();
    }

    @Override
    public List<ParameterSpec> parameters() {
        return LessonModels.KNOCKOUT_SPECS;
    }

    @Override
    public void show(ParameterValues values) {
        KnockoutParams params = LessonModels.knockoutParams(values);
        boolean requestedBlocked = values.getBoolean("blocked");
        compute(experiment.id(), monitor -> experiment.run(params, monitor), computed -> {
            result = computed;
            blocked = requestedBlocked;
            draw(values.getString("kind"));
        });
    }

    public KnockoutResult result() {
        return result;
    }

    public EChart normChart() {
        return normChart;
    }

    public EChart errorChart() {
        return errorChart;
    }

    private void draw(String kind) {
        Language language = context.language();
        double slope = blocked ? result.blockedSlope() : result.astrocyteSlope();
        String factor = NumberFormats.format(Math.pow(2, slope), language);
        summary.setText(text(blocked ? "knockout.summary.blocked" : "knockout.summary.astrocyte", factor,
                text("param.kind." + kind)));

        List<KnockoutResult.Row> rows = result.rows();
        double[] tokens = new double[rows.size()];
        double[] astrocyteNorm = new double[rows.size()];
        double[] blockedNorm = new double[rows.size()];
        double[] softmaxNorm = new double[rows.size()];
        double[] astrocyteError = new double[rows.size()];
        double[] blockedError = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            KnockoutResult.Row row = rows.get(i);
            tokens[i] = row.tokens();
            astrocyteNorm[i] = row.astrocyteNorm();
            blockedNorm[i] = row.blockedNorm();
            softmaxNorm[i] = row.softmaxNorm();
            astrocyteError[i] = row.astrocyteError();
            blockedError[i] = row.blockedError();
        }

        ObjectNode norms = ChartTheme.base(text("knockout.norm.aria", text("param.kind." + kind), factor),
                text("chart.save"), "output-norm");
        norms.set("xAxis", tokenAxis(tokens));
        ObjectNode normY = ChartTheme.axis("log", text("knockout.axis.norm"));
        normY.put("nameGap", 52);
        norms.set("yAxis", normY);
        decorate(norms);
        ArrayNode normSeries = norms.putArray("series");
        normSeries.add(curve(text("knockout.series.astrocyte"), tokens, astrocyteNorm, "circle", !blocked));
        normSeries.add(curve(text("knockout.series.blocked"), tokens, blockedNorm, "rect", blocked));
        ObjectNode softmax = curve(text("knockout.series.softmax"), tokens, softmaxNorm, "none", false);
        softmax.putObject("lineStyle").put("type", "dashed").put("color", "#4b5563");
        softmax.putObject("itemStyle").put("color", "#4b5563");
        normSeries.add(softmax);
        normChart.setOption(norms);

        ObjectNode errors = ChartTheme.base(text("knockout.error.aria", text("param.kind." + kind)), text("chart.save"),
                "output-error");
        errors.set("xAxis", tokenAxis(tokens));
        ObjectNode errorY = ChartTheme.axis("log", text("knockout.axis.error"));
        errorY.put("nameGap", 52);
        errors.set("yAxis", errorY);
        decorate(errors);
        ArrayNode errorSeries = errors.putArray("series");
        errorSeries.add(curve(text("knockout.series.astrocyte"), tokens, astrocyteError, "circle", !blocked));
        errorSeries.add(curve(text("knockout.series.blocked"), tokens, blockedError, "rect", blocked));
        errorChart.setOption(errors);
    }

    private static void decorate(ObjectNode option) {
        option.putObject("legend").put("top", 0).put("left", "center");
        option.putObject("tooltip").put("trigger", "axis");
        ((ObjectNode) option.get("grid")).put("left", 72).put("top", 48);
    }

    /** Returns a log axis that ends at the longest stored sequence, not at the next power of ten. */
    private ObjectNode tokenAxis(double[] tokens) {
        ObjectNode axis = ChartTheme.axis("log", text("knockout.axis.tokens"));
        axis.put("min", tokens[0]).put("max", tokens[tokens.length - 1]);
        return axis;
    }

    private static ObjectNode curve(String name, double[] x, double[] y, String symbol, boolean emphasised) {
        ObjectNode series = Charts.line(name, 0);
        series.put("showSymbol", !"none".equals(symbol)).put("symbol", symbol).put("symbolSize", emphasised ? 9 : 6);
        series.putObject("lineStyle").put("width", emphasised ? 3.5 : 1.5).put("opacity", emphasised ? 1 : 0.6);
        series.set("data", Charts.roundedPoints(x, y));
        return series;
    }
}
