package org.tripartite.ui.lesson;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.html.H1;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tripartite.engine.network.KnockoutResult;
import org.tripartite.engine.network.Recording;
import org.tripartite.ui.figure.KnockoutFigure;
import org.tripartite.ui.figure.ReadFigure;

class KnockoutLessonTest extends LessonTestSupport {

    private static KnockoutFigure openGrowth(String location) {
        open(location);
        KnockoutFigure figure = _get(KnockoutFigure.class);
        await(() -> figure.result() != null);
        return figure;
    }

    @Test
    void blockedCalciumStaysAtRest() {
        ReadFigure working = ReadingLessonTest.openRead("lesson/knockout/1");
        assertTrue(working.result().dynamicalC()[0] > 2, "C(q) sums a term per stored token");
        ReadFigure blocked = ReadingLessonTest.openRead("lesson/knockout/1?blocked=true");
        Recording recording = blocked.result().recording();
        for (int frame : blocked.shownFrames()) {
            assertEquals(1.0, recording.calcium()[frame], 1e-12);
        }
        ReadingLessonTest.assertShowsPlayerFrame(blocked);
        assertTrue(blocked.outputError(recording.frames() - 1) > 5 * working.outputError(recording.frames() - 1),
                "the error jumps when the astrocyte is blocked");
    }

    @Test
    void growthStepsDrawTheExperiment() {
        for (int step = 2; step <= 4; step++) {
            KnockoutFigure figure = openGrowth("lesson/knockout/" + step);
            List<KnockoutResult.Row> rows = figure.result().rows();
            assertEquals(256, rows.get(rows.size() - 1).tokens());
            JsonNode astrocyte = seriesData(figure.normChart(), 0);
            JsonNode blocked = seriesData(figure.normChart(), 1);
            JsonNode blockedError = seriesData(figure.errorChart(), 1);
            for (int i = 0; i < rows.size(); i++) {
                assertEquals(rows.get(i).tokens(), astrocyte.get(i).get(0).asDouble());
                assertDisplayed(rows.get(i).astrocyteNorm(), astrocyte.get(i).get(1).asDouble(), "norm with astrocyte");
                assertDisplayed(rows.get(i).blockedNorm(), blocked.get(i).get(1).asDouble(), "blocked norm");
                assertDisplayed(rows.get(i).blockedError(), blockedError.get(i).get(1).asDouble(), "blocked error");
            }
        }
    }

    @Test
    void blockedGrowthPerDoubling() {
        KnockoutResult similar = openGrowth("lesson/knockout/2").result();
        assertEquals(1.0, similar.blockedSlope(), 0.1, "similar: x2 per doubling");
        assertEquals(0.0, similar.astrocyteSlope(), 0.1, "the astrocyte keeps the output bounded");
        KnockoutResult unrelated = openGrowth("lesson/knockout/3").result();
        assertEquals(0.5, unrelated.blockedSlope(), 0.15, "unrelated: x1.41 per doubling");
    }

    @Test
    void checkpointDoublingFactor() {
        open("lesson/knockout/5");
        assertTrue(answerNumber("2"));
        assertTrue(answerNumber("2,1"));
        assertFalse(answerNumber("1"));
        assertFalse(answerNumber("1.41"));
    }

    @Test
    void invalidKindFallsBack() {
        KnockoutFigure figure = openGrowth("lesson/knockout/3?kind=weird");
        assertFalse(messages().isEmpty());
        assertEquals(0.5, figure.result().blockedSlope(), 0.15, "the preset's unrelated tokens are used");
    }

    @Test
    void frenchTexts() {
        useFrench();
        KnockoutFigure figure = openGrowth("lesson/knockout/2");
        assertTrue(_get(H1.class).getText().contains("Invalider"), _get(H1.class).getText());
        assertTrue(figure.getElement().getTextRecursively().contains("chaque doublement"),
                figure.getElement().getTextRecursively());
    }
}
