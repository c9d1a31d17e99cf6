package org.tripartite.ui.lesson;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.html.H1;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tripartite.engine.features.FeatureMap;
import org.tripartite.engine.features.FeatureMapKind;
import org.tripartite.engine.network.Recording;
import org.tripartite.engine.tokens.Sequences;
import org.tripartite.engine.tokens.TokenSequence;
import org.tripartite.engine.util.SplitMix64;
import org.tripartite.lesson.model.LessonModels;
import org.tripartite.ui.figure.WriteFigure;

class WritingLessonTest extends LessonTestSupport {

    private static final String SENTENCE = "the cat saw the other cat";

    private static WriteFigure openStep(String location) {
        open(location);
        WriteFigure figure = _get(WriteFigure.class);
        await(() -> figure.run() != null);
        return figure;
    }

    /** Asserts that the heatmap and the bars show the recorded state at {@code frame}. */
    private static void assertShowsFrame(WriteFigure figure, int frame) {
        Recording recording = figure.run().recording();
        int m = figure.run().m();
        JsonNode cells = seriesData(figure.matrixChart(), 0);
        assertEquals(LessonModels.NETWORK_DIMENSION * m, cells.size());
        for (JsonNode cell : cells) {
            int j = cell.get(0).asInt();
            int i = cell.get(1).asInt();
            assertDisplayed(recording.synapses()[i * m + j][frame], cell.get(2).asDouble(), "H[" + i + "][" + j + "]");
        }
        JsonNode bars = seriesData(figure.processChart(), 0);
        assertEquals(m, bars.size());
        for (int j = 0; j < m; j++) {
            assertDisplayed(recording.processes()[j][frame], bars.get(j).asDouble(), "p[" + j + "]");
        }
    }

    @Test
    void stepsShowRecordedSynapsesAndProcesses() {
        for (int step = 1; step <= 4; step++) {
            WriteFigure figure = openStep("lesson/writing/" + step);
            Recording recording = figure.run().recording();
            assertEquals(List.of("the", "cat", "saw", "the", "other", "cat"), figure.run().tokens());
            assertEquals(32, figure.run().m());
            int expectedFrame = step == 1 ? 0 : recording.frames() - 1;
            assertEquals(expectedFrame, figure.player().frame(), "step " + step + " starts at its frame");
            assertShowsFrame(figure, expectedFrame);
            assertEquals(6, figure.traceChart().getOption().get("series").get(0).get("markArea").get("data").size());
        }
    }

    @Test
    void finalMatrixIsHebbianSum() {
        WriteFigure figure = openStep("lesson/writing/2");
        Recording recording = figure.run().recording();
        int last = recording.frames() - 1;
        int d = LessonModels.NETWORK_DIMENSION;
        TokenSequence s = Sequences.fromText(SENTENCE, d, d, 1.0, true, SplitMix64.mix(7, 0));
        FeatureMap map = new FeatureMap(FeatureMapKind.POSITIVE, d, 32, SplitMix64.mix(7, 1));
        double[][] expected = new double[d][32];
        double[][] scale = new double[d][32];
        double[] processes = new double[32];
        for (int t = 0; t < s.length(); t++) {
            double[] phi = map.apply(s.keys()[t]);
            for (int j = 0; j < 32; j++) {
                processes[j] += phi[j];
                for (int i = 0; i < d; i++) {
                    expected[i][j] += s.values()[t][i] * phi[j];
                    scale[i][j] += Math.abs(s.values()[t][i] * phi[j]);
                }
            }
        }
        // Each slot leaves a tail of at most exp(-T_g / tau_n) = 4.5e-5 of its token's activity, so an
        // entry may differ by that part of the sum of its terms' sizes.
        for (int j = 0; j < 32; j++) {
            assertEquals(processes[j], recording.processes()[j][last], 1e-4 * processes[j], "p[" + j + "]");
            for (int i = 0; i < d; i++) {
                assertEquals(expected[i][j], recording.synapses()[i * 32 + j][last],
                        1e-4 * scale[i][j], "H[" + i + "][" + j + "]");
            }
        }
    }

    @Test
    void playStepAndScrubMoveThroughRecording() {
        WriteFigure figure = openStep("lesson/writing/1");
        figure.player().timeBar().step();
        int afterStep = figure.player().frame();
        assertTrue(afterStep > 0, "a step advances the playhead");
        double expectedMs = 0.1 * 0.2 * 1000;
        assertEquals(expectedMs, figure.run().recording().timeMs()[afterStep], 2.5, "one step at 0.1 s/s is 20 ms");
        assertShowsFrame(figure, afterStep);

        int middle = figure.player().frameCount() / 2;
        figure.player().scrubber().setValue(middle);
        figure.player().showFrame(middle);
        assertShowsFrame(figure, middle);
        figure.player().showFrame(3);
        assertShowsFrame(figure, 3);
        figure.player().timeBar().reset();
        assertEquals(0, figure.player().frame());
    }

    @Test
    void checkpointReverseOrderIsSame() {
        open("lesson/writing/5");
        assertTrue(answerChoice("same"));
        assertFalse(answerChoice("both-differ"));
        assertFalse(answerChoice("h-differs"));
    }

    @Test
    void invalidParameterFallsBackToPreset() {
        WriteFigure figure = openStep("lesson/writing/3?m=1000");
        assertEquals(32, figure.run().m());
        assertFalse(messages().isEmpty(), "the page says which value was invalid");
        assertTrue(messages().get(0).contains("1000"), messages().get(0));
    }

    @Test
    void frenchTexts() {
        useFrench();
        WriteFigure figure = openStep("lesson/writing/1");
        assertTrue(_get(H1.class).getText().contains("Écrire une séquence"), _get(H1.class).getText());
        assertEquals(List.of("le", "chat", "voit", "l'", "autre", "chat").size(), figure.run().tokens().size(),
                String.valueOf(figure.run().tokens()));
        assertTrue(figure.getElement().getTextRecursively().contains("Mot 1 sur"), figure.getElement().getTextRecursively());
    }
}
