package org.tripartite.ui.controls;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import org.tripartite.engine.param.InvalidParameterException;
import org.tripartite.engine.param.ParameterSpec;
import org.tripartite.engine.param.ParameterType;
import org.tripartite.i18n.Language;
import org.tripartite.i18n.NumberFormats;
import org.tripartite.i18n.Translations;

/**
 * One parameter as a control: its label, the value with its unit, and bounds taken from the
 * engine's parameter spec. Numbers use a slider (logarithmic when the range spans two decades or
 * more), text a text field, booleans a switch and choices radio buttons. The control reports a
 * new typed value through its listener; values out of the spec's bounds cannot be entered.
 */
public class ParameterControl extends Div {

    /** Slider positions for continuous and logarithmic scales. */
    static final int POSITIONS = 1000;

    private final ParameterSpec spec;
    private final Language language;
    private final Consumer<Object> listener;
    private final Span valueText = new Span();
    private final Span message = new Span();
    private Component input;
    private SliderScale scale;
    private boolean updating;

    public ParameterControl(ParameterSpec spec, Object value, Language language, Consumer<Object> listener) {
        this.spec = spec;
        this.language = language;
        this.listener = listener;
        addClassName("tp-parameter");
        getElement().setAttribute("data-parameter", spec.name());

        String inputId = "param-" + spec.name();
        Div row = new Div();
        row.addClassName("tp-parameter-row");
        input = createInput(value);
        input.setId(inputId);
        row.add(input);
        // Vaadin fields carry their own label; only the native slider needs a separate one.
        if (input instanceof RangeSlider) {
            NativeLabel label = new NativeLabel(label(spec.name(), language));
            label.setFor(inputId);
            add(label);
        }
        if (scale != null) {
            valueText.addClassName("tp-parameter-value");
            valueText.getElement().setAttribute("aria-hidden", "true");
            row.add(valueText);
        }
        message.addClassName("tp-parameter-bounds");
        add(row, message);
        setValue(value);
    }

    public ParameterSpec spec() {
        return spec;
    }

    /** Shows {@code value} without reporting it as a change. */
    public void setValue(Object value) {
        updating = true;
        try {
            if (input instanceof RangeSlider slider) {
                slider.setValue(scale.position(((Number) value).doubleValue()));
                String text = formatValue(value);
                valueText.setText(text);
                slider.setValueText(text);
            } else if (input instanceof Checkbox checkbox) {
                checkbox.setValue((Boolean) value);
            } else if (input instanceof TextField field) {
                field.setValue(String.valueOf(value));
            } else if (input instanceof RadioButtonGroup<?> group) {
                @SuppressWarnings("unchecked")
                RadioButtonGroup<String> choices = (RadioButtonGroup<String>) group;
                choices.setValue(String.valueOf(value));
            }
        } finally {
            updating = false;
        }
    }

    /** Returns the label of a parameter in {@code language}, falling back to its name. */
    public static String label(String name, Language language) {
        String key = "param." + name;
        return Translations.has(language, key) ? Translations.translate(language, key) : name;
    }

    /** Returns a unit as learners read it ("a.u." becomes "u.a." in French). */
    public static String unit(String unit, Language language) {
        if (unit == null || unit.isEmpty()) {
            return "";
        }
        String key = "unit." + unit;
        return Translations.has(language, key) ? Translations.translate(language, key) : unit;
    }

    /** Formats a value of this spec with its unit, in the learner's language. */
    public String formatValue(Object value) {
        if (value instanceof Double d && Double.isInfinite(d)) {
            return Translations.translate(language, "param.none");
        }
        if (value instanceof Number number) {
            return NumberFormats.format(number.doubleValue(), unit(spec.unit(), language), language);
        }
        return String.valueOf(value);
    }

