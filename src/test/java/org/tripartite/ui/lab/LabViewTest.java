package org.tripartite.ui.lab;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Location;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tripartite.engine.attention.AttentionExperimentResult;
import org.tripartite.engine.experiment.Experiment;
import org.tripartite.engine.experiment.Experiments;
import org.tripartite.engine.features.KernelExperiment;
import org.tripartite.engine.features.KernelResult;
import org.tripartite.engine.param.ParameterValues;
import org.tripartite.engine.run.RunMonitor;
import org.tripartite.ui.KaribuTestBase;
import org.tripartite.ui.layout.MainLayout;

class LabViewTest extends KaribuTestBase {


    @Test
    void runShowsEngineNumbers() {
        LabView view = open("lab/kernel?m=1000&seed=3&tokens=20");
        waitUntil(() -> view.result() != null);

        KernelExperiment experiment = new KernelExperiment();
        KernelResult expected = experiment.run(experiment.parseStrict(Map.of("m", "1000", "seed", "3", "tokens", "20")),
                RunMonitor.NONE);
        DataTable table = view.charts().get(0).table();
        // Long format: series name, exact, estimated; the 400 pairs come first.
        assertEquals(400 + 2, table.rows().size());
        for (int i = 0; i < 400; i++) {
            assertEquals(expected.pairs().exact()[i], (Double) table.rows().get(i).get(1), 0);
            assertEquals(expected.pairs().estimated()[i], (Double) table.rows().get(i).get(2), 0);
        }
        assertEquals(1, _find(LabChartPanel.class).size());
    }

    @Test
    void everyExperimentRunsWithDefaults() {
        for (Experiment<?, ?> experiment : Experiments.all()) {
            LabView view = open("lab/" + experiment.id());
            waitUntil(() -> view.result() != null);
            assertFalse(view.charts().isEmpty(), experiment.id());
            for (LabChart chart : view.charts()) {
                assertFalse(chart.table().rows().isEmpty(), experiment.id() + " " + chart.fileName());
            }
            for (String name : view.values().toStrings().keySet()) {
                if (!name.equals("text")) {
                    assertTrue(view.shareLocation().contains(name + "="), experiment.id() + " " + name);
                }
            }
        }
    }

    @Test
    void cancelStopsLongRun() {
        // About 5e10 work units: many seconds, so the cancel arrives long before the end.
        LabView view = open("lab/feature-sweep?ms=100000,100000,100000&repeats=2&tokens=256&d=128");
        assertTrue(view.isRunning());
        view.cancel();
        waitUntil(() -> !view.isRunning());

        assertNull(view.result());
        assertEquals("Run cancelled. The charts still show the previous run.", status());
    }

    @Test
    void presetsAreValidForTheirExperiment() {
        for (String id : LabPresets.experiments()) {
            Experiment<?, ?> experiment = Experiments.byId(id).orElseThrow(() -> new AssertionError("no experiment " + id));
            for (LabPreset preset : LabPresets.of(id)) {
                ParameterValues values = ParameterValues.parseStrict(experiment.parameters(), preset.values());
                experiment.parameters(values);
                assertFalse(preset.names().getOrDefault("en", "").isBlank(), id + "/" + preset.id());
                assertFalse(preset.names().getOrDefault("fr", "").isBlank(), id + "/" + preset.id());
            }
        }
        assertEquals(Experiments.all().size(), LabPresets.experiments().size());
    }

    @Test
    void presetSetsValuesAndRuns() {
        LabView view = open("lab/kernel");
        waitUntil(() -> view.result() != null);

        @SuppressWarnings("unchecked")
        Select<LabPreset> select = _get(Select.class, spec -> spec.withId("lab-presets"));
        LabPreset fewNeurons = LabPresets.of("kernel").stream().filter(p -> p.id().equals("few-neurons")).findFirst()
                .orElseThrow();
        HasValueUtilsKt._setValue(select, fewNeurons);
        waitUntil(() -> view.result() instanceof KernelResult result && result.features() == 16);

        assertEquals(16, view.values().getInt("m"));
        assertTrue(view.shareLocation().contains("m=16"), view.shareLocation());
    }

    @Test
    void shareLinkReproducesRunInFrench() {
        LabView view = open("lab/attention?qkNorm2=9&seed=11&text=one%20two%20one%20three&sharedProjection=false");
        waitUntil(() -> view.result() != null);
        AttentionExperimentResult first = (AttentionExperimentResult) view.result();
        String link = view.shareLocation();
        assertTrue(link.contains("seed=11"), link);
        assertTrue(link.contains("qkNorm2=9"), link);
        assertTrue(link.contains("text=one"), link);

        useFrench();
        LabView reopened = open(link);
        waitUntil(() -> reopened.result() != null);
        AttentionExperimentResult second = (AttentionExperimentResult) reopened.result();

        assertEquals(List.of("one", "two", "one", "three"), second.tokens());
        for (int q = 0; q < first.weights().length; q++) {
            assertArrayEquals(first.weights()[q], second.weights()[q], 0);
        }
        assertArrayEquals(first.z(), second.z(), 0);
        assertEquals(view.values(), reopened.values());
    }

