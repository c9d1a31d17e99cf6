package org.tripartite.ui.figure;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeLabel;
import java.util.function.IntConsumer;
import org.tripartite.i18n.Language;
import org.tripartite.i18n.Translations;
import org.tripartite.ui.controls.RangeSlider;
import org.tripartite.ui.controls.TimeControlBar;

/**
 * Plays back a recording: a {@link TimeControlBar} moves a playhead through the recorded frames
 * in model time, and a slider over the frames lets the learner scrub back and forth while paused.
 * The player tells its listener which frame to draw.
 */
public final class FramePlayer extends Div implements TimeControlBar.Clock {

    private final TimeControlBar timeBar;
    private final RangeSlider scrubber = new RangeSlider(0, 1, 0);
    private final IntConsumer frameListener;
    private final Language language;
    /** Frame times in seconds of model time, increasing. */
    private double[] frameTimes = {0};
    private double playhead;
    private int frame;

    FramePlayer(double speed, Language language, String scrubLabelKey, IntConsumer frameListener) {
        this.frameListener = frameListener;
        this.language = language;
        addClassName("tp-frame-player");
        timeBar = new TimeControlBar(this, speed, language);
        scrubber.setId("frame-scrubber");
        scrubber.setWidthFull();
        scrubber.setAccessibleName(Translations.translate(language, scrubLabelKey));
        scrubber.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                timeBar.pause();
                showFrame(event.getValue());
            }
        });
        NativeLabel label = new NativeLabel(Translations.translate(language, scrubLabelKey));
        label.setFor("frame-scrubber");
        Div scrub = new Div(label, scrubber);
        scrub.addClassName("tp-parameter");
        add(timeBar, scrub);
    }

    /** Loads a new recording and shows its frame {@code start}. */
    void load(double[] frameTimesS, int start) {
        timeBar.pause();
        frameTimes = frameTimesS.clone();
        scrubber.getElement().setAttribute("max", String.valueOf(frameTimes.length - 1));
        showFrame(start);
    }

    public TimeControlBar timeBar() {
        return timeBar;
    }

    public RangeSlider scrubber() {
        return scrubber;
    }

    public int frame() {
        return frame;
    }

    public int frameCount() {
        return frameTimes.length;
    }

    /** Shows frame {@code index} (clamped to the recording) and moves the playhead there. */
    public void showFrame(int index) {
        frame = Math.max(0, Math.min(frameTimes.length - 1, index));
        playhead = frameTimes[frame];
        scrubber.setValue(frame);
        scrubber.setValueText(TimeControlBar.formatTime(playhead - frameTimes[0], language));
        frameListener.accept(frame);
        timeBar.refreshClock();
    }

    @Override
    public void advance(double seconds) {
        if (frame >= frameTimes.length - 1) {
            timeBar.pause();
            return;
        }
        playhead += seconds;
        int next = frame;
        while (next < frameTimes.length - 1 && frameTimes[next + 1] <= playhead + 1e-12) {
            next++;
        }
        double kept = playhead;
        if (next != frame) {
            showFrame(next);
        }
        playhead = Math.min(kept, frameTimes[frameTimes.length - 1]);
        if (frame >= frameTimes.length - 1) {
            timeBar.pause();
        }
    }

    @Override
    public void reset() {
        showFrame(0);
    }

    @Override
    public double time() {
        return playhead - frameTimes[0];
    }

    void stop() {
        timeBar.pause();
    }
}
