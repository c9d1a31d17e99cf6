package org.tripartite.ui.figure;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.tripartite.engine.memory.AssociativeMemoryExperiment;
import org.tripartite.engine.memory.AssociativeMemoryParams;
import org.tripartite.engine.memory.AssociativeMemoryResult;
import org.tripartite.engine.param.ParameterSpec;
import org.tripartite.engine.param.ParameterValues;
import org.tripartite.i18n.Language;
import org.tripartite.i18n.NumberFormats;
import org.tripartite.ui.chart.ChartJson;
import org.tripartite.ui.chart.ChartTheme;
import org.tripartite.ui.chart.EChart;

/**
 * The neuron–astrocyte associative memory completing a corrupted 10 × 10 image. The figure shows
 * the stored digit images and the cue, the neurons' outputs tanh(5x) as a heatmap updating step
 * by step, and the energy and the distance to the stored image against time.
 */
public class MemoryCompletionFigure extends Figure {

    /** Gain β of tanh(β x), the neurons' output lastComputed on the heatmap. */
    private static final double GAIN = 5.0;

    static final List<ParameterSpec> SPECS = List.of(
            ParameterSpec.integer("images", 4, 1, 10, "patterns"),
            ParameterSpec.real("flip", 0.2, 0.0, 0.5, ""),
            ParameterSpec.integer("target", 0, 0, 9, ""),
            ParameterSpec.seed("seed"),
            ParameterSpec.real("speed", 5.0, 0.001, 10.0, "s"));

    private final AssociativeMemoryExperiment experiment = new AssociativeMemoryExperiment();
    private final EChart imagesChart = new EChart();
    private final EChart stateChart = new EChart();
    private final EChart curvesChart = new EChart();
    private final Span summary = new Span();
    private final FramePlayer player;
    private AssociativeMemoryResult result;
    private java.util.Map<String, Object> lastComputed;

    public MemoryCompletionFigure(FigureContext context) {
        super(context);
        markAsSummary(summary);
        useLanguage(imagesChart, stateChart, curvesChart);
        imagesChart.setHeight("150px");
        stateChart.setHeight("300px");
        curvesChart.setHeight("260px");
        player = new FramePlayer(5.0, context.language(), "memory.scrub", this::drawFrame);
        player.timeBar().setSpeedListener(speed -> context.parameterChanged().accept("speed", speed));
        player.timeBar().useModelUnit(text("memory.timeUnit"));
        Span caption = caption("memory.caption");
        add(summary, imagesChart, stateChart, curvesChart, player, caption);
        addStatusArea();
    }

    @Override
    public List<ParameterSpec> parameters() {
        return SPECS;
    }

    @Override
    public List<String> ownControls() {
        return List.of("speed");
    }

    /** Returns the experiment's parameters: the first digit images, 1 000 Euler steps of 0.05. */
    public static AssociativeMemoryParams memoryParams(ParameterValues values) {
        int patterns = values.getInt("images");
        int target = Math.min(values.getInt("target"), patterns - 1);
        return new AssociativeMemoryParams(AssociativeMemoryParams.DIGITS, 100, patterns, target,
                values.getDouble("flip"), 1000, 0.05, GAIN, 200, true, values.getLong("seed"));
    }

    @Override
    public void show(ParameterValues values) {
        player.timeBar().setSpeed(values.getDouble("speed"));
        java.util.Map<String, Object> computedFor = new java.util.LinkedHashMap<>(values.asMap());
        computedFor.remove("speed");
        if (computedFor.equals(lastComputed)) {
            return;
        }
        lastComputed = computedFor;
        AssociativeMemoryParams params = memoryParams(values);
        compute(experiment.id(), monitor -> experiment.run(params, monitor), computed -> {
            result = computed;
            drawImages();
            drawCurves();
            player.load(computed.frameTime(), 0);
        });
    }

    public AssociativeMemoryResult result() {
        return result;
    }

    public EChart stateChart() {
        return stateChart;
    }

    public EChart curvesChart() {
        return curvesChart;
    }

    public EChart imagesChart() {
        return imagesChart;
    }

    public FramePlayer player() {
        return player;
    }

    @Override
    public void stop() {
        player.stop();
        super.stop();
    }

