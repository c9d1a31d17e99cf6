package org.tripartite.ui.lesson;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tripartite.i18n.Language;
import org.tripartite.i18n.NumberFormats;
import org.tripartite.i18n.Translations;
import org.tripartite.lesson.Checkpoint;
import org.tripartite.lesson.Lesson;
import org.tripartite.lesson.LessonText;
import org.tripartite.lesson.check.CheckpointJudge;
import org.tripartite.lesson.check.Expected;
import org.tripartite.lesson.check.Measure;
import org.tripartite.lesson.check.Measures;
import org.tripartite.run.SimulationExecutor;
import org.tripartite.ui.layout.ProgressStore;
import org.tripartite.ui.text.MathText;

/**
 * A lesson's checkpoint: the learner predicts, then the app runs the simulation with the
 * checkpoint's parameters, judges the answer against it and explains.
 */
class CheckpointPanel extends Div {

    private static final Logger LOG = LoggerFactory.getLogger(CheckpointPanel.class);

    private final Lesson lesson;
    private final LessonText text;
    private final Language language;
    private final SimulationExecutor executor;
    private final Map<String, String> parameters = new LinkedHashMap<>();
    private final Measure measure;
    private final Button check = new Button();
    private final Div result = new Div();
    private final Div busy = new Div();
    private RadioButtonGroup<String> choices;
    private TextField number;
    private List<String> options = List.of();

    CheckpointPanel(Lesson lesson, LessonText text, Language language, SimulationExecutor executor,
            Map<String, String> query, List<String> messages) {
        this.lesson = lesson;
        this.text = text;
        this.language = language;
        this.executor = executor;
        addClassName("tp-checkpoint");
        Checkpoint checkpoint = lesson.checkpoint();
        checkpoint.preset().forEach((name, value) -> parameters.put(name, value.in(language)));
        this.measure = Measures.byName(checkpoint.measure()).orElseThrow(
                () -> new IllegalStateException("unknown checkpoint measure " + checkpoint.measure()));

        LessonText.CheckpointText checkpointText = text.checkpoint();
        add(new H2(checkpointText.title()), new MathText(checkpointText.question()));

        if (checkpoint.kind() == Checkpoint.Kind.CHOICE) {
            choices = new RadioButtonGroup<>();
            choices.setLabel(t("checkpoint.answer"));
            if (checkpoint.choicesFrom() != null) {
                options = measure.options(parameters);
                choices.setItems(options);
            } else {
                options = checkpoint.choices();
                choices.setItems(options);
                choices.setItemLabelGenerator(this::choiceLabel);
                // Labels may contain $…$ math, typeset like the lesson text.
                choices.setRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(
                        id -> MathText.inline(choiceLabel(id))));
            }
            choices.addThemeName("vertical");
            add(choices);
        } else {
            number = new TextField(t("checkpoint.answer"));
            number.setHelperText(t("checkpoint.numberHelp"));
            number.setId("checkpoint-number");
            add(number);
        }

        check.setText(t("checkpoint.check"));
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickListener(event -> check());
        check.setId("checkpoint-check");
        ProgressBar progress = new ProgressBar();
        progress.setIndeterminate(true);
        progress.setWidth("8em");
        progress.getElement().setAttribute("aria-label", t("checkpoint.running"));
        busy.addClassName("tp-busy");
        busy.add(progress, new Span(t("checkpoint.running")));
        busy.setVisible(false);
        result.getElement().setAttribute("aria-live", "polite");
        result.setId("checkpoint-result");
        add(check, busy, result);
    }

    private void check() {
        String answer = currentAnswer();
        result.removeAll();
        result.setClassName("");
        if (answer == null) {
            result.add(new Span(t("checkpoint.chooseFirst")));
            return;
        }
        if (number != null) {
            try {
                CheckpointJudge.parseNumber(answer);
            } catch (NumberFormatException e) {
                result.add(new Span(t("checkpoint.numberInvalid", answer)));
                return;
            }
        }

        UI ui = UI.getCurrent();
        check.setEnabled(false);
        busy.setVisible(true);
        SimulationExecutor.Run<Expected> run;
        try {
            run = executor.submit("checkpoint " + lesson.id(), monitor -> measure.evaluate(parameters, monitor), null);
        } catch (RejectedExecutionException e) {
            check.setEnabled(true);
            busy.setVisible(false);
            result.add(new Span(t("figure.busy")));
            return;
        }
        run.result().whenComplete((expected, failure) -> ui.access(() -> {
            check.setEnabled(true);
            busy.setVisible(false);
            if (failure != null) {
                Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
                LOG.error("Checkpoint of lesson {} failed", lesson.id(), cause);
                result.add(new Span(t("figure.failed")));
                return;
            }
            showVerdict(answer, expected);
        }));
    }

    private void showVerdict(String answer, Expected expected) {
        boolean right = CheckpointJudge.isRight(lesson.checkpoint(), expected, answer);
        String expectedText = describe(expected);
        String givenText = number != null ? answer : labelOf(answer);
        String explanation = (right ? text.checkpoint().explainRight() : text.checkpoint().explainWrong())
                .replace("{expected}", expectedText).replace("{given}", givenText);

        result.setClassName(right ? "tp-result-right" : "tp-result-wrong");
        Span verdict = new Span(t(right ? "checkpoint.right" : "checkpoint.wrong"));
        verdict.addClassName("tp-verdict");
        result.add(verdict, new MathText(explanation));
        result.getElement().setAttribute("data-right", Boolean.toString(right));
        ProgressStore.markCheckpointAnswered(UI.getCurrent(), lesson.id());
    }

    private String describe(Expected expected) {
        if (expected instanceof Expected.Number value) {
            return NumberFormats.format(value.value(), language);
        }
        Expected.Choices right = (Expected.Choices) expected;
        return String.join(" / ", right.correct().stream().sorted().map(this::labelOf).toList());
    }

    private String labelOf(String choice) {
        return lesson.checkpoint().choicesFrom() != null ? "\u201c" + choice + "\u201d" : choiceLabel(choice);
    }

    private String choiceLabel(String id) {
        return text.checkpoint().choices().stream().filter(choice -> choice.id().equals(id))
                .map(LessonText.Choice::label).findFirst().orElse(id);
    }

    private String currentAnswer() {
        if (choices != null) {
            return choices.getValue();
        }
        String value = number.getValue();
        return value == null || value.isBlank() ? null : value.strip();
    }

    private String t(String key, Object... params) {
        return Translations.translate(language, key, params);
    }
}