    private Component createInput(Object value) {
        ParameterType type = spec.type();
        return switch (type) {
            case BOOLEAN -> {
                Checkbox checkbox = new Checkbox(label(spec.name(), language));
                checkbox.addValueChangeListener(event -> emit(event.getValue()));
                yield checkbox;
            }
            case TEXT -> {
                TextField field = new TextField(label(spec.name(), language));
                field.setWidthFull();
                field.setMaxLength(spec.max().intValue());
                field.setClearButtonVisible(true);
                field.setHelperText(Translations.translate(language, "param.text.help", spec.max().intValue()));
                field.addValueChangeListener(event -> {
                    if (event.isFromClient()) {
                        emitParsed(event.getValue());
                    }
                });
                yield field;
            }
            case CHOICE -> {
                RadioButtonGroup<String> group = new RadioButtonGroup<>(label(spec.name(), language));
                group.setItems(spec.choices());
                group.setItemLabelGenerator(choice -> choiceLabel(choice));
                group.addValueChangeListener(event -> {
                    if (event.isFromClient()) {
                        emit(event.getValue());
                    }
                });
                yield group;
            }
            case LONG, INT_LIST -> {
                TextField field = new TextField(label(spec.name(), language));
                field.setWidth("12em");
                field.setHelperText(Translations.translate(language, "param.range",
                        NumberFormats.format(spec.min(), language), NumberFormats.format(spec.max(), language)));
                field.addValueChangeListener(event -> {
                    if (event.isFromClient()) {
                        emitParsed(event.getValue());
                    }
                });
                yield field;
            }
            case INTEGER, DOUBLE -> {
                scale = SliderScale.of(spec);
                RangeSlider slider = new RangeSlider(0, scale.maxPosition(), scale.position(((Number) value).doubleValue()));
                slider.setAccessibleName(label(spec.name(), language));
                slider.addValueChangeListener(event -> {
                    if (event.isFromClient() && event.getValue() != null) {
                        Object typed = scale.value(event.getValue(), type);
                        String text = formatValue(typed);
                        valueText.setText(text);
                        slider.setValueText(text);
                        emit(typed);
                    }
                });
                message.setText(rangeText(scale, type));
                yield slider;
            }
        };
    }

    /**
     * Describes the slider's range. Counted units (neurons, pairs …) are left out, because the
     * label names them and "1 neurons" would be wrong; an infinite top reads "no limit".
     */
    private String rangeText(SliderScale scale, ParameterType type) {
        String from = bound(scale.value(0, type));
        Object top = scale.value(scale.maxPosition(), type);
        if (top instanceof Double d && d.isInfinite()) {
            return Translations.translate(language, "param.range.unlimited", from);
        }
        return Translations.translate(language, "param.range", from, bound(top));
    }

    private String bound(Object value) {
        if (COUNTED_UNITS.contains(spec.unit())) {
            return NumberFormats.format(((Number) value).doubleValue(), language);
        }
        return formatValue(value);
    }

    /** Units that count things; a number in a range hint is shown without them. */
    private static final java.util.Set<String> COUNTED_UNITS =
            java.util.Set.of("neurons", "features", "pairs", "patterns", "tokens", "steps", "frames", "images");

    private String choiceLabel(String choice) {
        String key = "param." + spec.name() + "." + choice;
        return Translations.has(language, key) ? Translations.translate(language, key) : choice;
    }

    private void emitParsed(String raw) {
        try {
            Object typed = spec.parse(raw);
            message.setText("");
            message.removeClassName("tp-invalid");
            emit(typed);
        } catch (InvalidParameterException e) {
            message.setText(ParameterMessages.describe(e, language));
            message.addClassName("tp-invalid");
        }
    }

    private void emit(Object value) {
        if (!updating) {
            listener.accept(value);
        }
    }

    /** Maps slider positions to values: integers one to one, otherwise linear or logarithmic. */
    record SliderScale(double min, double max, boolean logarithmic, boolean infiniteTop, int maxPosition) {

        static SliderScale of(ParameterSpec spec) {
            double min = spec.min();
            boolean infiniteTop = Double.isInfinite(spec.max());
            double max = infiniteTop ? Math.max(min * 1000, 1000) : spec.max();
            boolean logarithmic = min > 0 && max / min >= 100;
            int positions = POSITIONS;
            if (spec.type() == ParameterType.INTEGER && !logarithmic && max - min <= POSITIONS) {
                positions = (int) (max - min);
            }
            return new SliderScale(min, max, logarithmic, infiniteTop, positions + (infiniteTop ? 1 : 0));
        }

        private int finitePositions() {
            return infiniteTop ? maxPosition - 1 : maxPosition;
        }

        int position(double value) {
            if (Double.isInfinite(value)) {
                return maxPosition;
            }
            double clamped = Math.min(max, Math.max(min, value));
            double fraction = logarithmic
                    ? Math.log(clamped / min) / Math.log(max / min)
                    : (clamped - min) / (max - min);
            return (int) Math.round(fraction * finitePositions());
        }

        Object value(int position, ParameterType type) {
            if (infiniteTop && position >= maxPosition) {
                return Double.POSITIVE_INFINITY;
            }
            double fraction = (double) Math.min(position, finitePositions()) / finitePositions();
            double value = logarithmic ? min * Math.pow(max / min, fraction) : min + fraction * (max - min);
            if (type == ParameterType.INTEGER) {
                return (int) Math.round(value);
            }
            return roundSignificant(value);
        }

        private static double roundSignificant(double value) {
            return new java.math.BigDecimal(value).round(new java.math.MathContext(3)).doubleValue();
        }
    }

    List<Component> inputs() {
        return List.of(input);
    }
}
