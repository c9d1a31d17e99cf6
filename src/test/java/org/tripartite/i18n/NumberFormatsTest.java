package org.tripartite.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumberFormatsTest {

    @Test
    void threeSignificantDigitsInEnglish() {
        assertEquals("0.142", NumberFormats.format(0.14159, Language.EN));
        assertEquals("3.14", NumberFormats.format(Math.PI, Language.EN));
        assertEquals("12,300", NumberFormats.format(12345.6, Language.EN));
        assertEquals("50", NumberFormats.format(50, Language.EN));
    }

    @Test
    void decimalCommaAndNarrowSpaceInFrench() {
        assertEquals("0,142", NumberFormats.format(0.14159, Language.FR));
        assertEquals("12\u202f300", NumberFormats.format(12345.6, Language.FR));
        assertEquals("−2,5", NumberFormats.format(-2.5, Language.FR));
    }

    @Test
    void unitFollowsNoBreakSpace() {
        assertEquals("50\u00a0ms", NumberFormats.format(50, "ms", Language.FR));
    }

    @Test
    void extremeMagnitudesUsePowersOfTen() {
        assertEquals("1\u00a0×\u00a010⁶", NumberFormats.format(1e6, Language.EN));
        assertEquals("4,5\u00a0×\u00a010⁻⁴", NumberFormats.format(4.5e-4, Language.FR));
        assertEquals("1\u00a0×\u00a010⁻³", NumberFormats.format(0.0009996, Language.EN));
    }

    @Test
    void specialValues() {
        assertEquals("0", NumberFormats.format(0, Language.EN));
        assertEquals("∞", NumberFormats.format(Double.POSITIVE_INFINITY, Language.EN));
        assertEquals("–", NumberFormats.format(Double.NaN, Language.EN));
    }
}
