package org.tripartite.ui.lesson;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tripartite.engine.param.InvalidParameterException;
import org.tripartite.engine.param.ParameterSpec;
import org.tripartite.engine.param.ParameterValues;
import org.tripartite.engine.param.ParsedParameters;
import org.tripartite.i18n.Language;
import org.tripartite.lesson.Course;
import org.tripartite.lesson.Lesson;
import org.tripartite.lesson.LessonText;
import org.tripartite.lesson.LocalizedValue;
import org.tripartite.lesson.Step;
import org.tripartite.run.SimulationExecutor;
import org.tripartite.ui.controls.ParameterControl;
import org.tripartite.ui.controls.ParameterMessages;
import org.tripartite.ui.figure.Figure;
import org.tripartite.ui.figure.FigureContext;
import org.tripartite.ui.figure.Figures;
import org.tripartite.ui.home.LessonsView;
import org.tripartite.ui.layout.LanguageSetup;
import org.tripartite.ui.layout.MainLayout;
import org.tripartite.ui.layout.ProgressStore;
import org.tripartite.ui.layout.TeacherOptions;
import org.tripartite.ui.text.MathText;

/**
 * The lesson player at {@code /lesson/{lessonId}/{step}}: the step's text beside its live figure,
 * the step's controls under the figure, and previous/next navigation; the page after the last
 * step is the checkpoint. The figure's parameters live in the URL's query, so a copied address
 * reopens the same state; an invalid value is reported and replaced by the step's preset.
 */
