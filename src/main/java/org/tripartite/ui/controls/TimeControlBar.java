package org.tripartite.ui.controls;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.tripartite.i18n.Language;
import org.tripartite.i18n.NumberFormats;
import org.tripartite.i18n.Translations;

/**
 * The one time control of every animated figure: play/pause, step, reset and a logarithmic speed,
 * from 1 ms to 10 s of model time per second, because neuron events last milliseconds and
 * astrocyte calcium seconds. Keyboard: Space plays or pauses, Right arrow steps, R resets (not
 * while typing in a text field).
 *
 * <p>While playing, the bar calls its {@link Clock} ten times per second, on the UI thread.
 */
public class TimeControlBar extends Div {

    /** Receives the model time to advance by, in seconds. */
    public interface Clock {

        void advance(double seconds);

        void reset();

        /** Returns the model time shown on the bar, in seconds. */
        double time();
    }

    static final double MIN_SPEED = 1e-3;
    static final double MAX_SPEED = 10;
    private static final int SPEED_POSITIONS = 400;
    private static final long TICK_MILLIS = 100;

    private static final ScheduledExecutorService TICKER = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "time-control-ticker");
        thread.setDaemon(true);
        return thread;
    });

    private final Clock clock;
    private final Language language;
    private final Button play = new Button();
    private final Button step = new Button(VaadinIcon.STEP_FORWARD.create());
    private final Button reset = new Button(VaadinIcon.ROTATE_LEFT.create());
    private final RangeSlider speedSlider;
    private final Span speedText = new Span();
    private final Span clockText = new Span();
    private double speed;
    private ScheduledFuture<?> ticking;
    private String modelUnit;
    private java.util.function.DoubleConsumer speedListener = speed -> { };

    public TimeControlBar(Clock clock, double initialSpeed, Language language) {
        this.clock = clock;
        this.language = language;
        this.speed = clamp(initialSpeed);
        addClassName("tp-timebar");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", Translations.translate(language, "time.label"));

        play.getElement().setAttribute("data-action", "play");
        play.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        play.addClickListener(event -> togglePlay());
        step.getElement().setAttribute("data-action", "step");
        step.getElement().setAttribute("aria-label", Translations.translate(language, "time.step"));
        step.setTooltipText(Translations.translate(language, "time.step.tooltip"));
        step.addClickListener(event -> step());
        reset.getElement().setAttribute("data-action", "reset");
        reset.getElement().setAttribute("aria-label", Translations.translate(language, "time.reset"));
        reset.setTooltipText(Translations.translate(language, "time.reset.tooltip"));
        reset.addClickListener(event -> reset());

        speedSlider = new RangeSlider(0, SPEED_POSITIONS, speedPosition(speed));
        speedSlider.setId("time-speed");
        speedSlider.setAccessibleName(Translations.translate(language, "time.speed"));
        speedSlider.setWidth("140px");
        speedSlider.addValueChangeListener(event -> {
            if (event.getValue() != null && event.isFromClient()) {
                setSpeed(speedValue(event.getValue()));
                speedListener.accept(speed);
            }
        });
        NativeLabel speedLabel = new NativeLabel(Translations.translate(language, "time.speed"));
        speedLabel.setFor("time-speed");

        clockText.addClassName("tp-timebar-clock");
        clockText.getElement().setAttribute("aria-live", "off");
        speedText.addClassName("tp-timebar-speed");

        add(play, step, reset, speedLabel, speedSlider, speedText, clockText);
        showPlaying(false);
        showSpeed();
        refreshClock();
    }

    public boolean isPlaying() {
        return ticking != null;
    }

    /** Returns the model seconds that pass per real second. */
    public double speed() {
        return speed;
    }

    public void setSpeed(double speed) {
        this.speed = clamp(speed);
        speedSlider.setValue(speedPosition(this.speed));
        showSpeed();
    }

    /** Receives the speed the learner chose with the slider. */
    public void setSpeedListener(java.util.function.DoubleConsumer listener) {
        this.speedListener = listener;
    }

    public void togglePlay() {
        if (isPlaying()) {
            pause();
        } else {
            play();
        }
    }

    public void play() {
        if (isPlaying()) {
            return;
        }
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        ticking = TICKER.scheduleAtFixedRate(() -> ui.access(this::tick), TICK_MILLIS, TICK_MILLIS,
                TimeUnit.MILLISECONDS);
        showPlaying(true);
    }

    public void pause() {
        if (ticking != null) {
            ticking.cancel(false);
            ticking = null;
        }
        showPlaying(false);
    }

    /** Advances by two ticks' worth of model time at the current speed. */
    public void step() {
        pause();
        clock.advance(speed * 2 * TICK_MILLIS / 1000.0);
        refreshClock();
    }

    public void reset() {
        pause();
        clock.reset();
        refreshClock();
    }

    /** Updates the shown model time after the clock changed outside the bar. */
    public void refreshClock() {
        clockText.setText(Translations.translate(language, "time.clock", formatModelTime(clock.time())));
    }

    /**
     * Counts model time in {@code unit} (for example time constants) instead of seconds, for
     * models whose time has no physical unit.
     */
    public void useModelUnit(String unit) {
        this.modelUnit = unit;
        showSpeed();
        refreshClock();
    }

    private String formatModelTime(double time) {
        return modelUnit == null ? formatTime(time, language) : NumberFormats.format(time, modelUnit, language);
    }

    /** Formats model time in milliseconds below one second and in seconds above. */
    public static String formatTime(double seconds, Language language) {
        if (Math.abs(seconds) < 1) {
            return NumberFormats.format(seconds * 1000, "ms", language);
        }
        return NumberFormats.format(seconds, "s", language);
    }

    private void tick() {
        if (!isAttached()) {
            pause();
            return;
        }
        clock.advance(speed * TICK_MILLIS / 1000.0);
        refreshClock();
    }

    private void showPlaying(boolean playing) {
        play.setIcon(playing ? VaadinIcon.PAUSE.create() : VaadinIcon.PLAY.create());
        play.setText(Translations.translate(language, playing ? "time.pause" : "time.play"));
        play.getElement().setAttribute("aria-pressed", Boolean.toString(playing));
    }

    private void showSpeed() {
        String text = Translations.translate(language, "time.speed.value", formatModelTime(speed));
        speedText.setText(text);
        speedSlider.setValueText(text);
    }

    private static double clamp(double speed) {
        return Math.max(MIN_SPEED, Math.min(MAX_SPEED, speed));
    }

    static int speedPosition(double speed) {
        double fraction = Math.log(speed / MIN_SPEED) / Math.log(MAX_SPEED / MIN_SPEED);
        return (int) Math.round(fraction * SPEED_POSITIONS);
    }

    static double speedValue(int position) {
        double value = MIN_SPEED * Math.pow(MAX_SPEED / MIN_SPEED, (double) position / SPEED_POSITIONS);
        return new java.math.BigDecimal(value).round(new java.math.MathContext(2)).doubleValue();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        attachEvent.getUI().getPage().executeJs("""
                if (!window.tripartiteTimeKeys) {
                  window.tripartiteTimeKeys = true;
                  document.addEventListener('keydown', (event) => {
                    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
                    const target = event.composedPath()[0] || event.target;
                    const tag = target && target.tagName ? target.tagName.toLowerCase() : '';
                    const typing = tag === 'textarea' || target.isContentEditable
                      || (tag === 'input' && !['range', 'checkbox', 'radio', 'button'].includes(target.type));
                    if (typing) { return; }
                    const bar = document.querySelector('.tp-timebar');
                    if (!bar) { return; }
                    let action = null;
                    if (event.key === ' ' && !['button', 'vaadin-button', 'a'].includes(tag)
                        && !(target.closest && target.closest('vaadin-button'))) { action = 'play'; }
                    if (event.key === 'ArrowRight' && tag !== 'input') { action = 'step'; }
                    if (event.key === 'r' || event.key === 'R') { action = 'reset'; }
                    if (!action) { return; }
                    const button = bar.querySelector('[data-action="' + action + '"]');
                    if (button) { event.preventDefault(); button.click(); }
                  });
                }""");
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        pause();
        super.onDetach(detachEvent);
    }
}
