package org.tripartite.ui.figure;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tripartite.engine.param.InvalidParameterException;
import org.tripartite.engine.param.ParameterSpec;
import org.tripartite.engine.param.ParameterValues;
import org.tripartite.engine.run.RunCancelledException;
import org.tripartite.engine.run.RunMonitor;
import org.tripartite.i18n.Translations;
import org.tripartite.run.SimulationExecutor;
import org.tripartite.ui.controls.ParameterMessages;

/**
 * A live figure bound to one engine experiment: it declares the parameters it reads (each one a
 * URL query parameter) and redraws itself for a set of values. Computations run on the
 * simulation pool; a newer request cancels the older one, and a progress bar appears when a run
 * lasts more than a moment.
 */
public abstract class Figure extends Div {

    private static final Logger LOG = LoggerFactory.getLogger(Figure.class);

    protected final FigureContext context;
    private final Div busy = new Div();
    private final ProgressBar progressBar = new ProgressBar();
    private final Span error = new Span();
    private SimulationExecutor.Run<?> running;

    protected Figure(FigureContext context) {
        this.context = context;
        addClassName("tp-figure");
        busy.addClassName("tp-busy");
        progressBar.setWidth("12em");
        progressBar.getElement().setAttribute("aria-label", text("figure.computing"));
        busy.add(progressBar, new Span(text("figure.computing")));
        busy.setVisible(false);
        error.addClassName("tp-message");
        error.setVisible(false);
        error.getElement().setAttribute("role", "alert");
    }

    /** Returns the parameters this figure reads, with their defaults and bounds. */
    public abstract List<ParameterSpec> parameters();

    /** Redraws the figure for {@code values}, which contain every parameter of {@link #parameters()}. */
    public abstract void show(ParameterValues values);

    /** Returns the parameters this figure shows a control for itself, so the page adds none. */
    public List<String> ownControls() {
        return List.of();
    }

    /**
     * Tells the figure which controls the step shows, so that it can show those among
     * {@link #ownControls()}; called once, before the first {@link #show}.
     */
    public void useControls(List<String> stepControls) {
    }

    /** Stops animations and background runs; called when the page leaves the figure. */
    public void stop() {
        if (running != null) {
            running.cancel();
            running = null;
        }
    }

    /** Adds the progress indicator and the error line; subclasses call it after their charts. */
    protected void addStatusArea() {
        add(busy, error);
    }

    /** Styles {@code summary} as the figure's one-line result, announced when it changes. */
    protected static void markAsSummary(Span summary) {
        summary.addClassName("tp-figure-value");
        summary.getElement().setAttribute("aria-live", "polite");
    }

    /** Returns the explanatory line under the charts, in the learner's language. */
    protected Span caption(String key, Object... params) {
        Span caption = new Span(text(key, params));
        caption.addClassName("tp-figure-caption");
        return caption;
    }

    /** Formats the numbers of {@code charts} in the learner's language. */
    protected void useLanguage(org.tripartite.ui.chart.EChart... charts) {
        for (org.tripartite.ui.chart.EChart chart : charts) {
            chart.setNumberLocale(context.language().code());
        }
    }

    protected String text(String key, Object... params) {
        return Translations.translate(context.language(), key, params);
    }

    /**
     * Runs {@code task} on the simulation pool and hands its result to {@code onResult} on the UI
     * thread. An earlier run of this figure that is still going is cancelled.
     */
    protected <R> void compute(String name, Function<RunMonitor, R> task, Consumer<R> onResult) {
        UI ui = UI.getCurrent();
        stop();
        error.setVisible(false);
        progressBar.setIndeterminate(true);
        busy.setVisible(true);
        SimulationExecutor.Run<R> run;
        try {
            java.util.concurrent.atomic.AtomicReference<SimulationExecutor.Run<R>> self =
                    new java.util.concurrent.atomic.AtomicReference<>();
            run = context.executor().submit(name, task, fraction -> {
                try {
                    ui.access(() -> {
                        progressBar.setIndeterminate(false);
                        progressBar.setValue(Math.max(0, Math.min(1, fraction)));
                    });
                } catch (com.vaadin.flow.component.UIDetachedException e) {
                    // The tab was closed, so the result would have no reader: stop the run.
                    SimulationExecutor.Run<R> closed = self.get();
                    if (closed != null) {
                        closed.cancel();
                    }
                }
            });
            self.set(run);
        } catch (RejectedExecutionException e) {
            LOG.warn("Simulation pool full, {} rejected", name);
            busy.setVisible(false);
            showError(text("figure.busy"));
            return;
        }
        running = run;
        run.result().whenComplete((result, failure) -> accessIfOpen(ui, () -> {
            if (running != run) {
                return;
            }
            running = null;
            busy.setVisible(false);
            if (failure == null) {
                onResult.accept(result);
                return;
            }
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            if (cause instanceof RunCancelledException) {
                return;
            }
            if (cause instanceof InvalidParameterException invalid) {
                showError(ParameterMessages.describe(invalid, context.language()));
            } else {
                showError(text("figure.failed"));
            }
        }));
    }

    /** Runs {@code command} on the UI thread unless the tab has been closed meanwhile. */
    private static void accessIfOpen(UI ui, com.vaadin.flow.server.Command command) {
        try {
            ui.access(command);
        } catch (com.vaadin.flow.component.UIDetachedException e) {
            LOG.debug("Result dropped: the tab was closed");
        }
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent detachEvent) {
        stop();
        super.onDetach(detachEvent);
    }

    protected void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }
}