    @Test
    void shareLinkOmitsDefaultText() {
        LabView view = open("lab/attention?seed=5");
        String link = view.shareLocation();

        assertFalse(link.contains("text="), link);
        assertTrue(link.contains("d=16"), link);
        assertTrue(link.contains("sharedProjection=true"), link);
    }

    @Test
    void hideAndEmbedOptionsInLab() {
        LabView view = open("lab/kernel?hide=m,seed,presets&embed=true");

        assertFalse(view.controls().get("m").isVisible());
        assertFalse(view.controls().get("seed").isVisible());
        assertTrue(view.controls().get("d").isVisible());
        assertTrue(_find(Select.class, spec -> spec.withId("lab-presets")).isEmpty(), "presets hidden");
        assertTrue(_get(MainLayout.class).isEmbedded());
        assertTrue(_find(Header.class).isEmpty(), "header hidden");
        assertTrue(_get(Anchor.class, spec -> spec.withId("open-in-new-tab")).isVisible());
        String link = view.shareLocation();
        assertTrue(link.contains("hide=m,seed,presets") || link.contains("hide=m%2Cseed%2Cpresets"), link);
        assertTrue(link.contains("embed=true"), link);
    }

    @Test
    void withoutEmbedHeaderIsShown() {
        open("lab/kernel");

        assertFalse(_get(MainLayout.class).isEmbedded());
        assertTrue(_get(Header.class).isVisible());
    }

    @Test
    void invalidValueFallsBackWithMessage() {
        LabView view = open("lab/kernel?m=abc&d=500");

        assertEquals(256, view.values().getInt("m"));
        assertEquals(16, view.values().getInt("d"));
        List<String> messages = messages();
        assertEquals(2, messages.size(), messages.toString());
        assertTrue(messages.stream().anyMatch(message -> message.contains("\u201cabc\u201d")), messages.toString());
        assertTrue(messages.stream().anyMatch(message -> message.contains("\u201c500\u201d")), messages.toString());
    }

    @Test
    void costlyCombinationUsesDefaults() {
        LabView view = open("lab/feature-sweep?ms=100000,100000,100000,100000&repeats=20&tokens=256&d=128");

        assertEquals(ParameterValues.defaults(view.values().specs()), view.values());
        assertTrue(messages().get(0).contains("The default values are used instead."), messages().toString());
    }

    @Test
    void unknownExperimentGoesToList() {
        UI.getCurrent().navigate("lab/no-such-experiment");

        assertInstanceOf(LabListView.class, UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0));
        assertTrue(messages().get(0).contains("no-such-experiment"), messages().toString());
    }

    @Test
    void listShowsEveryExperimentInFrench() {
        useFrench();
        UI.getCurrent().navigate("lab");

        List<Div> cards = _find(Div.class, spec -> spec.withClasses("tp-card"));
        assertEquals(Experiments.all().size(), cards.size());
        assertTrue(cards.get(0).getElement().getTextRecursively().contains("Attention softmax"),
                cards.get(0).getElement().getTextRecursively());
    }

    @Test
    void codePanelHoldsCurrentParameters() {
        LabView view = open("lab/kernel?m=77&seed=9");

        String code = _get(com.vaadin.flow.component.html.Pre.class).getText();
        assertTrue(code.contains("{{") == false, code);
        assertTrue(code.contains("77"), code);
        assertTrue(code.contains("statistically"), code);
        assertEquals(77, view.values().getInt("m"));
    }

    @Test
    void codePanelIsInFrenchInTheFrenchInterface() {
        useFrench();
        open("lab/kernel?m=77&seed=9");

        String code = _get(com.vaadin.flow.component.html.Pre.class).getText();
        assertTrue(code.contains(", 77, "), code);
        assertTrue(code.contains("statistiquement"), code);
        assertTrue(code.contains("erreur sur le noyau"), code);
        assertFalse(code.contains("statistically"), code);
        assertFalse(code.contains("kernel error"), code);
    }

    static LabView open(String location) {
        Location parsed = new Location(location);
        UI.getCurrent().navigate(parsed.getPath(), parsed.getQueryParameters());
        return _get(LabView.class);
    }

    static String status() {
        return _get(com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("tp-lab-status")).getText();
    }


}
