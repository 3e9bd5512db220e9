package org.spectrallab.viz;

import java.util.List;

/**
 * Validation at the door of the figure API: each failure is an IllegalArgumentException
 * that names the value, the rule it broke and what to do.
 */
final class Check {

    private Check() {
    }

    /** A copy of {@code values}, which must be non-null, non-empty and all finite. */
    static double[] finiteData(String name, double[] values) {
        if (values == null) {
            throw new IllegalArgumentException(name + " is null: pass an array of numbers.");
        }
        if (values.length == 0) {
            throw new IllegalArgumentException(name + " is empty: a figure needs at least one "
                    + "value; check the data you selected.");
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] is " + values[i]
                        + ": figures need finite numbers; drop that point or replace the value "
                        + "(NaN often comes from 0/0, e.g. normalising a zero vector).");
            }
        }
        return values.clone();
    }

    static void sameLength(String name, int length, String otherName, int otherLength) {
        if (length != otherLength) {
            throw new IllegalArgumentException(name + " has " + length + " values but "
                    + otherName + " has " + otherLength + ": give one value per point.");
        }
    }

    static <T> List<T> nonEmptyList(String name, List<T> list) {
        if (list == null || list.isEmpty()) {
            throw new IllegalArgumentException(name + " is " + (list == null ? "null" : "empty")
                    + ": pass at least one element.");
        }
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null) {
                throw new IllegalArgumentException(name + ".get(" + i + ") is null: "
                        + "remove it or pass a real element.");
            }
        }
        return List.copyOf(list);
    }

    static void positive(String name, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " is " + value
                    + ": it must be a positive number.");
        }
    }

    /** Size of a rendered figure: 1 to {@code max} pixels each way. */
    static void imageSize(int width, int height, int max) {
        if (width <= 0 || height <= 0 || width > max || height > max) {
            throw new IllegalArgumentException("a figure of " + width + " x " + height
                    + " pixels cannot be drawn: width and height must be 1 to " + max
                    + " pixels (900 x 700 is a good size for one panel).");
        }
    }

    /** For a log axis: every value must be positive. */
    static void positiveForLog(String name, double[] values, String axis) {
        for (int i = 0; i < values.length; i++) {
            if (!(values[i] > 0)) {
                throw new IllegalArgumentException(name + "[" + i + "] is " + values[i]
                        + ", which a logarithmic " + axis + " axis cannot show: drop values <= 0 "
                        + "or use a linear axis.");
            }
        }
    }

    static String text(String value) {
        return value == null ? "" : value;
    }
}
