package org.tripartite.ui.lesson;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tripartite.engine.attention.AttentionExperiment;
import org.tripartite.engine.attention.AttentionExperimentResult;
import org.tripartite.engine.features.KernelExperiment;
import org.tripartite.engine.features.KernelResult;
import org.tripartite.engine.param.ParameterValues;
import org.tripartite.engine.run.RunMonitor;
import org.tripartite.engine.synapse.SynapseParams;
import org.tripartite.engine.synapse.TripartiteSynapse;
import org.tripartite.ui.KaribuTestBase;
import org.tripartite.ui.chart.EChart;
import org.tripartite.ui.controls.ParameterControl;
import org.tripartite.ui.controls.RangeSlider;
import org.tripartite.ui.figure.AttentionFigure;
import org.tripartite.ui.figure.ErrorSweepFigure;
import org.tripartite.ui.figure.KernelScatterFigure;
import org.tripartite.ui.figure.SynapseFigure;
import org.tripartite.ui.home.LessonsView;

class LessonViewTest extends KaribuTestBase {


    @Test
    void attentionBarsShowEngineWeights() {
        LessonView view = open("lesson/attention/1");
        AttentionFigure figure = (AttentionFigure) view.figure();
        waitUntil(() -> figure.result() != null);

        AttentionExperiment experiment = new AttentionExperiment();
        AttentionExperimentResult expected = experiment.run(experiment.parameters(ParameterValues.parseStrict(
                experiment.parameters(), Map.of("text", "the cat saw the other cat near the cart",
                        "qkNorm2", "4", "seed", "7"))), RunMonitor.NONE);
        assertArrayEquals(expected.weights()[1], seriesValues(figure.chart(), 0), 1e-12);
        assertEquals(List.of("the", "cat", "saw", "the", "other", "cat", "near", "the", "cart"), expected.tokens());
    }

    @Test
    void clickOnBarMakesItTheQuery() {
        LessonView view = open("lesson/attention/1");
        AttentionFigure figure = (AttentionFigure) view.figure();
        waitUntil(() -> figure.result() != null);

        EChart chart = figure.chart();
        ComponentUtil.fireEvent(chart, new EChart.ItemClickEvent(chart, true, 0, 4, "other"));
        waitUntil(() -> view.values().getInt("query") == 4 && figure.querySelect().getValue() == 4);

        assertArrayEquals(figure.result().weights()[4], seriesValues(chart, 0), 1e-12);
    }

    @Test
    void sharpnessControlRecomputesChart() {
        LessonView view = open("lesson/attention/2");
        AttentionFigure figure = (AttentionFigure) view.figure();
        waitUntil(() -> figure.result() != null);
        double[] before = seriesValues(figure.chart(), 0);
        AttentionExperimentResult first = figure.result();

        ParameterControl control = _get(ParameterControl.class, spec -> spec.withPredicate(
                c -> c.spec().name().equals("qkNorm2")));
        RangeSlider slider = _get(control, RangeSlider.class);
        HasValueUtilsKt._setValue(slider, 0);
        waitUntil(() -> view.values().getDouble("qkNorm2") == 0.01 && figure.result() != first);

        AttentionExperiment experiment = new AttentionExperiment();
        AttentionExperimentResult expected = experiment.run(experiment.parameters(
                view.values()), RunMonitor.NONE);
        double[] after = seriesValues(figure.chart(), 0);
        assertArrayEquals(expected.weights()[1], after, 1e-12);
        assertTrue(max(after) < max(before), "a smaller norm makes attention flatter");
    }

    @Test
    void textFieldChangesTokens() {
        LessonView view = open("lesson/attention/1");
        AttentionFigure figure = (AttentionFigure) view.figure();
        waitUntil(() -> figure.result() != null);

        TextField field = _get(TextField.class, spec -> spec.withId("param-text"));
        HasValueUtilsKt._setValue(field, "one two three");
        waitUntil(() -> figure.result().tokens().size() == 3);

        assertEquals("one two three", view.values().getString("text"));
        assertEquals(3, seriesValues(figure.chart(), 0).length);
    }

    @Test
    void kernelScatterShowsEnginePairs() {
        LessonView view = open("lesson/features/1?m=1000&seed=3");
        KernelScatterFigure figure = (KernelScatterFigure) view.figure();
        waitUntil(() -> figure.result() != null);

        assertEquals(1000, view.values().getInt("m"));
        KernelExperiment experiment = new KernelExperiment();
        KernelResult expected = experiment.run(experiment.parameters(view.values()), RunMonitor.NONE);
        JsonNode points = figure.chart().getOption().get("series").get(0).get("data");
        assertEquals(expected.pairs().exact().length, points.size());
        for (int i = 0; i < points.size(); i += 97) {
            assertEquals(expected.pairs().exact()[i], points.get(i).get(0).asDouble(), 0);
            assertEquals(expected.pairs().estimated()[i], points.get(i).get(1).asDouble(), 0);
        }
    }