    /** Returns the heatmap cells [column, row, tanh(5 x)] of the neuron states at {@code frame}. */
    public static double[][] cells(double[] x) {
        int side = (int) Math.round(Math.sqrt(x.length));
        double[][] cells = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            cells[i] = new double[] {i % side, i / side, Math.tanh(GAIN * x[i])};
        }
        return cells;
    }

    private void drawImages() {
        int[][] patterns = result.patterns();
        int images = patterns.length + 1;
        ObjectNode option = ChartTheme.base(text("memory.images.aria", patterns.length, result.flippedBits()),
                text("chart.save"), "stored-patterns");
        option.remove("tooltip");
        Charts.withoutDecals(option);
        option.set("visualMap", hiddenScale());
        option.remove("grid");
        ArrayNode grids = option.putArray("grid");
        ArrayNode xAxes = option.putArray("xAxis");
        ArrayNode yAxes = option.putArray("yAxis");
        ArrayNode series = option.putArray("series");
        ArrayNode titles = option.putArray("title");
        double width = 100.0 / images;
        for (int k = 0; k < images; k++) {
            int[] image = k < patterns.length ? patterns[k] : result.cue();
            String name = k < patterns.length ? text("memory.pattern", k + 1) : text("memory.cue");
            grids.addObject().put("left", (k * width + 0.6) + "%").put("width", (width - 1.2) + "%")
                    .put("top", 24).put("bottom", 4);
            xAxes.add(hiddenAxis(k, false));
            yAxes.add(hiddenAxis(k, true));
            titles.addObject().put("text", name).put("left", (k * width + width / 2) + "%").put("top", 0)
                    .put("textAlign", "center").putObject("textStyle").put("fontSize", 12).put("fontWeight", "normal");
            ObjectNode heatmap = series.addObject();
            heatmap.put("type", "heatmap").put("name", name).put("xAxisIndex", k).put("yAxisIndex", k);
            ArrayNode data = heatmap.putArray("data");
            for (int i = 0; i < image.length; i++) {
                data.add(ChartJson.array().add(i % 10).add(i / 10).add(image[i]));
            }
        }
        imagesChart.setOption(option);

        ObjectNode state = ChartTheme.base(text("memory.state.aria"), text("chart.save"), "memory-state");
        Charts.withoutDecals(state);
        state.put("animation", false);
        state.remove("tooltip");
        ObjectNode scale = Charts.divergingScale(1);
        scale.put("orient", "vertical").put("right", 0).put("top", "middle").remove(List.of("left", "bottom"));
        state.set("visualMap", scale);
        ((ObjectNode) state.get("grid")).put("left", "center").put("width", 240).put("height", 240).put("top", 20)
                .remove("right");
        state.set("xAxis", hiddenAxis(0, false));
        state.set("yAxis", hiddenAxis(0, true));
        state.putArray("series").addObject().put("type", "heatmap").put("name", text("memory.series.state"))
                .putArray("data");
        stateChart.setOption(state);
    }

    private ObjectNode hiddenScale() {
        ObjectNode scale = Charts.divergingScale(1);
        scale.put("show", false);
        return scale;
    }

    private static ObjectNode hiddenAxis(int index, boolean vertical) {
        ObjectNode axis = ChartJson.object();
        axis.put("type", "category").put("gridIndex", index).put("show", false);
        ArrayNode data = axis.putArray("data");
        for (int i = 0; i < 10; i++) {
            data.add(String.valueOf(i));
        }
        if (vertical) {
            axis.put("inverse", true);
        }
        return axis;
    }

    private void drawCurves() {
        ObjectNode option = ChartTheme.base(text("memory.curves.aria"), text("chart.save"), "energy-distance");
        option.set("xAxis", ChartTheme.axis("value", text("memory.axis.time")));
        ArrayNode yAxes = option.putArray("yAxis");
        ObjectNode energyAxis = ChartTheme.axis("value", text("memory.axis.energy"));
        energyAxis.put("scale", true).put("nameGap", 56);
        yAxes.add(energyAxis);
        ObjectNode distanceAxis = ChartTheme.axis("value", text("memory.axis.distance"));
        distanceAxis.put("position", "right").put("min", 0).put("nameGap", 36);
        distanceAxis.putObject("splitLine").put("show", false);
        yAxes.add(distanceAxis);
        option.putObject("legend").put("top", 0).put("left", "center");
        option.putObject("tooltip").put("trigger", "axis");
        ((ObjectNode) option.get("grid")).put("top", 40).put("left", 80).put("right", 56);
        option.put("animation", false);
        double[] distance = new double[result.distance().length];
        for (int f = 0; f < distance.length; f++) {
            distance[f] = result.distance()[f];
        }
        ArrayNode series = option.putArray("series");
        ObjectNode energy = Charts.line(text("memory.series.energy"), 0);
        energy.set("data", Charts.roundedPoints(result.frameTime(), result.energy()));
        energy.set("markLine", Charts.timeMarker(0));
        series.add(energy);
        ObjectNode bits = Charts.line(text("memory.series.distance"), 1);
        bits.put("step", "end");
        bits.putObject("lineStyle").put("type", "dashed");
        bits.set("data", Charts.roundedPoints(result.frameTime(), distance));
        series.add(bits);
        curvesChart.setOption(option);
    }

    private void drawFrame(int frame) {
        if (result == null) {
            return;
        }
        ArrayNode data = ChartJson.array();
        for (double[] cell : cells(result.neuronStates()[frame])) {
            data.add(ChartJson.array().add((int) cell[0]).add((int) cell[1]).add(Charts.round(cell[2])));
        }
        ObjectNode state = ChartJson.object();
        state.putArray("series").addObject().set("data", data);
        stateChart.mergeOption(state);

        ObjectNode marker = ChartJson.object();
        marker.putArray("series").addObject().set("markLine", Charts.timeMarker(Charts.round(result.frameTime()[frame])));
        curvesChart.mergeOption(marker);

        Language language = context.language();
        summary.setText(text("memory.summary", NumberFormats.format(result.frameTime()[frame], language),
                result.distance()[frame], result.distanceUpToSign()[frame],
                NumberFormats.format(result.energy()[frame], language)));
    }
}