@Route(value = "lesson/:lessonId/:step?", layout = MainLayout.class)
public class LessonView extends Div implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private static final Logger LOG = LoggerFactory.getLogger(LessonView.class);

    private final Course course;
    private final SimulationExecutor executor;
    private Language language;
    private Lesson lesson;
    private int page;
    private Figure figure;
    private ParameterValues values;
    private final Map<String, ParameterControl> controls = new LinkedHashMap<>();
    private String title = "Tripartite";
    private TeacherOptions options = new TeacherOptions(java.util.Set.of(), false, null);

    public LessonView(Course course, SimulationExecutor executor) {
        this.course = course;
        this.executor = executor;
        addClassName("tp-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        language = LanguageSetup.current(UI.getCurrent());
        stopFigure();
        removeAll();
        controls.clear();

        String lessonId = event.getRouteParameters().get("lessonId").orElse("");
        Optional<Lesson> found = course.lesson(lessonId);
        if (found.isEmpty()) {
            LOG.info("Unknown lesson '{}' requested", lessonId);
            // The list explains what happened; a notification would be lost in the forward.
            event.forwardTo("lessons", QueryParameters.of("unknown", lessonId));
            return;
        }
        lesson = found.get();

        List<String> messages = new ArrayList<>();
        String stepText = event.getRouteParameters().get("step").orElse("1");
        page = parsePage(stepText, messages);

        Map<String, String> query = single(event.getLocation().getQueryParameters());
        options = TeacherOptions.from(event.getLocation().getQueryParameters());
        build(query, messages);
        ProgressStore.markVisited(UI.getCurrent(), lesson.id(), page);
    }

    private int parsePage(String text, List<String> messages) {
        try {
            int number = Integer.parseInt(text.trim());
            if (number >= 1 && number <= lesson.pageCount()) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        messages.add(getTranslation("lesson.invalidStep", text, lesson.pageCount()));
        return 1;
    }

    private void build(Map<String, String> query, List<String> messages) {
        LessonText text = lesson.text(language);
        int number = course.number(lesson);
        boolean checkpoint = page > lesson.steps().size();

        Div head = new Div();
        head.addClassName("tp-lesson-head");
        H1 heading = new H1(getTranslation("home.lesson.number", number) + " · " + text.title());
        Span progressText = new Span(checkpoint
                ? getTranslation("lesson.checkpoint")
                : getTranslation("lesson.stepOf", page, lesson.steps().size()));
        progressText.addClassName("tp-step-progress");
        head.add(heading, progressText);
        ProgressBar progress = new ProgressBar(0, lesson.pageCount(), page);
        progress.getElement().setAttribute("aria-label", progressText.getText());
        add(head, progress);

        Div messageArea = new Div();
        messageArea.getElement().setAttribute("role", "status");
        add(messageArea);

        if (checkpoint) {
            title = text.checkpoint().title();
            add(new CheckpointPanel(lesson, text, language, executor, query, messages));
        } else {
            Step step = lesson.steps().get(page - 1);
            LessonText.Section section = text.steps().get(step.id());
            title = org.tripartite.lesson.MarkdownMath.toPlainText(section.title());
            add(stepPlayer(step, section, query, messages));
        }
        for (String message : messages) {
            Div line = new Div(new Span(message));
            line.addClassName("tp-message");
            messageArea.add(line);
        }
        add(navigation());
    }

    private Component stepPlayer(Step step, LessonText.Section section, Map<String, String> query,
            List<String> messages) {
        Div player = new Div();
        player.addClassName("tp-player");

        Div textColumn = new Div();
        textColumn.addClassName("tp-lesson-text");
        H2 stepTitle = new H2();
        stepTitle.add(MathText.inline(section.title()));
        textColumn.add(stepTitle, new MathText(section.markdown()));

        FigureContext figureContext = new FigureContext(language, executor, this::figureChangedParameter);
        Optional<Figure> created = Figures.create(step.view(), figureContext);
        if (created.isEmpty()) {
            LOG.error("Step {}/{} names an unknown view {}", lesson.id(), step.id(), step.view());
            player.add(textColumn);
            return player;
        }
        figure = created.get();
        values = resolveValues(figure.parameters(), step.preset(), query, messages);
        figure.useControls(step.controls().stream().filter(name -> !options.hides(name)).toList());

        Div figureColumn = new Div();
        figureColumn.addClassName("tp-figure-column");
        figureColumn.add(figure);

        Div controlBar = new Div();
        controlBar.addClassName("tp-controls");
        for (String name : step.controls()) {
            ParameterSpec spec = specNamed(figure.parameters(), name);
            if (spec == null || figure.ownControls().contains(name)) {
                continue;
            }
            ParameterControl control = new ParameterControl(spec, values.get(name), language,
                    value -> controlChangedParameter(name, value));
            control.setVisible(!options.hides(name));
            controls.put(name, control);
            controlBar.add(control);
        }
        if (controls.values().stream().anyMatch(ParameterControl::isVisible)) {
            figureColumn.add(controlBar);
        }
        player.add(textColumn, figureColumn);
        figure.show(values);
        updateUrl();
        return player;
    }

    /** Starts from the figure's defaults, applies the step's preset, then the URL's values. */
    private ParameterValues resolveValues(List<ParameterSpec> specs, Map<String, LocalizedValue> preset,
            Map<String, String> query, List<String> messages) {
        Map<String, String> presetStrings = new LinkedHashMap<>();
        preset.forEach((name, value) -> presetStrings.put(name, value.in(language)));
        ParsedParameters fromPreset = ParameterValues.parse(specs, presetStrings);
        for (InvalidParameterException problem : fromPreset.problems()) {
            LOG.error("Invalid preset in lesson {} step {}: {}", lesson.id(), page, problem.getMessage());
        }

        Map<String, String> merged = new LinkedHashMap<>(fromPreset.values().toStrings());
        for (ParameterSpec spec : specs) {
            if (query.containsKey(spec.name())) {
                merged.put(spec.name(), query.get(spec.name()));
            }
        }
        ParsedParameters parsed = ParameterValues.parse(specs, merged);
        ParameterValues result = parsed.values();
        for (InvalidParameterException problem : parsed.problems()) {
            messages.add(ParameterMessages.describe(problem, language) + " "
                    + getTranslation("invalid.fallbackPreset"));
            // Fall back to the step's preset rather than the engine's bare default.
            result = result.with(problem.parameter(), fromPreset.values().get(problem.parameter()));
        }
        return result;
    }

    private void controlChangedParameter(String name, Object value) {
        applyParameter(name, value);
    }

    private void figureChangedParameter(String name, Object value) {
        ParameterControl control = controls.get(name);
        if (control != null) {
            control.setValue(value);
        }
        applyParameter(name, value);
    }

    private void applyParameter(String name, Object value) {
        try {
            values = values.with(name, value);
        } catch (InvalidParameterException e) {
            Div line = new Div(new Span(ParameterMessages.describe(e, language)));
            line.addClassName("tp-message");
            addComponentAtIndex(2, line);
            return;
        }
        figure.show(values);
        updateUrl();
    }

    private void updateUrl() {
        Location location = new Location("lesson/" + lesson.id() + "/" + page, options.query(values.toStrings()));
        UI.getCurrent().getPage().getHistory().replaceState(null, location);
    }

    private Component navigation() {
        Div nav = new Div();
        nav.addClassName("tp-step-nav");
        nav.getElement().setAttribute("role", "navigation");
        nav.getElement().setAttribute("aria-label", getTranslation("lesson.stepNavigation"));
        String base = "lesson/" + lesson.id() + "/";
        Component previous = page > 1
                ? link(base + (page - 1), "← " + getTranslation("lesson.previous"), "previous")
                : link("lessons", "← " + getTranslation("nav.lessons"), "previous");
        Component next;
        if (page < lesson.pageCount()) {
            boolean toCheckpoint = page + 1 > lesson.steps().size();
            next = link(base + (page + 1), getTranslation(toCheckpoint ? "lesson.toCheckpoint" : "lesson.next") + " →", "next");
        } else {
            int index = course.lessons().indexOf(lesson);
            next = index + 1 < course.lessons().size()
                    ? link("lesson/" + course.lessons().get(index + 1).id() + "/1",
                            getTranslation("lesson.nextLesson") + " →", "next")
                    : link("", getTranslation("nav.home") + " →", "next");
        }
        nav.add(previous, next);
        return nav;
    }

    /** Links keep the teacher options, so an embedded lesson stays embedded from step to step. */
    private Anchor link(String href, String label, String rel) {
        String optionsQuery = options.query(Map.of()).getQueryString();
        Anchor anchor = new Anchor(optionsQuery.isEmpty() ? href : href + "?" + optionsQuery, label);
        anchor.addClassName("tp-button-link");
        anchor.getElement().setAttribute("data-nav", rel);
        return anchor;
    }

    private static ParameterSpec specNamed(List<ParameterSpec> specs, String name) {
        return specs.stream().filter(spec -> spec.name().equals(name)).findFirst().orElse(null);
    }

    private static Map<String, String> single(QueryParameters parameters) {
        Map<String, String> result = new LinkedHashMap<>();
        parameters.getParameters().forEach((name, list) -> {
            if (!list.isEmpty()) {
                result.put(name, list.get(0));
            }
        });
        return result;
    }

    private void stopFigure() {
        if (figure != null) {
            figure.stop();
            figure = null;
        }
    }

    /** Returns the figure shown now, for tests. */
    Figure figure() {
        return figure;
    }

    /** Returns the parameter controls under the figure, by parameter name, for tests. */
    Map<String, ParameterControl> controls() {
        return controls;
    }

    /** Returns the parameter values shown now, for tests. */
    ParameterValues values() {
        return values;
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        stopFigure();
    }

    @Override
    public String getPageTitle() {
        return "Tripartite – " + title;
    }
}