    @Test
    void errorSweepFallsLikeInverseSquareRoot() {
        LessonView view = open("lesson/features/3");
        ErrorSweepFigure figure = (ErrorSweepFigure) view.figure();
        waitUntil(() -> !figure.results().isEmpty());

        double slope = figure.results().get(0).normaliserSlope();
        assertEquals(-0.5, slope, 0.1);
        assertEquals(7, figure.chart().getOption().get("series").get(0).get("data").size());
    }

    @Test
    void invalidParameterFallsBackWithMessage() {
        LessonView view = open("lesson/features/1?m=abc&seed=-4");

        assertEquals(100, view.values().getInt("m"));
        assertEquals(1L, view.values().getLong("seed"));
        List<String> messages = messages();
        assertEquals(2, messages.size(), messages.toString());
        assertTrue(messages.get(0).contains("Invalid value \u201cabc\u201d for Hidden neurons m"), messages.get(0));
        assertTrue(messages.get(0).contains("The value this step starts with is used instead."), messages.get(0));
    }

    @Test
    void outOfRangeParameterFallsBackInFrench() {
        useFrench();
        LessonView view = open("lesson/features/1?m=5000000");

        assertEquals(100, view.values().getInt("m"));
        String message = messages().get(0);
        assertTrue(message.startsWith("Valeur «\u00a05000000\u00a0» invalide pour Neurones cachés m"), message);
        assertTrue(message.contains("100\u202f000"), message);
    }

    @Test
    void invalidStepShowsFirstStep() {
        LessonView view = open("lesson/attention/42");

        assertNotNull(view.figure());
        assertTrue(messages().get(0).contains("\u201c42\u201d is not a page of this lesson"), messages().toString());
    }

    @Test
    void unknownLessonGoesToLessonList() {
        UI.getCurrent().navigate("lesson/no-such-lesson/1");

        assertInstanceOf(LessonsView.class, UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0));
        assertTrue(messages().get(0).contains("no lesson called \u201cno-such-lesson\u201d"), messages().toString());
    }

    @Test
    void frenchTextsWhenFrenchIsChosen() {
        useFrench();
        open("lesson/attention/1");

        assertEquals("Leçon 1 · L’attention dans un transformeur", _get(H1.class).getText());
    }

    @Test
    void stepsNavigateToCheckpoint() {
        for (int page = 1; page <= 4; page++) {
            LessonView view = open("lesson/synapse/" + page);
            assertInstanceOf(SynapseFigure.class, view.figure());
        }
        open("lesson/synapse/5");
        assertNotNull(_get(CheckpointPanel.class));
    }

    @Test
    void synapseWeightGrowsOnlyWithBothNeurons() {
        LessonView view = open("lesson/synapse/1?pre=true&post=true");
        SynapseFigure figure = (SynapseFigure) view.figure();
        figure.advance(1.0);

        TripartiteSynapse reference = new TripartiteSynapse(SynapseParams.defaults());
        for (int step = 0; step < 1000; step++) {
            reference.advance(1.0, true, true);
        }
        assertEquals(reference.weight(), figure.synapse().weight(), 1e-9 * reference.weight());
        assertTrue(figure.synapse().weight() > 10, "one co-active second adds about 20 a.u.");

        view = open("lesson/synapse/1?pre=true&post=false");
        SynapseFigure preOnly = (SynapseFigure) view.figure();
        preOnly.advance(1.0);
        assertEquals(0.0, preOnly.synapse().weight(), 0);
        assertTrue(preOnly.synapse().processCalcium() > 10, "calcium follows presynaptic activity");
    }

    @Test
    void timeBarResetReturnsToZero() {
        LessonView view = open("lesson/synapse/2");
        SynapseFigure figure = (SynapseFigure) view.figure();
        figure.timeBar().step();
        assertTrue(figure.time() > 0);

        figure.timeBar().reset();
        assertEquals(0, figure.time(), 0);
        assertEquals(0, figure.synapse().weight(), 0);
    }

    static LessonView open(String location) {
        com.vaadin.flow.router.Location parsed = new com.vaadin.flow.router.Location(location);
        UI.getCurrent().navigate(parsed.getPath(), parsed.getQueryParameters());
        return _get(LessonView.class);
    }



    static double[] seriesValues(EChart chart, int series) {
        ObjectNode option = chart.getOption();
        JsonNode data = option.get("series").get(series).get("data");
        double[] values = new double[data.size()];
        for (int i = 0; i < values.length; i++) {
            JsonNode item = data.get(i);
            values[i] = item.isObject() ? item.get("value").asDouble() : item.asDouble();
        }
        return values;
    }

    private static double max(double[] values) {
        double max = Double.NEGATIVE_INFINITY;
        for (double value : values) {
            max = Math.max(max, value);
        }
        return max;
    }
}
