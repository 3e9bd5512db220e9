package org.spectrallab.viz;

import java.util.List;

/**
 * Several figures drawn as panels of one picture, filled row by row, each panel with its
 * own title, under an overall title. Made by {@link Figure#row} and {@link Figure#grid}.
 */
public final class PanelGrid extends Figure {

    /** Default size of one panel, in pixels. */
    private static final int PANEL_WIDTH = 720;
    private static final int PANEL_HEIGHT = 600;

    private final List<Figure> panels;
    private final int columns;

    PanelGrid(String title, int columns, Figure[] panels) {
        super(title);
        if (panels == null || panels.length == 0) {
            throw new IllegalArgumentException("no panels given: pass the figures to put side "
                    + "by side, e.g. Figure.row(\"title\", left, right).");
        }
        this.panels = Check.nonEmptyList("panels", List.of(nullsNamed(panels)));
        if (columns < 1) {
            throw new IllegalArgumentException("columns is " + columns
                    + ": a grid needs at least 1 column.");
        }
        this.columns = Math.min(columns, panels.length);
    }

    /** Number of panel rows. */
    public int rows() {
        return (panels.size() + columns - 1) / columns;
    }

    @Override
    public int defaultWidth() {
        return columns * PANEL_WIDTH;
    }

    @Override
    public int defaultHeight() {
        return rows() * PANEL_HEIGHT + (title().isEmpty() ? 0 : 40);
    }

    @Override
    void checkComplete() {
        for (Figure panel : panels) {
            panel.checkComplete();
        }
    }

    @Override
    void draw(Scene scene, Rect area) {
        Rect rest = drawTitle(scene, area);
        double cellWidth = rest.width() / columns;
        double cellHeight = rest.height() / rows();
        for (int i = 0; i < panels.size(); i++) {
            Rect cell = new Rect(rest.x() + (i % columns) * cellWidth,
                    rest.y() + (i / columns) * cellHeight, cellWidth, cellHeight);
            panels.get(i).draw(scene, cell);
        }
    }

    /** The panels, checked for nulls with a message naming the position. */
    private static Figure[] nullsNamed(Figure[] panels) {
        for (int i = 0; i < panels.length; i++) {
            if (panels[i] == null) {
                throw new IllegalArgumentException("panel " + i + " is null: build every "
                        + "figure before putting it in a row or grid.");
            }
        }
        return panels;
    }
}
