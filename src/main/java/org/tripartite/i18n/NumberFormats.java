package org.tripartite.i18n;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.NumberFormat;

/**
 * Numbers as learners see them: three significant digits, in the conventions of the interface
 * language (French: decimal comma and a narrow no-break space between thousands).
 */
public final class NumberFormats {

    private static final int SIGNIFICANT_DIGITS = 3;

    private NumberFormats() {
    }

    /** Formats with three significant digits; very large or small magnitudes use powers of ten. */
    public static String format(double value, Language language) {
        if (Double.isNaN(value)) {
            return "–";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "−∞";
        }
        if (value == 0) {
            return "0";
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 1e6 || magnitude < 1e-3) {
            return scientific(value, language);
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(SIGNIFICANT_DIGITS));
        NumberFormat format = NumberFormat.getNumberInstance(language.locale());
        format.setMaximumFractionDigits(Math.max(0, rounded.scale()));
        format.setMinimumFractionDigits(0);
        return withTypographicSigns(format.format(rounded), language);
    }

    /** Formats a number with a unit, separated by a no-break space ("50 ms"). */
    public static String format(double value, String unit, Language language) {
        String number = format(value, language);
        return unit == null || unit.isEmpty() ? number : number + "\u00a0" + unit;
    }

    private static String scientific(double value, Language language) {
        int exponent = (int) Math.floor(Math.log10(Math.abs(value)));
        double mantissa = value / Math.pow(10, exponent);
        if (Math.abs(mantissa) >= 9.995) {
            mantissa /= 10;
            exponent += 1;
        }
        String mantissaText = format(mantissa, language);
        return mantissaText + "\u00a0×\u00a010" + superscript(exponent);
    }

    private static String superscript(int exponent) {
        String digits = Integer.toString(exponent);
        StringBuilder builder = new StringBuilder();
        for (char c : digits.toCharArray()) {
            builder.append(switch (c) {
                case '-' -> '⁻';
                case '0' -> '⁰';
                case '1' -> '¹';
                case '2' -> '²';
                case '3' -> '³';
                case '4' -> '⁴';
                case '5' -> '⁵';
                case '6' -> '⁶';
                case '7' -> '⁷';
                case '8' -> '⁸';
                default -> '⁹';
            });
        }
        return builder.toString();
    }

    private static String withTypographicSigns(String text, Language language) {
        String result = text.replace('-', '−');
        if (language == Language.FR) {
            // French groups thousands with a narrow no-break space, whatever the JDK's locale data.
            result = result.replace('\u00a0', '\u202f').replace(' ', '\u202f');
        }
        return result;
    }
}
