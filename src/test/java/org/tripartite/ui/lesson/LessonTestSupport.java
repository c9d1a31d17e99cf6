package org.tripartite.ui.lesson;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.function.BooleanSupplier;
import org.tripartite.ui.KaribuTestBase;
import org.tripartite.ui.chart.EChart;

/** Helpers for lesson tests: navigation, waiting for background runs, chart data and checkpoints. */
abstract class LessonTestSupport extends KaribuTestBase {

    /** Navigates to {@code location}, which may carry a query string after "?". */
    static void open(String location) {
        int query = location.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(location);
        } else {
            UI.getCurrent().navigate(location.substring(0, query),
                    QueryParameters.fromString(location.substring(query + 1)));
        }
        MockVaadin.clientRoundtrip();
    }

    /** Waits for background runs; see {@link KaribuTestBase#waitUntil}. */
    static void await(BooleanSupplier condition) {
        waitUntil(condition);
        MockVaadin.clientRoundtrip();
    }

    /** Returns the data array of series {@code index} of the option the chart shows now. */
    static JsonNode seriesData(EChart chart, int index) {
        return chart.getOption().get("series").get(index).get("data");
    }

    /** Asserts that a value rounded to four significant digits for display matches {@code expected}. */
    static void assertDisplayed(double expected, double shown, String what) {
        double tolerance = Math.max(1e-12, Math.abs(expected) * 1e-3);
        assertEquals(expected, shown, tolerance, what);
    }

    /** Chooses {@code choice}, presses Check, waits for the simulation and returns data-right. */
    static boolean answerChoice(String choice) {
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> group = _get(RadioButtonGroup.class);
        group.setValue(choice);
        return check();
    }

    /** Types {@code number}, presses Check, waits for the simulation and returns data-right. */
    static boolean answerNumber(String number) {
        _get(TextField.class, spec -> spec.withId("checkpoint-number")).setValue(number);
        return check();
    }

    private static boolean check() {
        Div result = _get(Div.class, spec -> spec.withId("checkpoint-result"));
        result.getElement().removeAttribute("data-right");
        _click(_get(Button.class, spec -> spec.withId("checkpoint-check")));
        await(() -> result.getElement().hasAttribute("data-right"));
        assertFalse(result.getElement().getTextRecursively().isBlank(), "the checkpoint explains its verdict");
        return Boolean.parseBoolean(result.getElement().getAttribute("data-right"));
    }
}
