package org.spectrallab.viz;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tick positions and labels for an axis.
 *
 * <p>Linear axes get "nice" steps of 1, 2 or 5 times a power of ten, chosen so that about
 * {@code target} ticks fall in the range (P. Heckbert, "Nice numbers for graph labels",
 * Graphics Gems, 1990). Logarithmic axes get a labelled tick at every power of ten, 10^k,
 * with unlabelled minor ticks at 2..9 x 10^k; when the range holds fewer than two powers
 * of ten, they fall back to the linear rule.
 */
final class Ticks {

    /**
     * One tick. A label with an exponent reads as {@code label}^{@code exponent} (10^k);
     * minor ticks have no label.
     */
    record Tick(double value, String label, String exponent) {

        boolean isMajor() {
            return label != null;
        }
    }

    /** More decades than this and the minor 2..9 ticks are left out. */
    private static final int MAX_DECADES_WITH_MINOR = 6;

    /** At most this many labelled powers of ten; beyond, every second (third, ...) one. */
    private static final int MAX_DECADE_LABELS = 8;

    private Ticks() {
    }

    /** Ticks of a linear axis over [min, max], about {@code target} of them. */
    static List<Tick> linear(double min, double max, int target) {
        double step = niceStep((max - min) / Math.max(1, target));
        List<Tick> ticks = new ArrayList<>();
        long first = (long) Math.ceil(min / step - 1e-9);
        long last = (long) Math.floor(max / step + 1e-9);
        for (long k = first; k <= last; k++) {
            double value = k * step;
            ticks.add(new Tick(value, format(value, step, Math.max(Math.abs(min),
                    Math.abs(max))), null));
        }
        return ticks;
    }

    /** Ticks of a base-10 logarithmic axis over [min, max], both positive. */
    static List<Tick> log(double min, double max) {
        int lowest = (int) Math.ceil(Math.log10(min) - 1e-9);
        int highest = (int) Math.floor(Math.log10(max) + 1e-9);
        if (highest - lowest < 1) {
            return linear(min, max, 4);
        }
        int every = (int) Math.ceil((highest - lowest + 1) / (double) MAX_DECADE_LABELS);
        boolean minor = highest - lowest <= MAX_DECADES_WITH_MINOR;
        List<Tick> ticks = new ArrayList<>();
        for (int k = lowest - 1; k <= highest; k++) {
            double decade = Math.pow(10, k);
            if (k >= lowest && Math.floorMod(k - lowest, every) == 0) {
                ticks.add(new Tick(decade, "10", withMinusSign(Integer.toString(k))));
            }
            for (int m = 2; minor && m <= 9; m++) {
                double value = m * decade;
                if (value >= min && value <= max) {
                    ticks.add(new Tick(value, null, null));
                }
            }
        }
        return ticks;
    }

    /** The step among 1, 2, 5 x 10^k closest above {@code rough}. */
    static double niceStep(double rough) {
        if (!(rough > 0) || !Double.isFinite(rough)) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / magnitude;
        double nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10;
        return nice * magnitude;
    }

    /**
     * A tick label with as many decimals as the step needs; scientific notation when the
     * values are very large or the step very small.
     */
    static String format(double value, double step, double largest) {
        double rounded = Math.abs(value) < step * 1e-6 ? 0 : value;
        return withMinusSign(plainOrScientific(rounded, step, largest));
    }

    /** Typographic minus (U+2212) instead of a hyphen, as in printed figures. */
    static String withMinusSign(String number) {
        return number.replace('-', '\u2212');
    }

    private static String plainOrScientific(double value, double step, double largest) {
        if (largest >= 1e5 || step < 1e-3) {
            if (value == 0) {
                return "0";
            }
            int digits = Math.max(0, (int) (Math.floor(Math.log10(largest) + 1e-9)
                    - Math.floor(Math.log10(step) + 1e-9)));
            return String.format(Locale.ROOT, "%." + Math.min(digits, 6) + "e", value)
                    .replace("e+0", "e").replace("e-0", "e-").replace("e+", "e");
        }
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
