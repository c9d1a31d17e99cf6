package org.tripartite.ui.lesson;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.Test;
import org.tripartite.engine.memory.AssociativeMemoryResult;
import org.tripartite.engine.memory.CapacityResult;
import org.tripartite.engine.memory.CouplingKind;
import org.tripartite.engine.memory.Patterns;
import org.tripartite.ui.figure.CapacityFigure;
import org.tripartite.ui.figure.MemoryCompletionFigure;

class AssociativeLessonTest extends LessonTestSupport {

    private static MemoryCompletionFigure openCompletion(String location) {
        open(location);
        MemoryCompletionFigure figure = _get(MemoryCompletionFigure.class);
        await(() -> figure.result() != null);
        return figure;
    }

    private static void assertShowsFrame(MemoryCompletionFigure figure, int frame) {
        double[] x = figure.result().neuronStates()[frame];
        JsonNode cells = seriesData(figure.stateChart(), 0);
        assertEquals(100, cells.size());
        for (int i = 0; i < 100; i++) {
            JsonNode cell = cells.get(i);
            assertEquals(i % 10, cell.get(0).asInt());
            assertEquals(i / 10, cell.get(1).asInt());
            assertDisplayed(Math.tanh(5 * x[i]), cell.get(2).asDouble(), "pixel " + i);
        }
    }

    @Test
    void completionStepsRepairTheDigit() {
        for (int step : new int[] {1, 2, 3, 5}) {
            MemoryCompletionFigure figure = openCompletion("lesson/associative/" + step);
            AssociativeMemoryResult result = figure.result();
            assertEquals(4, result.patterns().length);
            assertEquals(Patterns.digits()[0].length, result.cue().length);
            for (int k = 0; k < 4; k++) {
                assertEquals(Patterns.digits()[k][37], result.patterns()[k][37]);
            }
            assertEquals(5, figure.imagesChart().getOption().get("series").size(), "four images and the cue");
            assertEquals(0, figure.player().frame());
            assertShowsFrame(figure, 0);
            assertEquals(Patterns.hammingDistance(result.cue(), result.patterns()[0]), result.distance()[0]);
            assertTrue(result.recalled(), "step " + step + " recalls the digit exactly");
            assertTrue(result.maxEnergyIncrease() < 1e-9 * Math.abs(result.energy()[0]), "the energy never rises");
            JsonNode energy = seriesData(figure.curvesChart(), 0);
            assertEquals(result.energy().length, energy.size());
            assertDisplayed(result.energy()[0], energy.get(0).get(1).asDouble(), "first energy");
        }
    }

    @Test
    void playingAndScrubbingUpdateTheImage() {
        MemoryCompletionFigure figure = openCompletion("lesson/associative/2");
        figure.player().timeBar().step();
        int frame = figure.player().frame();
        assertTrue(frame > 0);
        assertShowsFrame(figure, frame);
        int last = figure.player().frameCount() - 1;
        figure.player().showFrame(last);
        assertShowsFrame(figure, last);
        assertTrue(figure.getElement().getTextRecursively().contains("0 pixels differ"),
                figure.getElement().getTextRecursively());
    }

    @Test
    void capacityGrowsFasterWithFourNeuronCouplings() {
        open("lesson/associative/4");
        CapacityFigure figure = _get(CapacityFigure.class);
        await(() -> figure.result() != null);
        CapacityResult result = figure.result();
        CapacityResult.CapacitySeries quartic = result.series().get(0);
        CapacityResult.CapacitySeries pairwise = result.series().get(1);
        assertEquals(CouplingKind.QUARTIC, quartic.kind());
        assertEquals(1.0, pairwise.slope(), 0.3, "pairwise slope");
        assertTrue(quartic.slope() > 2.5, "quartic slope " + quartic.slope());
        assertTrue(quartic.slope() < 4.5, "quartic slope " + quartic.slope());
        JsonNode measured = seriesData(figure.chart(), 0);
        for (int i = 0; i < quartic.neurons().length; i++) {
            assertEquals(quartic.neurons()[i], measured.get(i).get(0).asInt());
            assertEquals(quartic.capacity()[i], measured.get(i).get(1).asInt());
        }
    }

    @Test
    void checkpointCapacityGrowth() {
        open("lesson/associative/6");
        assertTrue(answerChoice("x8"));
        assertFalse(answerChoice("x2"));
        assertFalse(answerChoice("x4"));
    }

    @Test
    void invalidFlipFallsBack() {
        MemoryCompletionFigure figure = openCompletion("lesson/associative/2?flip=2");
        assertFalse(messages().isEmpty());
        assertEquals(20, figure.result().flippedBits(), "the preset's 20 % is used");
    }

    @Test
    void frenchTexts() {
        useFrench();
        MemoryCompletionFigure figure = openCompletion("lesson/associative/2");
        assertTrue(_get(H1.class).getText().contains("lieu de mémoire"), _get(H1.class).getText());
        assertTrue(figure.getElement().getTextRecursively().contains("constantes de temps"),
                figure.getElement().getTextRecursively());
    }
}
