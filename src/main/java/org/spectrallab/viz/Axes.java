package org.spectrallab.viz;

/**
 * A two-dimensional plot frame: light grid lines at the major ticks, a frame, ticks,
 * tick labels (10^k on log axes) and axis labels, with margins sized to fit them.
 * Data coordinates map linearly (or logarithmically) onto the plot rectangle with y up,
 * unless the y axis is reversed.
 */
final class Axes {

    static final int FRAME_COLOR = 0xFF444444;
    static final int GRID_COLOR = 0xFFE8E8E8;
    private static final int TICK_LENGTH = 5;
    private static final int GAP = 4;
    private static final int X_TICKS = 7;
    private static final int Y_TICKS = 6;

    final Axis x;
    final Axis y;

    Axes(Axis x, Axis y) {
        this.x = x;
        this.y = y;
    }

    /** The plot rectangle inside {@code outer}, leaving room for ticks and labels. */
    Rect plotArea(Rect outer) {
        double left = widestYLabel() + TICK_LENGTH + GAP + 6
                + (y.label.isEmpty() ? 0 : TextStyle.LABEL.height() + GAP);
        double bottom = TextStyle.TICK.height() + TICK_LENGTH + GAP + 4
                + (x.label.isEmpty() ? 0 : TextStyle.LABEL.height() + GAP);
        double halfXLabel = TextStyle.TICK.width("0000") / 2.0;
        return outer.inset(left, TextStyle.TICK.height() / 2.0, halfXLabel, bottom);
    }

    double pixelX(double value, Rect plot) {
        return plot.x() + x.fraction(value) * plot.width();
    }

    double pixelY(double value, Rect plot) {
        return plot.bottom() - y.fraction(value) * plot.height();
    }

    /** Grid lines at the major ticks, behind the data. */
    void drawGrid(Scene scene, Rect plot) {
        for (Ticks.Tick tick : x.ticks(X_TICKS)) {
            if (tick.isMajor()) {
                double px = Math.floor(pixelX(tick.value(), plot));
                scene.fillRect(px, plot.y(), 1, plot.height(), GRID_COLOR);
            }
        }
        for (Ticks.Tick tick : y.ticks(Y_TICKS)) {
            if (tick.isMajor()) {
                double py = Math.floor(pixelY(tick.value(), plot));
                scene.fillRect(plot.x(), py, plot.width(), 1, GRID_COLOR);
            }
        }
    }

    /** The frame, ticks, tick labels and axis labels, over the data. */
    void drawFrame(Scene scene, Rect plot) {
        scene.strokeRect(plot, FRAME_COLOR);
        double labelTop = plot.bottom() + TICK_LENGTH + GAP;
        for (Ticks.Tick tick : x.ticks(X_TICKS)) {
            double px = Math.floor(pixelX(tick.value(), plot));
            int length = tick.isMajor() ? TICK_LENGTH : TICK_LENGTH / 2 + 1;
            scene.fillRect(px, plot.bottom(), 1, length, FRAME_COLOR);
            if (tick.isMajor()) {
                drawLabel(scene, tick, px, labelTop, 0.5, 0);
            }
        }
        double labelRight = plot.x() - TICK_LENGTH - GAP;
        for (Ticks.Tick tick : y.ticks(Y_TICKS)) {
            double py = Math.floor(pixelY(tick.value(), plot));
            int length = tick.isMajor() ? TICK_LENGTH : TICK_LENGTH / 2 + 1;
            scene.fillRect(plot.x() - length, py, length, 1, FRAME_COLOR);
            if (tick.isMajor()) {
                drawLabel(scene, tick, labelRight, py, 1, 0.5);
            }
        }
        drawAxisLabels(scene, plot, labelTop);
    }

    private void drawAxisLabels(Scene scene, Rect plot, double tickLabelTop) {
        if (!x.label.isEmpty()) {
            scene.text(x.label, plot.centerX(), tickLabelTop + TextStyle.TICK.height() + GAP,
                    TextStyle.LABEL, 0.5, 0);
        }
        if (!y.label.isEmpty()) {
            double right = plot.x() - TICK_LENGTH - GAP - widestYLabel() - GAP;
            scene.text(y.label, right, plot.centerY(), TextStyle.LABEL, TextStyle.TEXT_COLOR,
                    1, 0.5, true);
        }
    }

    private int widestYLabel() {
        int widest = 0;
        for (Ticks.Tick tick : y.ticks(Y_TICKS)) {
            if (tick.isMajor()) {
                widest = Math.max(widest, labelWidth(tick));
            }
        }
        return widest;
    }

    /** Width of a tick label, its exponent included. */
    static int labelWidth(Ticks.Tick tick) {
        int width = TextStyle.TICK.width(tick.label());
        return tick.exponent() == null ? width : width + TextStyle.EXPONENT.width(tick.exponent());
    }

    /**
     * A tick label whose box is anchored at (x, y) by (alignX, alignY) as in
     * {@link Scene#text}; an exponent is set raised after the base.
     */
    static void drawLabel(Scene scene, Ticks.Tick tick, double x, double y, double alignX,
            double alignY) {
        int width = labelWidth(tick);
        double left = x - alignX * width;
        double top = y - alignY * TextStyle.TICK.height();
        Rect base = scene.text(tick.label(), left, top, TextStyle.TICK, 0, 0);
        if (tick.exponent() != null) {
            scene.text(tick.exponent(), base.right(), top - TextStyle.EXPONENT.height() * 0.3,
                    TextStyle.EXPONENT, 0, 0);
        }
    }
}
