package org.tripartite.ui.figure;

import org.tripartite.lesson.model.LessonModels;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.tripartite.engine.features.FeatureMap;
import org.tripartite.engine.features.FeatureMapKind;
import org.tripartite.engine.network.DynamicalNetwork;
import org.tripartite.engine.network.NetworkTiming;
import org.tripartite.engine.network.Recording;
import org.tripartite.engine.network.RecordingSpec;
import org.tripartite.engine.network.TokenEvent;
import org.tripartite.engine.param.ParameterSpec;
import org.tripartite.engine.run.RunMonitor;
import org.tripartite.engine.param.ParameterValues;
import org.tripartite.engine.tokens.Sequences;
import org.tripartite.engine.tokens.TextTokenizer;
import org.tripartite.engine.tokens.TokenSequence;
import org.tripartite.engine.util.SplitMix64;
import org.tripartite.i18n.Language;
import org.tripartite.ui.chart.ChartJson;
import org.tripartite.ui.chart.ChartTheme;
import org.tripartite.ui.chart.EChart;
import org.tripartite.ui.controls.TimeControlBar;

/**
 * The writing phase played in time: the words of a sentence presented one slot at a time
 * (50 ms presentation, 100 ms gap). The whole synaptic matrix H fills in as a heatmap, the process
 * calcium p grows as bars, and the hidden rates are traced in milliseconds with each word's
 * presentation marked. The learner plays, steps, or scrubs the recording.
 */
public class WriteFigure extends Figure {

    static final int DIMENSION = LessonModels.NETWORK_DIMENSION;

    private final EChart matrixChart = new EChart();
    private final EChart processChart = new EChart();
    private final EChart traceChart = new EChart();
    private final Span summary = new Span();
    private final FramePlayer player;
    private LessonModels.WriteRun run;
    private double synapseLimit;
    private List<Object> lastComputed;
    private boolean startAtBeginning;

    public WriteFigure(FigureContext context) {
        super(context);
        markAsSummary(summary);
        useLanguage(matrixChart, processChart, traceChart);
        matrixChart.setHeight("300px");
        processChart.setHeight("220px");
        traceChart.setHeight("220px");
        player = new FramePlayer(0.1, context.language(), "write.scrub", this::drawFrame);
        player.timeBar().setSpeedListener(speed -> context.parameterChanged().accept("speed", speed));
        Span caption = caption("write.caption");
        add(summary, matrixChart, processChart, traceChart, player, caption);
        addStatusArea();
    }

    @Override
    public List<ParameterSpec> parameters() {
        return LessonModels.WRITE_SPECS;
    }

    @Override
    public List<String> ownControls() {
        return List.of("speed");
    }

    /** Starts the recording at its first frame in a step that shows the speed control, because that step is about playing. */
    @Override
    public void useControls(List<String> stepControls) {
        startAtBeginning = stepControls.contains("speed");
    }

    @Override
    public void show(ParameterValues values) {
        player.timeBar().setSpeed(values.getDouble("speed"));
        String sentence = values.getString("text");
        int m = values.getInt("m");
        double qkNorm2 = values.getDouble("qkNorm2");
        long seed = values.getLong("seed");
        // A new speed only changes the playback, not the recording.
        List<Object> recorded = List.of(sentence, m, qkNorm2, seed);
        if (recorded.equals(lastComputed)) {
            return;
        }
        lastComputed = recorded;
        if (TextTokenizer.tokenize(sentence).isEmpty()) {
            showError(text("write.empty"));
            return;
        }
        compute("write", monitor -> LessonModels.write(sentence, m, qkNorm2, seed, monitor), computed -> {
            run = computed;
            drawAxes();
            player.load(frameTimesS(computed.recording()), startAtBeginning ? 0 : computed.recording().frames() - 1);
        });
    }

    /** Returns the run drawn now, for tests. */
    public LessonModels.WriteRun run() {
        return run;
    }

    public EChart matrixChart() {
        return matrixChart;
    }

    public EChart processChart() {
        return processChart;
    }

    public EChart traceChart() {
        return traceChart;
    }

    /** Returns the player, so that tests can step and scrub. */
    public FramePlayer player() {
        return player;
    }

    @Override
    public void stop() {
        player.stop();
        super.stop();
    }

    private static double[] frameTimesS(Recording recording) {
        double[] times = new double[recording.frames()];
        for (int f = 0; f < times.length; f++) {
            times[f] = recording.timeMs()[f] / 1000;
        }
        return times;
    }

