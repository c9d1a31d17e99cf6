package org.tripartite.ui.lesson;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.Test;
import org.tripartite.lesson.model.PairMemory;
import org.tripartite.ui.figure.RecallFigure;

class MemoryLessonTest extends LessonTestSupport {

    private static RecallFigure openRecall(String location) {
        open(location);
        RecallFigure figure = _get(RecallFigure.class);
        await(() -> figure.curves() != null);
        return figure;
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double value : values) {
            total += value;
        }
        return total;
    }

    @Test
    void pairStepsDrawRecallCurves() {
        for (int step = 1; step <= 2; step++) {
            RecallFigure figure = openRecall("lesson/memory/" + step);
            RecallFigure.Curves curves = figure.curves();
            assertEquals(12, curves.pairs().size());
            assertEquals(new PairMemory.Pair("France", "Paris"), curves.pairs().get(0));
            JsonNode network = seriesData(figure.mainChart(), 0);
            JsonNode softmax = seriesData(figure.mainChart(), 1);
            for (int n = 0; n < 12; n++) {
                assertEquals(n + 1, network.get(n).get(0).asInt());
                assertDisplayed(100 * curves.byCount()[n], network.get(n).get(1).asDouble(), "network at " + (n + 1));
                assertDisplayed(100 * curves.softmaxByCount()[n], softmax.get(n).get(1).asDouble(), "softmax");
            }
            JsonNode byM = seriesData(figure.secondChart(), 0);
            assertEquals(RecallFigure.MS.size(), byM.size());
            // A single stored pair is always its own nearest value.
            assertEquals(1.0, curves.byCount()[0]);
            assertEquals(1.0, curves.softmaxByCount()[11], "softmax attention recalls every capital");
        }
    }

    @Test
    void moreNeuronsRecallMore() {
        RecallFigure.Curves curves = openRecall("lesson/memory/2").curves();
        double[] byM = curves.byM();
        assertTrue(byM[0] < 0.6, "10 neurons: " + byM[0]);
        assertTrue(byM[byM.length - 1] > 0.95, "10 000 neurons: " + byM[byM.length - 1]);
        assertTrue(curves.byCount()[11] < byM[byM.length - 1], "100 neurons recall fewer than 10 000");
    }

    @Test
    void leaksFavourRecentPairs() {
        RecallFigure figure = openRecall("lesson/memory/3?tauH=0.3&tauP=0.3");
        double[] byPosition = figure.curves().byPosition();
        double oldest = byPosition[0] + byPosition[1] + byPosition[2];
        double newest = byPosition[9] + byPosition[10] + byPosition[11];
        assertTrue(newest > oldest + 1, "serial position: oldest " + oldest + ", newest " + newest);
        JsonNode bars = seriesData(figure.mainChart(), 0);
        for (int i = 0; i < 12; i++) {
            assertDisplayed(100 * byPosition[i], bars.get(i).asDouble(), "pair " + i);
        }
    }

    @Test
    void distractorsEraseAndQuietDelayDoesNot() {
        double quiet = sum(openRecall("lesson/memory/4").curves().byPosition());
        double noDelay = sum(openRecall("lesson/memory/4?delay=0").curves().byPosition());
        assertEquals(noDelay, quiet, 1e-9, "equal leaks cancel in the astrocyte's division");
        double distracted = sum(openRecall("lesson/memory/4?distractors=12").curves().byPosition());
        assertTrue(distracted < quiet - 1, "distractors: " + distracted + " against " + quiet);
    }

    @Test
    void checkpointQuietPauseChangesNothing() {
        open("lesson/memory/5");
        assertTrue(answerChoice("unchanged"));
        assertFalse(answerChoice("worse"));
        assertFalse(answerChoice("better"));
    }

    @Test
    void invalidValuesAreReported() {
        RecallFigure figure = openRecall("lesson/memory/2?m=0");
        assertFalse(messages().isEmpty());
        assertTrue(figure.mainChart().getOption().get("series").get(0).get("name").asText().contains("100"),
                "the preset's m = 100 is used");
        open("lesson/memory/1?pairs=France-Paris");
        RecallFigure broken = _get(RecallFigure.class);
        assertTrue(broken.getElement().getTextRecursively().contains("France-Paris"),
                broken.getElement().getTextRecursively());
    }

    @Test
    void frenchTexts() {
        useFrench();
        RecallFigure figure = openRecall("lesson/memory/1");
        assertTrue(_get(H1.class).getText().contains("La mémoire au fil du temps"), _get(H1.class).getText());
        assertEquals(new PairMemory.Pair("Égypte", "Le Caire"), figure.curves().pairs().get(5));
        assertTrue(figure.getElement().getTextRecursively().contains("paires sont rappelées"),
                figure.getElement().getTextRecursively());
    }
}
