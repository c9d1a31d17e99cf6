package org.tripartite.ui.figure;

import org.tripartite.lesson.model.LessonModels;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.tripartite.engine.network.NetworkExperiment;
import org.tripartite.engine.network.NetworkParams;
import org.tripartite.engine.network.NetworkResult;
import org.tripartite.engine.network.Recording;
import org.tripartite.engine.param.ParameterSpec;
import org.tripartite.engine.param.ParameterValues;
import org.tripartite.engine.tokens.TextTokenizer;
import org.tripartite.i18n.Language;
import org.tripartite.i18n.NumberFormats;
import org.tripartite.ui.chart.ChartJson;
import org.tripartite.ui.chart.ChartTheme;
import org.tripartite.ui.chart.EChart;
import org.tripartite.ui.controls.ParameterControl;
import org.tripartite.ui.controls.TimeControlBar;

/**
 * The reading phase played in time: a stored sentence is read with one of its words as the query.
 * The hidden rates φ(q) settle within tens of milliseconds, the astrocyte calcium c rises from c₀
 * to C(q) over seconds, and the output y = H h / c settles to kernel attention, lastComputed beside
 * softmax attention on the same words with the live error. With the astrocyte blocked, c stays
 * at c₀.
 */
public class ReadFigure extends Figure {

    /** Every frame of the first part of the read is lastComputed, so that the fast hidden rates are visible. */
    private static final double FAST_PART_S = 0.1;
    /** Frames lastComputed after the fast part, at most. */
    private static final int SLOW_FRAMES = 400;

    static final int DIMENSION = LessonModels.NETWORK_DIMENSION;
    static final ParameterSpec QUERY = ParameterSpec.find(LessonModels.READ_SPECS, "query");

    private final NetworkExperiment experiment = new NetworkExperiment();
    private final EChart hiddenChart = new EChart();
    private final EChart calciumChart = new EChart();
    private final EChart outputChart = new EChart();
    private final Span summary = new Span();
    private final Select<Integer> querySelect = new Select<>();
    private final FramePlayer player;
    private NetworkResult result;
    private boolean blocked;
    /** Recording frames lastComputed by the player, all in the read phase. */
    private int[] shownFrames = new int[0];
    private double readStartMs;
    private java.util.Map<String, Object> lastComputed;
    private int query;

