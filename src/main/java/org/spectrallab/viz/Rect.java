package org.spectrallab.viz;

/**
 * An axis-aligned rectangle in figure pixels: origin at the top-left corner, y downwards.
 *
 * @param x left edge
 * @param y top edge
 * @param width width, at least 0
 * @param height height, at least 0
 */
record Rect(double x, double y, double width, double height) {

    double right() {
        return x + width;
    }

    double bottom() {
        return y + height;
    }

    double centerX() {
        return x + width / 2;
    }

    double centerY() {
        return y + height / 2;
    }

    /** This rectangle shrunk by the given margins, never below zero size. */
    Rect inset(double left, double top, double right, double bottom) {
        return new Rect(x + left, y + top, Math.max(0, width - left - right),
                Math.max(0, height - top - bottom));
    }

    /** The part below the first {@code amount} pixels. */
    Rect belowTop(double amount) {
        return inset(0, amount, 0, 0);
    }
}
