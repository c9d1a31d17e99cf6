package org.tripartite.ui.lab;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tripartite.engine.experiment.Experiment;
import org.tripartite.engine.experiment.Experiments;
import org.tripartite.engine.param.InvalidParameterException;
import org.tripartite.engine.param.ParameterSpec;
import org.tripartite.engine.param.ParameterType;
import org.tripartite.engine.param.ParameterValues;
import org.tripartite.engine.param.ParsedParameters;
import org.tripartite.engine.run.RunCancelledException;
import org.tripartite.engine.run.RunMonitor;
import org.tripartite.i18n.Language;
import org.tripartite.run.SimulationExecutor;
import org.tripartite.ui.controls.ParameterControl;
import org.tripartite.ui.controls.ParameterMessages;
import org.tripartite.ui.layout.LanguageSetup;
import org.tripartite.ui.layout.MainLayout;
import org.tripartite.ui.layout.TeacherOptions;

/**
 * One experiment in the lab at {@code /lab/{experiment}}: a control for every parameter, bounded
 * by the engine's specs, named presets, run and cancel, the result's charts with their data as
 * CSV and JSON, a NumPy script of the run, and a link that reproduces it.
 *
 * <p>The address always contains the experiment, every parameter and the seed, in the engine's
 * canonical strings (decimal point whatever the language), so opening it runs the same
 * computation. Texts appear only when they differ from the default; a text parameter has at
 * most 500 characters, so a link stays within a few kilobytes. Besides parameter names,
 * {@code hide=} accepts {@code presets}, {@code run}, {@code share}, {@code export} and
 * {@code code}.
 */
