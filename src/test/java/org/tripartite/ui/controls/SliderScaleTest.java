package org.tripartite.ui.controls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tripartite.engine.param.ParameterSpec;
import org.tripartite.engine.param.ParameterType;

class SliderScaleTest {

    @Test
    void hiddenNeuronsUseLogarithmicScale() {
        ParameterControl.SliderScale scale = ParameterControl.SliderScale.of(
                ParameterSpec.integer("m", 256, 1, 100_000, ""));

        assertTrue(scale.logarithmic());
        assertEquals(1, scale.value(0, ParameterType.INTEGER));
        assertEquals(100_000, scale.value(scale.maxPosition(), ParameterType.INTEGER));
        // Halfway along a log scale from 1 to 10^5 lies about 316.
        assertEquals(316, scale.value(scale.maxPosition() / 2, ParameterType.INTEGER));
        assertEquals(scale.maxPosition() / 2, scale.position(316));
    }

    @Test
    void smallIntegerRangeMapsOneToOne() {
        ParameterControl.SliderScale scale = ParameterControl.SliderScale.of(
                ParameterSpec.integer("repeats", 5, 1, 20, ""));

        assertEquals(19, scale.maxPosition());
        assertEquals(7, scale.value(6, ParameterType.INTEGER));
        assertEquals(6, scale.position(7));
    }

    @Test
    void infiniteMaximumIsTheLastPosition() {
        ParameterControl.SliderScale scale = ParameterControl.SliderScale.of(
                ParameterSpec.real("tauProcessS", 10.0, 0.1, Double.POSITIVE_INFINITY, "s"));

        assertEquals(Double.POSITIVE_INFINITY, scale.value(scale.maxPosition(), ParameterType.DOUBLE));
        assertEquals(scale.maxPosition(), scale.position(Double.POSITIVE_INFINITY));
        double beforeLast = (Double) scale.value(scale.maxPosition() - 1, ParameterType.DOUBLE);
        assertEquals(1000.0, beforeLast, 1e-9);
    }

    @Test
    void doublesRoundToThreeSignificantDigits() {
        ParameterControl.SliderScale scale = ParameterControl.SliderScale.of(
                ParameterSpec.real("qkNorm2", 4.0, 0.01, 25.0, ""));

        double value = (Double) scale.value(scale.position(4.0), ParameterType.DOUBLE);
        assertEquals(4.0, value, 0.05);
        assertEquals(value, Double.parseDouble(String.format(java.util.Locale.ROOT, "%.3g", value)), 0);
    }
}
