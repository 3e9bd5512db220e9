package org.spectrallab.viz;

import java.util.List;
import org.la4j.Matrix;

/**
 * A figure the labs build and then draw with {@link FigureRenderer} (to PNG) or
 * {@link FigureWindow} (on screen). Figures are built with chained calls, for example
 *
 * <pre>{@code
 * Figure f = Figure.scatter("Laplacian eigenmap", phi1, phi2)
 *         .axes("phi_1", "phi_2")
 *         .byClass(labels, List.of("0", "1", "2"));
 * FigureRenderer.writePng(f, Path.of("out/eigenmap.png"));
 * }</pre>
 *
 * <p>Each builder method checks its input and copies the arrays it is given, so changing
 * them later does not change the figure. A figure is not meant to be changed after it has
 * been handed to {@link FigureWindow#show}.
 */
public abstract class Figure {

    /** Background of every figure. */
    static final int BACKGROUND = 0xFFFFFFFF;

    /** Default size of a single-panel figure, in pixels. */
    public static final int DEFAULT_WIDTH = 900;
    public static final int DEFAULT_HEIGHT = 700;

    private static final int TITLE_SPACE = 10;

    private final String title;

    Figure(String title) {
        this.title = Check.text(title);
    }

    /** The title drawn at the top ("" for none). */
    public String title() {
        return title;
    }

    /** Width the figure is drawn at when none is given. */
    public int defaultWidth() {
        return DEFAULT_WIDTH;
    }

    /** Height the figure is drawn at when none is given. */
    public int defaultHeight() {
        return DEFAULT_HEIGHT;
    }

    /** Lays the figure out in {@code area} of the scene, title included. */
    abstract void draw(Scene scene, Rect area);

    /**
     * Throws IllegalArgumentException when the figure cannot be drawn yet (e.g. a line plot
     * without series); called before every drawing.
     */
    void checkComplete() {
    }

    /** The figure laid out on a white frame of the given size. */
    final Scene toScene(int width, int height) {
        checkComplete();
        Scene scene = new Scene(width, height, BACKGROUND);
        draw(scene, new Rect(0, 0, width, height));
        return scene;
    }

    /** Draws the title centred at the top of {@code area}; returns the area below it. */
    final Rect drawTitle(Scene scene, Rect area) {
        if (title.isEmpty()) {
            return area.belowTop(TITLE_SPACE);
        }
        Rect box = scene.text(title, area.centerX(), area.y() + TITLE_SPACE, TextStyle.TITLE,
                0.5, 0);
        return area.belowTop(box.bottom() - area.y() + TITLE_SPACE);
    }

    /**
     * A scatter plot of points (x[i], y[i]); see {@link ScatterPlot} for colouring by class
     * or by a signal, 3-D eigenmaps and highlighted points.
     *
     * @throws IllegalArgumentException when the arrays are empty, of different lengths or
     *     hold NaN or infinite values
     */
    public static ScatterPlot scatter(String title, double[] x, double[] y) {
        return new ScatterPlot(title, x, y);
    }

    /** An empty line plot; add curves with {@link LinePlot#series}. */
    public static LinePlot lines(String title) {
        return new LinePlot(title);
    }

    /**
     * A grid of greyscale images, e.g. 28 x 28 MNIST digits; see {@link ImageGrid}.
     *
     * @param images each of {@code width * height} values in row-major order
     * @param columns images per row of the grid
     */
    public static ImageGrid images(String title, List<double[]> images, int width, int height,
            int columns) {
        return new ImageGrid(title, images, width, height, columns);
    }

    /** A matrix drawn as coloured cells with a colour bar; see {@link Heatmap}. */
    public static Heatmap heatmap(String title, Matrix m) {
        return new Heatmap(title, m);
    }

    /** Panels side by side, e.g. a Gram eigenmap beside a Laplacian eigenmap. */
    public static PanelGrid row(String title, Figure... panels) {
        return new PanelGrid(title, panels == null ? 0 : panels.length, panels);
    }

    /** Panels in a grid filled row by row, {@code columns} to a row. */
    public static PanelGrid grid(String title, int columns, Figure... panels) {
        return new PanelGrid(title, columns, panels);
    }
}
