package org.tripartite.ui.figure;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import org.tripartite.engine.param.ParameterSpec;
import org.tripartite.engine.param.ParameterValues;
import org.tripartite.engine.synapse.SynapseParams;
import org.tripartite.engine.synapse.TripartiteSynapse;
import org.tripartite.i18n.Language;
import org.tripartite.i18n.NumberFormats;
import org.tripartite.ui.chart.ChartJson;
import org.tripartite.ui.chart.ChartTheme;
import org.tripartite.ui.chart.EChart;
import org.tripartite.ui.controls.TimeControlBar;

/**
 * One tripartite synapse played in time: the presynaptic and postsynaptic rates on the neurons'
 * clock (the last 500 ms, in milliseconds), and the synaptic weight, the process calcium and the
 * astrocyte calcium on the astrocyte's clock (seconds). The learner switches each neuron on and
 * off while the time control plays.
 */
public class SynapseFigure extends Figure implements TimeControlBar.Clock {

    static final ParameterSpec PRE = ParameterSpec.bool("pre", true);
    static final ParameterSpec POST = ParameterSpec.bool("post", true);
    static final ParameterSpec SPEED = ParameterSpec.real("speed", 1.0, 0.001, 10.0, "");

    /** Integration step of the exact exponential updates, in ms. */
    static final double STEP_MS = 1.0;
    /** Width of the fast (neuron) window, in ms. */
    static final double FAST_WINDOW_MS = 500;
    private static final double FAST_SAMPLE_MS = 2;
    private static final int MAX_SLOW_SAMPLES = 600;

    private final EChart fastChart = new EChart();
    private final EChart slowChart = new EChart();
    private final Span summary = new Span();
    private final TimeControlBar timeBar;
    private TripartiteSynapse synapse;
    private SynapseParams params;
    private boolean preOn;
    private boolean postOn;

    private final List<double[]> fastSamples = new ArrayList<>();
    private final List<double[]> slowSamples = new ArrayList<>();
    private double slowSampleMs = 20;
    private double nextFastMs;
    private double nextSlowMs;

    public SynapseFigure(FigureContext context) {
        super(context);
        summary.addClassName("tp-figure-value");
        useLanguage(fastChart);
        useLanguage(slowChart);
        fastChart.setHeight("240px");
        slowChart.setHeight("280px");
        timeBar = new TimeControlBar(this, SPEED.defaultValue() instanceof Double d ? d : 1.0, context.language());
        timeBar.setSpeedListener(speed -> context.parameterChanged().accept(SPEED.name(), speed));
        Span caption = caption("synapse.caption");
        add(summary, fastChart, slowChart, timeBar, caption);
        addStatusArea();
    }

    @Override
    public List<ParameterSpec> parameters() {
        List<ParameterSpec> specs = new ArrayList<>(SynapseParams.SPECS);
        specs.add(PRE);
        specs.add(POST);
        specs.add(SPEED);
        return specs;
    }

    @Override
    public void show(ParameterValues values) {
        SynapseParams requested = new SynapseParams(values.getDouble("tauNeuronMs"), values.getDouble("presentationMs"),
                values.getDouble("tauWeightS"), values.getDouble("tauProcessS"), values.getDouble("tauAstrocyteS"));
        preOn = values.getBoolean(PRE.name());
        postOn = values.getBoolean(POST.name());
        timeBar.setSpeed(values.getDouble(SPEED.name()));
        if (!requested.equals(params)) {
            params = requested;
            synapse = new TripartiteSynapse(params);
            clearRecording();
            drawAxes();
        }
        updateSummary();
    }

    /** Returns the speed control's parameter name: the time bar draws it, not a generic control. */
    @Override
    public List<String> ownControls() {
        return List.of(SPEED.name());
    }

    @Override
    public void advance(double seconds) {
        double end = synapse.timeMs() + seconds * 1000;
        while (synapse.timeMs() < end - 1e-9) {
            double step = Math.min(STEP_MS, end - synapse.timeMs());
            synapse.advance(step, preOn, postOn);
            record();
        }
        drawData();
        updateSummary();
    }

    @Override
    public void reset() {
        synapse.reset();
        clearRecording();
        drawData();
        updateSummary();
    }

    @Override
    public double time() {
        return synapse == null ? 0 : synapse.timeMs() / 1000;
    }

    @Override
    public void stop() {
        timeBar.pause();
        super.stop();
    }

    public TripartiteSynapse synapse() {
        return synapse;
    }

    public TimeControlBar timeBar() {
        return timeBar;
    }

    public EChart slowChart() {
        return slowChart;
    }

    private void clearRecording() {
        fastSamples.clear();
        slowSamples.clear();
        slowSampleMs = 20;
        nextFastMs = 0;
        nextSlowMs = 0;
        record();
    }

