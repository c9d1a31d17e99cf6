package org.tripartite.ui.figure;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import org.tripartite.engine.features.FeatureSweepExperiment;
import org.tripartite.engine.features.FeatureSweepParams;
import org.tripartite.engine.features.FeatureSweepResult;
import org.tripartite.engine.param.ParameterSpec;
import org.tripartite.engine.param.ParameterValues;
import org.tripartite.i18n.Language;
import org.tripartite.i18n.NumberFormats;
import org.tripartite.ui.chart.ChartJson;
import org.tripartite.ui.chart.ChartTheme;
import org.tripartite.ui.chart.EChart;

/**
 * The normaliser error of the astrocyte against the number m of hidden neurons, on log–log axes
 * with a 1/√m guide line. In the norms mode a second curve at the reference norm ‖q‖² = 1 shows
 * how larger norms slow the convergence.
 */
public class ErrorSweepFigure extends Figure {

    /** The norm of the reference curve in the norms mode. */
    static final double REFERENCE_NORM = 1.0;

    private final boolean compareNorms;
    private final FeatureSweepExperiment experiment = new FeatureSweepExperiment();
    private final EChart chart = new EChart();
    private final Span summary = new Span();
    private List<FeatureSweepResult> results = List.of();

    public ErrorSweepFigure(FigureContext context, boolean compareNorms) {
        super(context);
        this.compareNorms = compareNorms;
        markAsSummary(summary);
        useLanguage(chart);
        chart.setHeight("400px");
        Span caption = new Span(text(compareNorms ? "sweep.caption.norms" : "sweep.caption"));
        caption.addClassName("tp-figure-caption");
        add(summary, chart, caption);
        addStatusArea();
    }

    @Override
    public List<ParameterSpec> parameters() {
        return FeatureSweepParams.SPECS;
    }

    @Override
    public void show(ParameterValues values) {
        FeatureSweepParams params = experiment.parameters(values);
        List<FeatureSweepParams> runs = new ArrayList<>();
        runs.add(params);
        if (compareNorms && params.qkNorm2() != REFERENCE_NORM) {
            runs.add(experiment.parameters(values.with("qkNorm2", REFERENCE_NORM)));
        }
        compute(experiment.id(), monitor -> {
            List<FeatureSweepResult> computed = new ArrayList<>();
            for (int i = 0; i < runs.size(); i++) {
                computed.add(experiment.run(runs.get(i), monitor.slice((double) i / runs.size(),
                        (double) (i + 1) / runs.size())));
            }
            return computed;
        }, computed -> {
            results = computed;
            draw(runs);
        });
    }

    public List<FeatureSweepResult> results() {
        return results;
    }

    public EChart chart() {
        return chart;
    }

    private void draw(List<FeatureSweepParams> runs) {
        Language language = context.language();
        FeatureSweepResult main = results.get(0);
        summary.setText(text("sweep.summary", NumberFormats.format(main.normaliserSlope(), language),
                NumberFormats.format(runs.get(0).qkNorm2(), language)));

        ObjectNode option = ChartTheme.base(text("sweep.aria", NumberFormats.format(main.normaliserSlope(), language)),
                text("chart.save"), "normaliser-error");
        option.set("xAxis", ChartTheme.axis("log", text("sweep.axis.m")));
        ObjectNode yAxis = ChartTheme.axis("log", text("sweep.axis.error"));
        yAxis.put("nameGap", 52);
        option.set("yAxis", yAxis);
        option.putObject("legend").put("top", 0).put("left", "center");
        ((ObjectNode) option.get("grid")).put("top", 56).put("left", 72);
        option.putObject("tooltip").put("trigger", "axis");

        ArrayNode series = option.putArray("series");
        for (int i = 0; i < results.size(); i++) {
            String name = compareNorms
                    ? text("sweep.series.norm", NumberFormats.format(runs.get(i).qkNorm2(), language))
                    : text("sweep.series.normaliser", runs.get(i).repeats());
            series.add(curve(name, results.get(i), i));
        }
        if (!compareNorms) {
            series.add(outputCurve(main));
        }
        series.add(guide(main));
        chart.setOption(option);
    }

    private static ObjectNode curve(String name, FeatureSweepResult result, int index) {
        double[] m = new double[result.rows().size()];
        double[] error = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            m[i] = result.rows().get(i).m();
            error[i] = result.rows().get(i).normaliserError();
        }
        ObjectNode series = ChartJson.object();
        series.put("type", "line").put("name", name).put("symbolSize", 8)
                .put("symbol", index == 0 ? "circle" : "rect");
        series.set("data", ChartJson.points(m, error));
        return series;
    }

    private ObjectNode outputCurve(FeatureSweepResult result) {
        double[] m = new double[result.rows().size()];
        double[] error = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            m[i] = result.rows().get(i).m();
            error[i] = result.rows().get(i).outputError();
        }
        ObjectNode series = ChartJson.object();
        series.put("type", "line").put("name", text("sweep.series.output")).put("symbol", "triangle")
                .put("symbolSize", 8);
        series.putObject("lineStyle").put("type", "dotted");
        series.set("data", ChartJson.points(m, error));
        return series;
    }

    /** Returns the line c/√m through the first measured point, with the slope −1/2 that theory predicts. */
    private ObjectNode guide(FeatureSweepResult result) {
        FeatureSweepResult.Row first = result.rows().get(0);
        FeatureSweepResult.Row last = result.rows().get(result.rows().size() - 1);
        double scale = first.normaliserError() * Math.sqrt(first.m());
        double[] m = {first.m(), last.m()};
        double[] error = {scale / Math.sqrt(first.m()), scale / Math.sqrt(last.m())};
        ObjectNode series = ChartJson.object();
        series.put("type", "line").put("name", text("sweep.series.guide")).put("symbol", "none").put("silent", true);
        series.putObject("lineStyle").put("type", "dashed").put("color", "#4b5563");
        series.putObject("itemStyle").put("color", "#4b5563");
        series.set("data", ChartJson.points(m, error));
        return series;
    }
}
