package org.tripartite.ui.figure;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import org.tripartite.engine.attention.AttentionExperiment;
import org.tripartite.engine.attention.AttentionExperimentResult;
import org.tripartite.engine.attention.AttentionParams;
import org.tripartite.engine.param.ParameterSpec;
import org.tripartite.engine.param.ParameterValues;
import org.tripartite.i18n.NumberFormats;
import org.tripartite.ui.chart.ChartJson;
import org.tripartite.ui.chart.ChartTheme;
import org.tripartite.ui.chart.EChart;
import org.tripartite.ui.controls.ParameterControl;

/**
 * Softmax attention on a sentence, drawn three ways: the weights of one query as bars, the whole
 * attention matrix as a heatmap, or the normaliser Z of every query. A click on a bar or on a
 * matrix row makes that token the query.
 */
public class AttentionFigure extends Figure {

    /** Kind of chart the figure draws. */
    public enum Mode { BARS, MATRIX, NORMALISER }

    static final ParameterSpec QUERY = ParameterSpec.integer("query", 0, 0, AttentionParams.MAX_TOKENS - 1, "");

    private final Mode mode;
    private final AttentionExperiment experiment = new AttentionExperiment();
    private final EChart chart = new EChart();
    private final Span summary = new Span();
    private final Select<Integer> querySelect = new Select<>();
    private AttentionExperimentResult result;
    private int query;

