package org.spectrallab.viz;

import java.util.List;

/**
 * One axis of a plot: the range of data it shows, linear or base-10 logarithmic, optionally
 * reversed (increasing downwards, as matrix rows do), and its label.
 */
final class Axis {

    /** Fraction of the data range added on each side so that no point sits on the frame. */
    static final double PADDING = 0.04;

    final double min;
    final double max;
    final boolean log;
    final boolean reversed;
    final String label;
    /** Ticks to use instead of the computed ones, or null. */
    private final List<Ticks.Tick> fixedTicks;

    private Axis(double min, double max, boolean log, boolean reversed, String label,
            List<Ticks.Tick> fixedTicks) {
        this.min = min;
        this.max = max;
        this.log = log;
        this.reversed = reversed;
        this.label = label == null ? "" : label;
        this.fixedTicks = fixedTicks;
    }

    /**
     * An axis covering every finite value of the arrays with {@link #PADDING} each side
     * (in log10 space for a log axis, where values must be positive; callers check that).
     */
    static Axis fitting(List<double[]> data, boolean log, String label) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (double[] values : data) {
            for (double v : values) {
                double t = log ? Math.log10(v) : v;
                if (Double.isFinite(t)) {
                    low = Math.min(low, t);
                    high = Math.max(high, t);
                }
            }
        }
        if (low > high) {
            low = 0;
            high = 1;
        }
        double pad = high > low ? (high - low) * PADDING : Math.max(Math.abs(low) * 0.1, 0.5);
        low -= pad;
        high += pad;
        return log
                ? new Axis(Math.pow(10, low), Math.pow(10, high), true, false, label, null)
                : new Axis(low, high, false, false, label, null);
    }

    /** A linear axis over exactly [min, max]. */
    static Axis exact(double min, double max, boolean reversed, String label,
            List<Ticks.Tick> fixedTicks) {
        return new Axis(min, max, false, reversed, label, fixedTicks);
    }

    /** Where {@code value} lies along the axis: 0 at its start, 1 at its end. */
    double fraction(double value) {
        double f = log
                ? (Math.log10(value) - Math.log10(min)) / (Math.log10(max) - Math.log10(min))
                : (value - min) / (max - min);
        return reversed ? 1 - f : f;
    }

    List<Ticks.Tick> ticks(int target) {
        if (fixedTicks != null) {
            return fixedTicks;
        }
        return log ? Ticks.log(min, max) : Ticks.linear(min, max, target);
    }
}
