package org.spectrallab.viz;

import java.util.ArrayList;
import java.util.List;

/** A column of swatches with names, drawn to the right of a plot. */
final class Legend {

    /** How an entry's swatch looks. */
    enum Swatch { POINT, LINE, LINE_WITH_POINT, DASHED }

    record Entry(String label, int color, Swatch swatch) {
    }

    private static final int SWATCH_WIDTH = 22;
    private static final int GAP = 6;
    private static final int MARGIN = 14;

    private final List<Entry> entries = new ArrayList<>();

    void add(String label, int color, Swatch swatch) {
        entries.add(new Entry(label, color, swatch));
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Width to reserve beside the plot, margins included. */
    int width() {
        int widest = 0;
        for (Entry entry : entries) {
            widest = Math.max(widest, TextStyle.LEGEND.width(entry.label()));
        }
        return MARGIN + SWATCH_WIDTH + GAP + widest + MARGIN / 2;
    }

    /** Draws the entries top down from (left + margin, top). */
    void draw(Scene scene, double left, double top) {
        double rowHeight = TextStyle.LEGEND.height() + 4;
        double x = left + MARGIN;
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            double centerY = top + i * rowHeight + rowHeight / 2;
            drawSwatch(scene, entry, x, centerY);
            scene.text(entry.label(), x + SWATCH_WIDTH + GAP, centerY, TextStyle.LEGEND, 0, 0.5);
        }
    }

    private static void drawSwatch(Scene scene, Entry entry, double x, double centerY) {
        double middle = x + SWATCH_WIDTH / 2.0;
        switch (entry.swatch()) {
            case POINT -> scene.point(middle, centerY, 9, entry.color(), 0);
            case LINE -> scene.line(x, centerY, x + SWATCH_WIDTH, centerY, 2, entry.color());
            case LINE_WITH_POINT -> {
                scene.line(x, centerY, x + SWATCH_WIDTH, centerY, 2, entry.color());
                scene.point(middle, centerY, 7, entry.color(), 0);
            }
            case DASHED -> scene.dashedHorizontal(x, x + SWATCH_WIDTH, centerY, 2, entry.color());
        }
    }
}