    public ReadFigure(FigureContext context) {
        super(context);
        markAsSummary(summary);
        useLanguage(hiddenChart, calciumChart, outputChart);
        hiddenChart.setHeight("200px");
        calciumChart.setHeight("260px");
        outputChart.setHeight("240px");
        player = new FramePlayer(1.0, context.language(), "read.scrub", this::drawFrame);
        player.timeBar().setSpeedListener(speed -> context.parameterChanged().accept("speed", speed));
        querySelect.setLabel(ParameterControl.label(QUERY.name(), context.language()));
        querySelect.setId("query-select");
        querySelect.setVisible(false);
        querySelect.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null && event.getValue() != query) {
                context.parameterChanged().accept(QUERY.name(), event.getValue());
            }
        });
        Span caption = caption("read.caption");
        add(summary, hiddenChart, calciumChart, outputChart, player, querySelect, caption);
        addStatusArea();
    }

    @Override
    public List<ParameterSpec> parameters() {
        return LessonModels.READ_SPECS;
    }

    @Override
    public List<String> ownControls() {
        return List.of(QUERY.name(), "speed");
    }

    @Override
    public void useControls(List<String> stepControls) {
        querySelect.setVisible(stepControls.contains(QUERY.name()));
    }

    @Override
    public void show(ParameterValues values) {
        player.timeBar().setSpeed(values.getDouble("speed"));
        // A new speed only changes the playback, not the run.
        java.util.Map<String, Object> computedFor = new java.util.LinkedHashMap<>(values.asMap());
        computedFor.remove("speed");
        if (computedFor.equals(lastComputed)) {
            return;
        }
        String sentence = values.getString("text");
        int tokens = TextTokenizer.tokenize(sentence).size();
        int requested = values.getInt(QUERY.name());
        if (tokens > 0 && requested >= tokens) {
            showError(text("attention.queryClamped", requested + 1, tokens));
            context.parameterChanged().accept(QUERY.name(), tokens - 1);
            return;
        }
        lastComputed = computedFor;
        NetworkParams params;
        try {
            params = LessonModels.networkParams(values);
        } catch (org.tripartite.engine.param.InvalidParameterException e) {
            showError(org.tripartite.ui.controls.ParameterMessages.describe(e, context.language()));
            return;
        }
        compute(experiment.id(), monitor -> experiment.run(params, monitor), computed -> {
            result = computed;
            blocked = params.astrocyteBlocked();
            query = requested;
            querySelect.setItems(IntStream.range(0, computed.tokens().size()).boxed().toList());
            querySelect.setItemLabelGenerator(index -> (index + 1) + " · " + computed.tokens().get(index));
            querySelect.setValue(query);
            chooseFrames();
            drawAxes();
            player.load(frameTimesS(), shownFrames.length - 1);
        });
    }

    public NetworkResult result() {
        return result;
    }

    public EChart hiddenChart() {
        return hiddenChart;
    }

    public EChart calciumChart() {
        return calciumChart;
    }

    public EChart outputChart() {
        return outputChart;
    }

    public FramePlayer player() {
        return player;
    }

    /** Returns the recording frames the player shows, in order. */
    public int[] shownFrames() {
        return shownFrames.clone();
    }

    public Select<Integer> querySelect() {
        return querySelect;
    }

    @Override
    public void stop() {
        player.stop();
        super.stop();
    }

    /** Relative error ‖y − y_softmax‖ / ‖y_softmax‖ of the output recorded at {@code frame}. */
    public double outputError(int frame) {
        double[] softmax = result.softmaxY()[0];
        double difference = 0;
        double norm = 0;
        for (int i = 0; i < softmax.length; i++) {
            double delta = result.recording().outputs()[i][frame] - softmax[i];
            difference += delta * delta;
            norm += softmax[i] * softmax[i];
        }
        return Math.sqrt(difference / norm);
    }

    private void chooseFrames() {
        Recording recording = result.recording();
        int first = 0;
        while (first < recording.frames() && recording.gate()[first]) {
            first++;
        }
        first = Math.max(0, first - 1);
        readStartMs = recording.events().get(recording.events().size() - 1).startMs();
        List<Integer> frames = new ArrayList<>();
        int slowStart = first;
        while (slowStart < recording.frames() && recording.timeMs()[slowStart] - readStartMs <= FAST_PART_S * 1000) {
            frames.add(slowStart);
            slowStart++;
        }
        int remaining = recording.frames() - slowStart;
        int stride = Math.max(1, (int) Math.ceil((double) remaining / SLOW_FRAMES));
        for (int f = slowStart; f < recording.frames(); f += stride) {
            frames.add(f);
        }
        if (frames.get(frames.size() - 1) != recording.frames() - 1) {
            frames.add(recording.frames() - 1);
        }
        shownFrames = frames.stream().mapToInt(Integer::intValue).toArray();
    }

    private double[] frameTimesS() {
        double[] times = new double[shownFrames.length];
        for (int k = 0; k < times.length; k++) {
            times[k] = (result.recording().timeMs()[shownFrames[k]] - readStartMs) / 1000;
        }
        return times;
    }

    private void drawAxes() {
        Recording recording = result.recording();
        String queryWord = result.tokens().get(query);

        double hiddenMax = 1e-12;
        for (double[] trace : recording.hidden()) {
            for (int frame : shownFrames) {
                hiddenMax = Math.max(hiddenMax, trace[frame]);
            }
        }
        ObjectNode hidden = ChartTheme.base(text("read.hidden.aria", recording.hidden().length, queryWord),
                text("chart.save"), "hidden-rates");
        ObjectNode hiddenX = ChartTheme.axis("category", text("read.axis.hidden"));
        ArrayNode labels = hiddenX.putArray("data");
        for (int unit : recording.hiddenUnits()) {
            labels.add(String.valueOf(unit + 1));
        }
        hidden.set("xAxis", hiddenX);
        ObjectNode hiddenY = ChartTheme.axis("value", text("read.axis.rate"));
        hiddenY.put("min", 0).put("max", Charts.round(hiddenMax * 1.05));
        hidden.set("yAxis", hiddenY);
        hidden.put("animation", false);
        hidden.putArray("series").addObject().put("type", "bar").put("name", text("read.series.hidden")).putArray("data");
        hiddenChart.setOption(hidden);

        double[] timesS = frameTimesS();
        double[] calcium = new double[shownFrames.length];
        double[] error = new double[shownFrames.length];
        for (int k = 0; k < shownFrames.length; k++) {
            calcium[k] = recording.calcium()[shownFrames[k]];
            error[k] = outputError(shownFrames[k]);
        }
        ObjectNode slow = ChartTheme.base(text(blocked ? "read.calcium.aria.blocked" : "read.calcium.aria",
                NumberFormats.format(result.algebraicC()[0], context.language())), text("chart.save"), "calcium-output");
        ObjectNode timeAxis = ChartTheme.axis("value", text("read.axis.timeS"));
        timeAxis.put("min", 0).put("max", Charts.round(timesS[timesS.length - 1]));
        slow.set("xAxis", timeAxis);
        ArrayNode yAxes = slow.putArray("yAxis");
        yAxes.add(ChartTheme.axis("value", text("read.axis.calcium")));
        ObjectNode errorAxis = ChartTheme.axis("value", text("read.axis.error"));
        errorAxis.put("position", "right").put("min", 0);
        errorAxis.putObject("splitLine").put("show", false);
        yAxes.add(errorAxis);
        slow.putObject("legend").put("top", 0).put("left", "center");
        ((ObjectNode) slow.get("grid")).put("top", 40).put("right", 72);
        slow.put("animation", false);
        slow.putObject("tooltip").put("trigger", "axis");
        ArrayNode series = slow.putArray("series");
        ObjectNode calciumLine = Charts.line(text("read.series.calcium"), 0);
        calciumLine.set("data", Charts.roundedPoints(timesS, calcium));
        calciumLine.set("markLine", Charts.timeMarker(0));
        series.add(calciumLine);
        ObjectNode target = Charts.line(text("read.series.target"), 0);
        target.put("silent", true);
        target.putObject("lineStyle").put("type", "dashed");
        double settled = result.algebraicC()[0];
        target.set("data", Charts.roundedPoints(new double[] {0, timesS[timesS.length - 1]}, new double[] {settled, settled}));
        series.add(target);
        ObjectNode errorLine = Charts.line(text("read.series.error"), 1);
        errorLine.putObject("lineStyle").put("type", "dotted");
        errorLine.set("data", Charts.roundedPoints(timesS, error));
        series.add(errorLine);
        calciumChart.setOption(slow);

        ObjectNode output = ChartTheme.base(text("read.output.aria", queryWord), text("chart.save"), "outputs");
        ObjectNode outputX = ChartTheme.axis("category", text("read.axis.outputNeuron"));
        ArrayNode outputLabels = outputX.putArray("data");
        for (int i = 1; i <= DIMENSION; i++) {
            outputLabels.add(String.valueOf(i));
        }
        output.set("xAxis", outputX);
        output.set("yAxis", ChartTheme.axis("value", text("read.axis.output")));
        output.putObject("legend").put("top", 0).put("left", "center");
        ((ObjectNode) output.get("grid")).put("top", 40);
        output.put("animation", false);
        ArrayNode outputSeries = output.putArray("series");
        outputSeries.addObject().put("type", "bar").put("name", text("read.series.network")).putArray("data");
        ObjectNode softmax = outputSeries.addObject();
        softmax.put("type", "bar").put("name", text("read.series.softmax"));
        ArrayNode softmaxData = softmax.putArray("data");
        for (double value : result.softmaxY()[0]) {
            softmaxData.add(Charts.round(value));
        }
        outputChart.setOption(output);
    }

    private void drawFrame(int index) {
        if (result == null || index >= shownFrames.length) {
            return;
        }
        Recording recording = result.recording();
        int frame = shownFrames[index];
        ArrayNode rates = ChartJson.array();
        for (double[] trace : recording.hidden()) {
            rates.add(Charts.round(trace[frame]));
        }
        ObjectNode hidden = ChartJson.object();
        hidden.putArray("series").addObject().set("data", rates);
        hiddenChart.mergeOption(hidden);

        double nowS = (recording.timeMs()[frame] - readStartMs) / 1000;
        ObjectNode marker = ChartJson.object();
        marker.putArray("series").addObject().set("markLine", Charts.timeMarker(Charts.round(nowS)));
        calciumChart.mergeOption(marker);

        ArrayNode outputs = ChartJson.array();
        for (double[] trace : recording.outputs()) {
            outputs.add(Charts.round(trace[frame]));
        }
        ObjectNode output = ChartJson.object();
        output.putArray("series").addObject().set("data", outputs);
        outputChart.mergeOption(output);

        Language language = context.language();
        summary.setText(text("read.summary", TimeControlBar.formatTime(nowS, language),
                NumberFormats.format(recording.calcium()[frame], language),
                NumberFormats.format(result.algebraicC()[0], language),
                NumberFormats.format(outputError(frame), language)));
    }
}
