package org.spectrallab;

import java.util.Locale;

/**
 * A number as a person writes it in a sentence: four significant digits, trailing zeros
 * dropped, scientific notation only where {@code %g} would use it: 0.02, 100, 0.002,
 * 1.5e-07. ({@code %g} alone prints 0.0200000 and 100.000.)
 */
public final class ShortNumber {

    private ShortNumber() {
    }

    /** {@code value} with four significant digits and no trailing zeros. */
    public static String of(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        String text = String.format(Locale.ROOT, "%.4g", value);
        int exponent = text.indexOf('e');
        String mantissa = exponent < 0 ? text : text.substring(0, exponent);
        String power = exponent < 0 ? "" : text.substring(exponent);
        if (mantissa.contains(".")) {
            mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return mantissa + power;
    }
}
