package org.spectrallab.viz;

import java.io.Serializable;
import java.util.List;

/**
 * A live parameter as the window shows it: a slider beside the panels that depend on it.
 * Moving it reports the new value to the listener given to
 * {@link FigureWindow#onSliderMoved}; the lab's live pipelines then recompute.
 *
 * @param name the parameter's name, e.g. "k"
 * @param min the smallest value the slider reaches
 * @param max the largest value
 * @param value the current value
 * @param whole whether the values are whole numbers
 * @param logarithmic whether the slider moves in equal ratios rather than equal steps
 *     (e.g. a bandwidth from 1 to 1000); needs min &gt; 0
 * @param panels the window panels that recompute when it moves
 */
public record Slider(String name, double min, double max, double value, boolean whole,
        boolean logarithmic, List<String> panels) implements Serializable {

    /** Positions of a slider that is not a whole-number one (or has too many of them). */
    static final int POSITIONS = 1000;

    /** Checks the range and copies the panel list. */
    public Slider {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a slider needs a parameter name, e.g. \"k\".");
        }
        if (!(min < max) || !Double.isFinite(min) || !Double.isFinite(max)) {
            throw new IllegalArgumentException("slider " + name + " has range [" + min + ", "
                    + max + "]: it needs finite min < max.");
        }
        if (logarithmic && !(min > 0)) {
            throw new IllegalArgumentException("slider " + name + " is logarithmic but starts "
                    + "at " + min + ": a logarithmic slider needs min > 0.");
        }
        panels = panels == null ? List.of() : List.copyOf(panels);
    }

    /** Whether the slider has one position per whole number (a small linear range). */
    boolean onePositionPerValue() {
        return whole && !logarithmic && max - min <= POSITIONS;
    }

    /** Number of the slider's last position (its first is 0). */
    int lastPosition() {
        return onePositionPerValue() ? (int) Math.round(max - min) : POSITIONS;
    }

    /** The slider position showing {@code v}. */
    int position(double v) {
        double clamped = Math.max(min, Math.min(max, v));
        double fraction = logarithmic ? Math.log(clamped / min) / Math.log(max / min)
                : (clamped - min) / (max - min);
        return (int) Math.round(fraction * lastPosition());
    }

    /** The value at slider position {@code p}, rounded for whole-number sliders. */
    double valueAt(int p) {
        double fraction = p / (double) lastPosition();
        double v = logarithmic ? min * Math.pow(max / min, fraction) : min + fraction * (max - min);
        v = Math.max(min, Math.min(max, v));
        return whole ? Math.round(v) : v;
    }
}
