package org.tripartite.ui.controls;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;

/**
 * The browser's native {@code <input type="range">}: keyboard accessible (arrows, Page Up/Down,
 * Home, End) and announced by screen readers. Its value is the integer slider position; callers
 * map positions to parameter values (linear or logarithmic). The value reaches the server when
 * the learner releases the slider ("change" event), so a drag does not start one run per pixel.
 */
@Tag("input")
public class RangeSlider extends AbstractSinglePropertyField<RangeSlider, Integer>
        implements Focusable<RangeSlider>, HasSize {

    public RangeSlider(int min, int max, int value) {
        super("value", min, String.class, Integer::parseInt, String::valueOf);
        getElement().setAttribute("type", "range");
        getElement().setAttribute("min", String.valueOf(min));
        getElement().setAttribute("max", String.valueOf(max));
        getElement().setAttribute("step", "1");
        setSynchronizedEvent("change");
        setValue(value);
        // The field leaves a value equal to its default out of the DOM; the browser would then
        // put the thumb in the middle, so the position is always written.
        getElement().setProperty("value", String.valueOf(value));
    }

    /** Sets the text a screen reader announces for the current position, such as "1 000 neurons". */
    public void setValueText(String text) {
        getElement().setAttribute("aria-valuetext", text);
    }

    public void setAccessibleName(String name) {
        getElement().setAttribute("aria-label", name);
    }
}