    public AttentionFigure(FigureContext context, Mode mode) {
        super(context);
        this.mode = mode;
        markAsSummary(summary);
        Span caption = new Span(text(switch (mode) {
            case BARS -> "attention.caption.click";
            case MATRIX -> "attention.caption.matrix";
            default -> "attention.caption.normaliser";
        }));
        caption.addClassName("tp-figure-caption");
        useLanguage(chart);
        chart.setHeight(mode == Mode.MATRIX ? "440px" : "360px");
        chart.addItemClickListener(event -> {
            if (result == null || event.getDataIndex() < 0) {
                return;
            }
            int tokens = result.tokens().size();
            int clicked = mode == Mode.MATRIX ? event.getDataIndex() / tokens : event.getDataIndex();
            if (clicked >= 0 && clicked < tokens && clicked != query) {
                context.parameterChanged().accept(QUERY.name(), clicked);
            }
        });
        querySelect.setLabel(ParameterControl.label(QUERY.name(), context.language()));
        querySelect.setId("query-select");
        querySelect.setVisible(false);
        querySelect.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null && event.getValue() != query) {
                context.parameterChanged().accept(QUERY.name(), event.getValue());
            }
        });
        add(summary, chart, caption, querySelect);
        addStatusArea();
    }

    @Override
    public List<String> ownControls() {
        return List.of(QUERY.name());
    }

    @Override
    public void useControls(List<String> stepControls) {
        querySelect.setVisible(stepControls.contains(QUERY.name()));
    }

    public Select<Integer> querySelect() {
        return querySelect;
    }

    @Override
    public List<ParameterSpec> parameters() {
        List<ParameterSpec> specs = new ArrayList<>(AttentionParams.SPECS);
        specs.add(QUERY);
        return specs;
    }

    @Override
    public void show(ParameterValues values) {
        AttentionParams params = experiment.parameters(values);
        int requestedQuery = values.getInt(QUERY.name());
        compute(experiment.id(), monitor -> experiment.run(params, monitor), computed -> {
            result = computed;
            int tokens = computed.tokens().size();
            query = Math.min(requestedQuery, tokens - 1);
            if (query != requestedQuery) {
                showError(text("attention.queryClamped", requestedQuery + 1, tokens));
                context.parameterChanged().accept(QUERY.name(), query);
                return;
            }
            List<Integer> indices = java.util.stream.IntStream.range(0, tokens).boxed().toList();
            querySelect.setItems(indices);
            querySelect.setItemLabelGenerator(index -> (index + 1) + " · " + computed.tokens().get(index));
            querySelect.setValue(query);
            draw();
        });
    }

    /** Returns the result drawn now, for tests. */
    public AttentionExperimentResult result() {
        return result;
    }

    public EChart chart() {
        return chart;
    }

    private void draw() {
        switch (mode) {
            case BARS -> drawBars();
            case MATRIX -> drawMatrix();
            default -> drawNormaliser();
        }
    }

    private void drawBars() {
        List<String> tokens = result.tokens();
        String queryToken = tokens.get(query);
        summary.setText(text("attention.summary", queryToken, query + 1,
                NumberFormats.format(result.z()[query], context.language())));

        ObjectNode option = ChartTheme.base(
                text("attention.bars.aria", queryToken, tokens.size()), text("chart.save"), "attention-weights");
        option.set("xAxis", categoryAxis(text("attention.axis.key"), tokens));
        option.set("yAxis", ChartTheme.axis("value", text("attention.axis.weight")));
        ObjectNode series = option.putArray("series").addObject();
        series.put("type", "bar").put("name", text("attention.series.weight")).put("barMinHeight", 3);
        ArrayNode data = series.putArray("data");
        double[] weights = result.weights()[query];
        for (int t = 0; t < weights.length; t++) {
            ObjectNode item = data.addObject();
            item.put("value", weights[t]);
            if (t == query) {
                item.putObject("itemStyle").put("color", ChartTheme.PALETTE[1]);
            }
        }
        chart.setOption(option);
    }

    private void drawMatrix() {
        List<String> tokens = result.tokens();
        int count = tokens.size();
        summary.setText(text("attention.matrix.summary", count));

        ObjectNode option = ChartTheme.base(text("attention.matrix.aria", count), text("chart.save"), "attention-matrix");
        option.set("xAxis", categoryAxis(text("attention.axis.key"), tokens));
        ObjectNode yAxis = categoryAxis(text("attention.axis.query"), tokens);
        yAxis.put("inverse", true).put("nameGap", 60);
        option.set("yAxis", yAxis);
        ((ObjectNode) option.get("grid")).put("left", 96);
        double max = 0;
        ArrayNode data = ChartJson.array();
        for (int q = 0; q < count; q++) {
            for (int k = 0; k < count; k++) {
                double weight = result.weights()[q][k];
                max = Math.max(max, weight);
                data.add(ChartJson.array().add(k).add(q).add(weight));
            }
        }
        ObjectNode scale = ChartTheme.heatmapScale(0, max);
        scale.put("orient", "vertical").put("right", 0).put("top", "middle").remove(java.util.List.of("left", "bottom"));
        option.set("visualMap", scale);
        ((ObjectNode) option.get("grid")).put("right", 72).put("bottom", 90);
        // Hatching would hide the colour scale that carries the values here.
        ((ObjectNode) option.get("aria")).putObject("decal").put("show", false);
        ObjectNode series = option.putArray("series").addObject();
        series.put("type", "heatmap").put("name", text("attention.series.weight"));
        series.set("data", data);
        chart.setOption(option);
    }

    private void drawNormaliser() {
        List<String> tokens = result.tokens();
        double min = Double.MAX_VALUE;
        double max = 0;
        for (double z : result.z()) {
            min = Math.min(min, z);
            max = Math.max(max, z);
        }
        summary.setText(text("attention.normaliser.summary",
                NumberFormats.format(min, context.language()), NumberFormats.format(max, context.language())));

        ObjectNode option = ChartTheme.base(text("attention.normaliser.aria", tokens.size()), text("chart.save"),
                "softmax-normaliser");
        option.set("xAxis", categoryAxis(text("attention.axis.query"), tokens));
        ObjectNode yAxis = ChartTheme.axis("log", text("attention.axis.z"));
        option.set("yAxis", yAxis);
        ObjectNode series = option.putArray("series").addObject();
        series.put("type", "bar").put("name", "Z");
        series.set("data", ChartJson.numbers(result.z()));
        chart.setOption(option);
    }

    private static ObjectNode categoryAxis(String name, List<String> tokens) {
        ObjectNode axis = ChartTheme.axis("category", name);
        axis.set("data", ChartJson.strings(tokens));
        ((ObjectNode) axis.get("axisLabel")).put("interval", 0).put("rotate", tokens.size() > 8 ? 45 : 0);
        axis.put("nameGap", tokens.size() > 8 ? 56 : 34);
        return axis;
    }

}
