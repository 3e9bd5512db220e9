package org.spectrallab.viz;

/**
 * A vertical colour bar beside a plot: the colour map from its minimum (bottom) to its
 * maximum (top), with value ticks and a label.
 */
final class ColorBar {

    private static final int MARGIN = 16;
    private static final int BAR_WIDTH = 16;
    private static final int TICK_LENGTH = 4;
    private static final int GAP = 4;
    private static final int STEPS = 256;
    private static final int TICKS = 6;

    private final Colormap map;
    private final double min;
    private final double max;
    private final String label;

    ColorBar(Colormap map, double min, double max, String label) {
        this.map = map;
        this.min = min;
        this.max = max == min ? min + 1 : max;
        this.label = label == null ? "" : label;
    }

    /** Width to reserve beside the plot. */
    int width() {
        int widest = 0;
        for (Ticks.Tick tick : Ticks.linear(min, max, TICKS)) {
            widest = Math.max(widest, TextStyle.TICK.width(tick.label()));
        }
        return MARGIN + BAR_WIDTH + TICK_LENGTH + GAP + widest
                + (label.isEmpty() ? 0 : GAP * 2 + TextStyle.LABEL.height()) + GAP;
    }

    /** Draws the bar from {@code top} down to {@code bottom}, starting at {@code left}. */
    void draw(Scene scene, double left, double top, double bottom) {
        Rect bar = new Rect(left + MARGIN, top, BAR_WIDTH, bottom - top);
        scene.image(gradient(), bar);
        scene.strokeRect(bar, Axes.FRAME_COLOR);
        int widest = 0;
        for (Ticks.Tick tick : Ticks.linear(min, max, TICKS)) {
            double y = Math.floor(bar.bottom() - (tick.value() - min) / (max - min) * bar.height());
            scene.fillRect(bar.right(), y, TICK_LENGTH, 1, Axes.FRAME_COLOR);
            Rect box = scene.text(tick.label(), bar.right() + TICK_LENGTH + GAP, y,
                    TextStyle.TICK, 0, 0.5);
            widest = Math.max(widest, (int) box.width());
        }
        if (!label.isEmpty()) {
            scene.text(label, bar.right() + TICK_LENGTH + GAP + widest + GAP * 2, bar.centerY(),
                    TextStyle.LABEL, TextStyle.TEXT_COLOR, 0, 0.5, true);
        }
    }

    /** One column of {@link #STEPS} colours, the maximum at the top. */
    private Scene.Raster gradient() {
        int[] argb = new int[STEPS];
        for (int i = 0; i < STEPS; i++) {
            argb[i] = map.color(1 - i / (STEPS - 1.0));
        }
        return new Scene.Raster(1, STEPS, argb);
    }
}
