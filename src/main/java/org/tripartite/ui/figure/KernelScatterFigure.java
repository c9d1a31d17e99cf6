package org.tripartite.ui.figure;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.tripartite.engine.features.KernelExperiment;
import org.tripartite.engine.features.KernelPairs;
import org.tripartite.engine.features.KernelParams;
import org.tripartite.engine.features.KernelResult;
import org.tripartite.engine.param.ParameterSpec;
import org.tripartite.engine.param.ParameterValues;
import org.tripartite.i18n.NumberFormats;
import org.tripartite.ui.chart.ChartJson;
import org.tripartite.ui.chart.ChartTheme;
import org.tripartite.ui.chart.EChart;

/**
 * The kernel exp(q·k) estimated by m hidden neurons against its exact value, one point per
 * query–key pair, on log–log axes with the diagonal of a perfect estimate.
 */
public class KernelScatterFigure extends Figure {

    private final KernelExperiment experiment = new KernelExperiment();
    private final EChart chart = new EChart();
    private final Span summary = new Span();
    private KernelResult result;

    public KernelScatterFigure(FigureContext context) {
        super(context);
        markAsSummary(summary);
        useLanguage(chart);
        chart.setHeight("400px");
        Span caption = caption("kernel.caption");
        add(summary, chart, caption);
        addStatusArea();
    }

    @Override
    public List<ParameterSpec> parameters() {
        return KernelParams.SPECS;
    }

    @Override
    public void show(ParameterValues values) {
        KernelParams params = experiment.parameters(values);
        compute(experiment.id(), monitor -> experiment.run(params, monitor), computed -> {
            result = computed;
            draw();
        });
    }

    public KernelResult result() {
        return result;
    }

    public EChart chart() {
        return chart;
    }

    private void draw() {
        KernelPairs pairs = result.pairs();
        var language = context.language();
        summary.setText(text("kernel.summary", NumberFormats.format(result.features(), language),
                NumberFormats.format(result.kernelError(), language)));

        boolean allPositive = true;
        double low = Double.MAX_VALUE;
        double high = 0;
        for (int i = 0; i < pairs.exact().length; i++) {
            allPositive &= pairs.estimated()[i] > 0;
            low = Math.min(low, Math.min(pairs.exact()[i], Math.abs(pairs.estimated()[i])));
            high = Math.max(high, Math.max(pairs.exact()[i], Math.abs(pairs.estimated()[i])));
        }
        // Log axes show the spread of small and large kernel values alike; they need positive estimates.
        String axisType = allPositive ? "log" : "value";

        ObjectNode option = ChartTheme.base(text("kernel.aria", pairs.exact().length, result.features(),
                NumberFormats.format(result.kernelError(), language)), text("chart.save"), "kernel-scatter");
        option.set("xAxis", ChartTheme.axis(axisType, text("kernel.axis.exact")));
        option.set("yAxis", ChartTheme.axis(axisType, text("kernel.axis.estimated")));
        option.putObject("legend").put("top", 0).put("left", "center");

        ObjectNode diagonal = ChartJson.object();
        diagonal.put("type", "line").put("name", text("kernel.series.perfect")).put("symbol", "none");
        diagonal.putObject("lineStyle").put("type", "dashed").put("color", "#4b5563").put("width", 1.5);
        diagonal.putObject("itemStyle").put("color", "#4b5563");
        double from = allPositive ? low : Math.min(0, low);
        diagonal.set("data", ChartJson.points(new double[] {from, high}, new double[] {from, high}));
        diagonal.put("silent", true);

        ObjectNode points = ChartJson.object();
        points.put("type", "scatter").put("name", text("kernel.series.pairs")).put("symbolSize", 5).put("large", true);
        points.set("data", ChartJson.points(pairs.exact(), pairs.estimated()));
        option.putArray("series").add(points).add(diagonal);
        chart.setOption(option);
    }
}