    private void drawAxes() {
        Recording recording = run.recording();
        int m = run.m();
        int last = recording.frames() - 1;
        synapseLimit = 1e-12;
        for (double[] trace : recording.synapses()) {
            synapseLimit = Math.max(synapseLimit, Math.abs(trace[last]));
        }
        double processMax = 1e-12;
        for (double[] trace : recording.processes()) {
            processMax = Math.max(processMax, trace[last]);
        }

        ObjectNode matrix = ChartTheme.base(text("write.matrix.aria", DIMENSION, m), text("chart.save"), "synapses-H");
        ObjectNode x = ChartTheme.axis("category", text("write.axis.hidden"));
        x.set("data", indexLabels(m));
        ObjectNode y = ChartTheme.axis("category", text("write.axis.output"));
        y.set("data", indexLabels(DIMENSION));
        y.put("inverse", true);
        matrix.set("xAxis", x);
        matrix.set("yAxis", y);
        ObjectNode scale = Charts.divergingScale(Charts.round(synapseLimit));
        scale.put("orient", "vertical").put("right", 0).put("top", "middle").remove(List.of("left", "bottom"));
        matrix.set("visualMap", scale);
        ((ObjectNode) matrix.get("grid")).put("right", 80).put("bottom", 48);
        Charts.withoutDecals(matrix);
        matrix.put("animation", false);
        ObjectNode heatmap = matrix.putArray("series").addObject();
        heatmap.put("type", "heatmap").put("name", text("write.series.synapse"));
        heatmap.putArray("data");
        matrixChart.setOption(matrix);

        ObjectNode bars = ChartTheme.base(text("write.process.aria", m), text("chart.save"), "process-calcium");
        ObjectNode barX = ChartTheme.axis("category", text("write.axis.process"));
        barX.set("data", indexLabels(m));
        bars.set("xAxis", barX);
        ObjectNode barY = ChartTheme.axis("value", text("write.axis.calcium"));
        barY.put("min", 0).put("max", Charts.round(processMax * 1.05));
        bars.set("yAxis", barY);
        bars.put("animation", false);
        ObjectNode barSeries = bars.putArray("series").addObject();
        barSeries.put("type", "bar").put("name", text("write.series.process"));
        barSeries.putArray("data");
        processChart.setOption(bars);

        ObjectNode traces = ChartTheme.base(text("write.trace.aria", run.tokens().size()), text("chart.save"),
                "hidden-rates");
        ObjectNode timeAxis = ChartTheme.axis("value", text("write.axis.timeMs"));
        timeAxis.put("min", 0).put("max", Charts.round(recording.timeMs()[last]));
        traces.set("xAxis", timeAxis);
        traces.set("yAxis", ChartTheme.axis("value", text("write.axis.rate")));
        ((ObjectNode) traces.get("grid")).put("top", 48);
        traces.put("animation", false);
        ArrayNode series = traces.putArray("series");
        for (int k = 0; k < recording.hidden().length; k++) {
            ObjectNode line = Charts.line(text("write.series.hidden", recording.hiddenUnits()[k] + 1), 0);
            line.put("sampling", "lttb");
            line.set("data", Charts.roundedPoints(recording.timeMs(), recording.hidden()[k]));
            if (k == 0) {
                line.set("markArea", presentations(recording.events()));
                line.set("markLine", Charts.timeMarker(0));
            }
            series.add(line);
        }
        traceChart.setOption(traces);
    }

    private ObjectNode presentations(List<TokenEvent> events) {
        ObjectNode markArea = ChartJson.object();
        markArea.put("silent", true);
        markArea.putObject("itemStyle").put("color", "rgba(230, 159, 0, 0.18)");
        markArea.putObject("label").put("position", "insideTop").put("color", "#1f2933");
        ArrayNode data = markArea.putArray("data");
        for (TokenEvent event : events) {
            ArrayNode pair = data.addArray();
            pair.addObject().put("name", event.label()).put("xAxis", event.startMs());
            pair.addObject().put("xAxis", event.endMs());
        }
        return markArea;
    }

    /** Draws the state at {@code frame}: the heatmap, the bars and the time marker. */
    private void drawFrame(int frame) {
        if (run == null) {
            return;
        }
        Recording recording = run.recording();
        int m = run.m();
        ArrayNode cells = ChartJson.array();
        for (int i = 0; i < DIMENSION; i++) {
            for (int j = 0; j < m; j++) {
                cells.add(ChartJson.array().add(j).add(i).add(Charts.round(recording.synapses()[i * m + j][frame])));
            }
        }
        ObjectNode matrix = ChartJson.object();
        matrix.putArray("series").addObject().set("data", cells);
        matrixChart.mergeOption(matrix);

        ArrayNode bars = ChartJson.array();
        for (double[] trace : recording.processes()) {
            bars.add(Charts.round(trace[frame]));
        }
        ObjectNode processes = ChartJson.object();
        processes.putArray("series").addObject().set("data", bars);
        processChart.mergeOption(processes);

        double now = recording.timeMs()[frame];
        ObjectNode marker = ChartJson.object();
        marker.putArray("series").addObject().set("markLine", Charts.timeMarker(Charts.round(now)));
        traceChart.mergeOption(marker);
        summary.setText(describe(now));
    }

    private String describe(double nowMs) {
        Language language = context.language();
        String time = TimeControlBar.formatTime(nowMs / 1000, language);
        List<TokenEvent> events = run.recording().events();
        for (TokenEvent event : events) {
            double slotEnd = event.endMs() + NetworkTiming.defaults().gapMs();
            if (nowMs >= event.startMs() && nowMs < slotEnd) {
                String key = nowMs < event.endMs() ? "write.summary.presenting" : "write.summary.gap";
                return text(key, event.token() + 1, events.size(), event.label(), time);
            }
        }
        return text("write.summary.done", events.size(), time);
    }

    private static ArrayNode indexLabels(int count) {
        ArrayNode labels = ChartJson.array();
        for (int i = 1; i <= count; i++) {
            labels.add(String.valueOf(i));
        }
        return labels;
    }

}