    private void record() {
        double t = synapse.timeMs();
        if (t >= nextFastMs - 1e-9) {
            fastSamples.add(new double[] {t, synapse.preRate(), synapse.postRate()});
            while (!fastSamples.isEmpty() && fastSamples.get(0)[0] < t - FAST_WINDOW_MS) {
                fastSamples.remove(0);
            }
            nextFastMs = t + FAST_SAMPLE_MS;
        }
        if (t >= nextSlowMs - 1e-9) {
            slowSamples.add(new double[] {t / 1000, synapse.weight(), synapse.processCalcium(), synapse.astrocyteCalcium()});
            nextSlowMs = t + slowSampleMs;
            if (slowSamples.size() > MAX_SLOW_SAMPLES) {
                // Keep the whole run in a bounded recording: drop every other sample, sample half as often.
                List<double[]> kept = new ArrayList<>();
                for (int i = 0; i < slowSamples.size(); i += 2) {
                    kept.add(slowSamples.get(i));
                }
                slowSamples.clear();
                slowSamples.addAll(kept);
                slowSampleMs *= 2;
            }
        }
    }

    private void updateSummary() {
        if (synapse == null) {
            return;
        }
        Language language = context.language();
        String unit = org.tripartite.ui.controls.ParameterControl.unit("a.u.", language);
        summary.setText(text("synapse.summary",
                NumberFormats.format(synapse.weight(), unit, language),
                NumberFormats.format(synapse.processCalcium(), unit, language),
                NumberFormats.format(synapse.astrocyteCalcium(), unit, language)));
    }

    private void drawAxes() {
        ObjectNode fast = ChartTheme.base(text("synapse.fast.aria"), text("chart.save"), "synapse-rates");
        fast.set("xAxis", ChartTheme.axis("value", text("synapse.axis.timeMs")));
        ObjectNode fastY = ChartTheme.axis("value", text("synapse.axis.rate"));
        fastY.put("min", 0).put("max", 1);
        fast.set("yAxis", fastY);
        fast.putObject("legend").put("top", 0).put("left", "center");
        ((ObjectNode) fast.get("grid")).put("top", 36).put("bottom", 48);
        fast.put("animation", false);
        ArrayNode fastSeries = fast.putArray("series");
        fastSeries.add(line(text("synapse.series.pre"), 0));
        fastSeries.add(line(text("synapse.series.post"), 0));
        fastChart.setOption(fast);

        ObjectNode slow = ChartTheme.base(text("synapse.slow.aria"), text("chart.save"), "synapse-weight-calcium");
        slow.set("xAxis", ChartTheme.axis("value", text("synapse.axis.timeS")));
        ArrayNode yAxes = slow.putArray("yAxis");
        yAxes.add(ChartTheme.axis("value", text("synapse.axis.weight")));
        ObjectNode calciumAxis = ChartTheme.axis("value", text("synapse.axis.calcium"));
        calciumAxis.put("position", "right");
        calciumAxis.putObject("splitLine").put("show", false);
        yAxes.add(calciumAxis);
        slow.putObject("legend").put("top", 0).put("left", "center");
        ((ObjectNode) slow.get("grid")).put("top", 60).put("bottom", 48).put("right", 72);
        slow.put("animation", false);
        ArrayNode slowSeries = slow.putArray("series");
        slowSeries.add(line(text("synapse.series.weight"), 0));
        slowSeries.add(line(text("synapse.series.process"), 1));
        slowSeries.add(line(text("synapse.series.astrocyte"), 1));
        slowChart.setOption(slow);
        drawData();
    }

    private static ObjectNode line(String name, int yAxisIndex) {
        ObjectNode series = ChartJson.object();
        series.put("type", "line").put("name", name).put("showSymbol", false).put("yAxisIndex", yAxisIndex);
        series.putArray("data");
        return series;
    }

    private void drawData() {
        double now = synapse.timeMs();
        ObjectNode fast = ChartJson.object();
        ObjectNode fastX = fast.putObject("xAxis");
        fastX.put("min", Math.max(0, now - FAST_WINDOW_MS)).put("max", Math.max(FAST_WINDOW_MS, now));
        ArrayNode fastSeries = fast.putArray("series");
        ArrayNode pre = fastSeries.addObject().putArray("data");
        ArrayNode post = fastSeries.addObject().putArray("data");
        for (double[] sample : fastSamples) {
            pre.add(ChartJson.array().add(round(sample[0])).add(round(sample[1])));
            post.add(ChartJson.array().add(round(sample[0])).add(round(sample[2])));
        }
        fastChart.mergeOption(fast);

        ObjectNode slow = ChartJson.object();
        slow.putObject("xAxis").put("min", 0).put("max", Math.max(10, Math.ceil(now / 1000)));
        ArrayNode slowSeries = slow.putArray("series");
        ArrayNode weight = slowSeries.addObject().putArray("data");
        ArrayNode process = slowSeries.addObject().putArray("data");
        ArrayNode astrocyte = slowSeries.addObject().putArray("data");
        for (double[] sample : slowSamples) {
            weight.add(ChartJson.array().add(round(sample[0])).add(round(sample[1])));
            process.add(ChartJson.array().add(round(sample[0])).add(round(sample[2])));
            astrocyte.add(ChartJson.array().add(round(sample[0])).add(round(sample[3])));
        }
        slowChart.mergeOption(slow);
    }

    /** Four significant digits are plenty on screen and keep each update small. */
    private static double round(double value) {
        if (value == 0 || !Double.isFinite(value)) {
            return value;
        }
        return new java.math.BigDecimal(value).round(new java.math.MathContext(4)).doubleValue();
    }
}
