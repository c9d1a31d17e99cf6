package org.tripartite.ui.lesson;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tripartite.ui.lesson.LessonViewTest.open;
import static org.tripartite.ui.lesson.LessonViewTest.waitUntil;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tripartite.ui.KaribuTestBase;
import org.tripartite.ui.text.MathText;

class CheckpointPanelTest extends KaribuTestBase {

    @Test
    void attentionCheckpointListsTokensAndJudgesWithSimulation() {
        open("lesson/attention/5");
        RadioButtonGroup<String> choices = choices();
        @SuppressWarnings("unchecked")
        List<String> items = choices.getListDataView().getItems().toList();
        assertEquals(List.of("the", "robot", "gave", "small", "a", "blue", "kite"), items);

        assertEquals("true", answer(choices, "robot"));
        assertEquals("false", answer(choices, "kite"));
        String explanation = _get(result(), MathText.class).getMarkdown();
        assertTrue(explanation.contains("\u201crobot\u201d"), explanation);
        assertTrue(explanation.contains("\u201ckite\u201d"), explanation);
    }

    @Test
    void featureCheckpointAcceptsAboutTen() {
        open("lesson/features/5");
        TextField number = _get(TextField.class, spec -> spec.withId("checkpoint-number"));

        HasValueUtilsKt._setValue(number, "10");
        assertEquals("true", check());
        HasValueUtilsKt._setValue(number, "3,16");
        assertEquals("false", check());
    }

    @Test
    void featureCheckpointRejectsText() {
        open("lesson/features/5");
        TextField number = _get(TextField.class, spec -> spec.withId("checkpoint-number"));

        HasValueUtilsKt._setValue(number, "about ten");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("checkpoint-check")));
        assertTrue(result().getElement().getTextRecursively().contains("\u201cabout ten\u201d is not a number"));
    }

    @Test
    void synapseCheckpointRightOnlyForBoth() {
        open("lesson/synapse/5");
        RadioButtonGroup<String> choices = choices();

        assertEquals("true", answer(choices, "both"));
        assertEquals("false", answer(choices, "pre"));
        assertEquals("false", answer(choices, "none"));
    }

    @Test
    void synapseCheckpointInFrench() {
        useFrench();
        open("lesson/synapse/5");

        assertEquals("Vérifier ma réponse", _get(Button.class, spec -> spec.withId("checkpoint-check")).getText());
        assertEquals("false", answer(choices(), "post"));
        assertTrue(result().getElement().getTextRecursively().startsWith("Pas tout à fait."));
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<String> choices() {
        return _get(RadioButtonGroup.class);
    }

    private static String answer(RadioButtonGroup<String> choices, String value) {
        HasValueUtilsKt._setValue(choices, value);
        return check();
    }

    private static String check() {
        Div result = result();
        result.getElement().removeAttribute("data-right");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("checkpoint-check")));
        waitUntil(() -> result.getElement().hasAttribute("data-right"));
        return result.getElement().getAttribute("data-right");
    }

    private static Div result() {
        return _get(Div.class, spec -> spec.withId("checkpoint-result"));
    }
}