@Route(value = "lab/:experiment", layout = MainLayout.class)
public class LabView extends Div implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private static final Logger LOG = LoggerFactory.getLogger(LabView.class);

    /** Runs shorter than this show no progress bar, so quick runs do not flicker. */
    static final long PROGRESS_DELAY_MS = 500;

    private final SimulationExecutor executor;
    private Language language;
    private Experiment<?, ?> experiment;
    private TeacherOptions options;
    private ParameterValues values;
    private final Map<String, ParameterControl> controls = new LinkedHashMap<>();
    private final Div messageArea = new Div();
    private final Div chartArea = new Div();
    private final Div busy = new Div();
    private final ProgressBar progressBar = new ProgressBar();
    private final Span status = new Span();
    private final Pre code = new Pre();
    private final TextField shareField = new TextField();
    private Button runButton;
    private Button cancelButton;
    private Select<LabPreset> presetSelect;
    private SimulationExecutor.Run<Object> running;
    private Object result;
    private ParameterValues resultValues;
    private List<LabChart> charts = List.of();
    private String title = "Lab";

    public LabView(SimulationExecutor executor) {
        this.executor = executor;
        addClassName("tp-page");
        addClassName("tp-lab");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        stop();
        removeAll();
        controls.clear();
        chartArea.removeAll();
        messageArea.removeAll();
        result = null;
        charts = List.of();
        language = LanguageSetup.current(UI.getCurrent());

        String id = event.getRouteParameters().get("experiment").orElse("");
        Optional<Experiment<?, ?>> found = Experiments.byId(id);
        if (found.isEmpty() || !LabCharts.supports(id)) {
            LOG.info("Unknown lab experiment '{}' requested", id);
            // The list explains what happened; a notification would be lost in the forward.
            event.forwardTo("lab", com.vaadin.flow.router.QueryParameters.of("unknown", id));
            return;
        }
        experiment = found.get();
        options = TeacherOptions.from(event.getLocation().getQueryParameters());
        title = getTranslation("lab.experiment." + id + ".title");

        List<String> messages = new ArrayList<>();
        values = resolveValues(single(event.getLocation().getQueryParameters()), messages);
        build();
        messages.forEach(this::showMessage);
        updateUrl();
        run();
    }

    /** Reads the query over the defaults; invalid values are reported and replaced by their default. */
    private ParameterValues resolveValues(Map<String, String> query, List<String> messages) {
        List<ParameterSpec> specs = experiment.parameters();
        ParsedParameters parsed = ParameterValues.parse(specs, query);
        for (InvalidParameterException problem : parsed.problems()) {
            messages.add(ParameterMessages.describeWithFallback(problem, language));
        }
        ParameterValues resolved = parsed.values();
        try {
            experiment.parameters(resolved);
        } catch (InvalidParameterException e) {
            // Values valid one by one can still be invalid together (a cost bound, an index).
            messages.add(ParameterMessages.describe(e, language) + " " + getTranslation("lab.defaultsUsed"));
            resolved = ParameterValues.defaults(specs);
        }
        return resolved;
    }

    private void build() {
        String id = experiment.id();
        H1 heading = new H1(getTranslation("lab.heading", title));
        Paragraph summary = new Paragraph(getTranslation("lab.experiment." + id + ".summary"));
        summary.addClassName("tp-lead");
        messageArea.getElement().setAttribute("role", "status");
        add(heading, summary, messageArea);

        Div layout = new Div();
        layout.addClassName("tp-lab-layout");
        Div side = new Div();
        side.addClassName("tp-lab-side");
        side.add(presets(), runBar(), controlPanel(), sharePanel());
        chartArea.addClassName("tp-lab-charts");
        Div main = new Div(chartArea, codePanel());
        main.addClassName("tp-lab-main");
        layout.add(side, main);
        add(layout);
    }

    private Div presets() {
        Div box = new Div();
        List<LabPreset> list = LabPresets.of(experiment.id());
        presetSelect = new Select<>();
        presetSelect.setId("lab-presets");
        presetSelect.setLabel(getTranslation("lab.presets"));
        presetSelect.setPlaceholder(getTranslation("lab.presets.choose"));
        presetSelect.setItems(list);
        presetSelect.setItemLabelGenerator(preset -> preset.name(language));
        presetSelect.setWidthFull();
        presetSelect.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                applyPreset(event.getValue());
            }
        });
        box.add(presetSelect);
        box.setVisible(!list.isEmpty() && !options.hides("presets"));
        return box;
    }

    private Div controlPanel() {
        Div panel = new Div();
        panel.addClassName("tp-lab-controls");
        for (ParameterSpec spec : experiment.parameters()) {
            String name = spec.name();
            ParameterControl control = new ParameterControl(spec, values.get(name), language,
                    value -> parameterChanged(name, value));
            control.setVisible(!options.hides(name));
            controls.put(name, control);
            panel.add(control);
        }
        return panel;
    }

    private Div runBar() {
        runButton = new Button(getTranslation("lab.run"), click -> {
            messageArea.removeAll();
            run();
        });
        runButton.setId("lab-run");
        runButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cancelButton = new Button(getTranslation("lab.cancel"), click -> cancel());
        cancelButton.setId("lab-cancel");
        cancelButton.setEnabled(false);

        progressBar.setWidth("12em");
        progressBar.getElement().setAttribute("aria-label", getTranslation("figure.computing"));
        busy.addClassName("tp-busy");
        busy.add(progressBar, new Span(getTranslation("figure.computing")));
        busy.setVisible(false);
        status.addClassName("tp-lab-status");
        status.getElement().setAttribute("aria-live", "polite");

        Div buttons = new Div(runButton, cancelButton);
        buttons.addClassName("tp-lab-buttons");
        buttons.setVisible(!options.hides("run"));
        Div bar = new Div(buttons, busy, status);
        bar.addClassName("tp-lab-run");
        return bar;
    }

    private Div sharePanel() {
        Button copy = new Button(getTranslation("lab.copyLink"), click -> copyLink());
        copy.setId("lab-copy-link");
        shareField.setId("lab-share-link");
        shareField.setLabel(getTranslation("lab.shareLink"));
        shareField.setReadOnly(true);
        shareField.setWidthFull();
        shareField.setVisible(false);
        Div panel = new Div(copy, shareField);
        panel.addClassName("tp-lab-share");
        panel.setVisible(!options.hides("share"));
        return panel;
    }

    private NativeDetails codePanel() {
        Paragraph note = new Paragraph(getTranslation("lab.code.note"));
        Div content = new Div(note, code);
        code.addClassName("tp-lab-code");
        NativeDetails details = new NativeDetails(getTranslation("lab.code.show"), content);
        details.addClassName("tp-lab-details");
        details.setVisible(!options.hides("code"));
        updateCode();
        return details;
    }

    private void parameterChanged(String name, Object value) {
        try {
            values = values.with(name, value);
        } catch (InvalidParameterException e) {
            showMessage(ParameterMessages.describe(e, language));
            return;
        }
        if (presetSelect != null) {
            presetSelect.clear();
        }
        updateUrl();
        updateCode();
        status.setText(getTranslation("lab.changed"));
    }

    private void applyPreset(LabPreset preset) {
        ParameterValues applied;
        try {
            applied = ParameterValues.parseStrict(experiment.parameters(), preset.values());
        } catch (InvalidParameterException e) {
            LOG.error("Invalid preset {} of {}: {}", preset.id(), experiment.id(), e.getMessage());
            showMessage(ParameterMessages.describe(e, language));
            return;
        }
        values = applied;
        controls.forEach((name, control) -> control.setValue(values.get(name)));
        updateUrl();
        updateCode();
        run();
    }

    /** Starts a run with the current values; a run still going is cancelled first. */
    void run() {
        stop();
        Function<RunMonitor, Object> task;
        try {
            task = task(experiment, values);
        } catch (InvalidParameterException e) {
            showMessage(ParameterMessages.describe(e, language));
            status.setText("");
            return;
        }

        UI ui = UI.getCurrent();
        SimulationExecutor.Run<Object> run;
        try {
            run = executor.submit(experiment.id(), task, fraction -> accessIfAttached(ui, () -> {
                progressBar.setIndeterminate(false);
                progressBar.setValue(Math.max(0, Math.min(1, fraction)));
            }));
        } catch (RejectedExecutionException e) {
            LOG.warn("Simulation pool full, lab run of {} rejected", experiment.id());
            status.setText(getTranslation("figure.busy"));
            return;
        }

        running = run;
        ParameterValues ranWith = values;
        runButton.setEnabled(false);
        cancelButton.setEnabled(true);
        progressBar.setIndeterminate(true);
        status.setText(getTranslation("lab.running"));

        CompletableFuture.delayedExecutor(PROGRESS_DELAY_MS, TimeUnit.MILLISECONDS).execute(() -> accessIfAttached(ui, () -> {
            if (running == run) {
                busy.setVisible(true);
            }
        }));
        run.result().whenComplete((computed, failure) -> accessIfAttached(ui, () -> finish(run, ranWith, computed, failure)));
    }

    /**
     * Runs {@code command} on the UI unless the browser tab has closed meanwhile: a closed tab
     * must not turn a progress report into a failed simulation.
     */
    private static void accessIfAttached(UI ui, com.vaadin.flow.server.Command command) {
        try {
            ui.access(command);
        } catch (com.vaadin.flow.component.UIDetachedException e) {
            LOG.debug("Lab page closed before its run reported back");
        }
    }

    private static <P, R> Function<RunMonitor, Object> task(Experiment<P, R> experiment, ParameterValues values) {
        P params = experiment.parameters(values);
        return monitor -> experiment.run(params, monitor);
    }

    /** Cancels the run in progress, if any. */
    void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    private void finish(SimulationExecutor.Run<Object> run, ParameterValues ranWith, Object computed, Throwable failure) {
        if (running != run) {
            return;
        }
        running = null;
        runButton.setEnabled(true);
        cancelButton.setEnabled(false);
        busy.setVisible(false);
        if (failure == null) {
            result = computed;
            resultValues = ranWith;
            charts = LabCharts.of(experiment.id(), computed, new ChartTexts(language));
            drawCharts();
            status.setText(getTranslation("lab.done"));
            return;
        }
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof RunCancelledException) {
            status.setText(getTranslation("lab.cancelled"));
        } else if (cause instanceof InvalidParameterException invalid) {
            status.setText("");
            showMessage(ParameterMessages.describe(invalid, language));
        } else {
            status.setText(getTranslation("figure.failed"));
        }
    }

    private void drawCharts() {
        chartArea.removeAll();
        for (LabChart chart : charts) {
            chartArea.add(new LabChartPanel(chart, experiment.id(), resultValues.toStrings(), language,
                    !options.hides("export")));
        }
    }

    private void updateCode() {
        code.setText(CodeSnippets.script(experiment.id(), values).orElse(""));
    }

    /** Returns the parameters of the share link: all of them, texts only when not the default. */
    private Map<String, String> shareParameters() {
        Map<String, String> strings = new LinkedHashMap<>(values.toStrings());
        for (ParameterSpec spec : experiment.parameters()) {
            if (spec.type() == ParameterType.TEXT && spec.defaultValue().equals(values.get(spec.name()))) {
                strings.remove(spec.name());
            }
        }
        return strings;
    }

    /** Returns the relative address that reproduces this run, teacher options included. */
    String shareLocation() {
        return new Location("lab/" + experiment.id(), options.query(shareParameters())).getPathWithQueryParameters();
    }

    private void updateUrl() {
        UI.getCurrent().getPage().getHistory().replaceState(null, shareLocation());
    }

    private void copyLink() {
        String location = shareLocation();
        shareField.setValue(location);
        shareField.setVisible(true);
        UI.getCurrent().getPage().executeJs("""
                const url = new URL($0, document.baseURI).href;
                if (!navigator.clipboard) {
                  return '0 ' + url;
                }
                return navigator.clipboard.writeText(url).then(() => '1 ' + url, () => '0 ' + url);""", location)
                .then(String.class, answer -> {
                    boolean copied = answer.startsWith("1 ");
                    shareField.setValue(answer.substring(2));
                    Notification.show(getTranslation(copied ? "lab.linkCopied" : "lab.linkNotCopied"), 4000,
                            Notification.Position.BOTTOM_CENTER);
                });
    }

    private void showMessage(String message) {
        Div line = new Div(new Span(message));
        line.addClassName("tp-message");
        messageArea.add(line);
    }

    private void stop() {
        if (running != null) {
            running.cancel();
            running = null;
        }
    }

    private static Map<String, String> single(com.vaadin.flow.router.QueryParameters parameters) {
        Map<String, String> result = new LinkedHashMap<>();
        parameters.getParameters().forEach((name, list) -> {
            if (!list.isEmpty() && !TeacherOptions.NAMES.contains(name)) {
                result.put(name, list.get(0));
            }
        });
        return result;
    }

    /** Returns the values the controls show now, for tests. */
    ParameterValues values() {
        return values;
    }

    /** Returns the result of the last finished run, or null, for tests. */
    Object result() {
        return result;
    }

    /** Returns the charts of the last finished run, for tests. */
    List<LabChart> charts() {
        return charts;
    }

    boolean isRunning() {
        return running != null;
    }

    Map<String, ParameterControl> controls() {
        return controls;
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        stop();
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent detachEvent) {
        super.onDetach(detachEvent);
        stop();
    }

    @Override
    public String getPageTitle() {
        return "Tripartite – " + title;
    }
}
