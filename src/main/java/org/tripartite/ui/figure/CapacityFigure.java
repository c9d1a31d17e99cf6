package org.tripartite.ui.figure;

import org.tripartite.lesson.model.LessonModels;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.tripartite.engine.memory.CapacityExperiment;
import org.tripartite.engine.memory.CapacityParams;
import org.tripartite.engine.memory.CapacityResult;
import org.tripartite.engine.memory.CouplingKind;
import org.tripartite.engine.param.ParameterSpec;
import org.tripartite.engine.param.ParameterValues;
import org.tripartite.i18n.Language;
import org.tripartite.i18n.NumberFormats;
import org.tripartite.ui.chart.ChartTheme;
import org.tripartite.ui.chart.EChart;

/**
 * Capacity of the reduced memory against the number of neurons N, on log–log axes: four-neuron
 * (astrocyte) couplings against pairwise (Hopfield) couplings, with fitted slopes and the known
 * scales 0.14 N and N³/(30 ln N) as dashed guides.
 */
public class CapacityFigure extends Figure {

    private final CapacityExperiment experiment = new CapacityExperiment();
    private final EChart chart = new EChart();
    private final Span summary = new Span();
    private CapacityResult result;

    public CapacityFigure(FigureContext context) {
        super(context);
        markAsSummary(summary);
        useLanguage(chart);
        chart.setHeight("420px");
        Span caption = caption("capacity.caption");
        add(summary, chart, caption);
        addStatusArea();
    }

    @Override
    public List<ParameterSpec> parameters() {
        return LessonModels.CAPACITY_SPECS;
    }

    @Override
    public void show(ParameterValues values) {
        CapacityParams params = LessonModels.capacityParams(values);
        compute(experiment.id(), monitor -> experiment.run(params, monitor), computed -> {
            result = computed;
            draw();
        });
    }

    public CapacityResult result() {
        return result;
    }

    public EChart chart() {
        return chart;
    }

    private void draw() {
        Language language = context.language();
        CapacityResult.CapacitySeries quartic = series(CouplingKind.QUARTIC);
        CapacityResult.CapacitySeries pairwise = series(CouplingKind.PAIRWISE);
        String quarticSlope = NumberFormats.format(quartic.slope(), language);
        String pairwiseSlope = NumberFormats.format(pairwise.slope(), language);
        summary.setText(text("capacity.summary", quarticSlope, pairwiseSlope));

        ObjectNode option = ChartTheme.base(text("capacity.aria", quarticSlope, pairwiseSlope), text("chart.save"),
                "capacity");
        option.set("xAxis", ChartTheme.axis("log", text("capacity.axis.neurons")));
        ObjectNode y = ChartTheme.axis("log", text("capacity.axis.capacity"));
        y.put("nameGap", 52);
        option.set("yAxis", y);
        option.putObject("legend").put("top", 0).put("left", "center").put("width", "90%");
        ((ObjectNode) option.get("grid")).put("left", 72).put("top", 64);
        ArrayNode list = option.putArray("series");
        int index = 0;
        for (CapacityResult.CapacitySeries series : List.of(quartic, pairwise)) {
            String kind = text(series.kind() == CouplingKind.QUARTIC ? "capacity.kind.quartic" : "capacity.kind.pairwise");
            // A log axis cannot show a capacity of 0 (not even one pattern recalled): such points are left out.
            double[] n = new double[series.neurons().length];
            for (int i = 0; i < n.length; i++) {
                n[i] = series.neurons()[i];
            }
            double[] positiveN = java.util.stream.IntStream.range(0, n.length).filter(i -> series.capacity()[i] > 0)
                    .mapToDouble(i -> n[i]).toArray();
            double[] capacity = java.util.stream.IntStream.range(0, n.length).filter(i -> series.capacity()[i] > 0)
                    .mapToDouble(i -> series.capacity()[i]).toArray();
            ObjectNode measured = list.addObject();
            measured.put("type", "scatter").put("name", text("capacity.series.measured", kind))
                    .put("symbolSize", 11).put("symbol", index == 0 ? "circle" : "rect");
            measured.putObject("itemStyle").put("color", ChartTheme.PALETTE[index]);
            measured.set("data", Charts.roundedPoints(positiveN, capacity));
            if (series.fitted()) {
                double[] fit = new double[n.length];
                for (int i = 0; i < n.length; i++) {
                    fit[i] = Math.exp(series.intercept()) * Math.pow(n[i], series.slope());
                }
                ObjectNode line = Charts.line(text("capacity.series.fit", kind,
                        NumberFormats.format(series.slope(), language)), 0);
                line.putObject("lineStyle").put("color", ChartTheme.PALETTE[index]);
                line.putObject("itemStyle").put("color", ChartTheme.PALETTE[index]);
                line.set("data", Charts.roundedPoints(n, fit));
                list.add(line);
            }
            ObjectNode reference = Charts.line(text(series.kind() == CouplingKind.QUARTIC
                    ? "capacity.series.referenceQuartic" : "capacity.series.referencePairwise"), 0);
            reference.put("silent", true);
            reference.putObject("lineStyle").put("type", "dashed").put("color", ChartTheme.PALETTE[index]).put("opacity", 0.6);
            reference.putObject("itemStyle").put("color", ChartTheme.PALETTE[index]);
            reference.set("data", Charts.roundedPoints(n, series.referenceCapacity()));
            list.add(reference);
            index++;
        }
        chart.setOption(option);
    }

    private CapacityResult.CapacitySeries series(CouplingKind kind) {
        return result.series().stream().filter(series -> series.kind() == kind).findFirst().orElseThrow();
    }
}
