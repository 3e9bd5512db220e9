package org.spectrallab.viz;

import java.io.Serializable;
import java.util.List;
import org.la4j.Matrix;
import org.spectrallab.spectral.Eigenpairs;

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
 * been handed to {@link FigureWindow#show}. Figures are {@link Serializable}: the window
 * lives in a viewer process of its own and receives them as bytes.
 */
public abstract class Figure implements Serializable {

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

    /**
     * Adds this figure's scatter plots to {@code into} in the order they are drawn, which is
     * the order in which the window hands them their views.
     */
    void collectScatterPlots(List<ScatterPlot> into) {
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

    /**
     * The eigenmap of {@code pairs}: point i at (v_first(i), v_first+1(i)), axes named after
     * the two eigenvectors, counted from 0 for ascending eigenvalues and from 1 for
     * descending ones (psi_1, psi_2 for a Laplacian from {@code first} = 1; phi_1, phi_2 for
     * a kernel from {@code first} = 0). In the window the arrow keys recolour
     * the points by every eigenvector of {@code pairs} in turn, and D shows them in 3-D with
     * v_first+2 as the height (when {@code pairs} has it). Colour by class with
     * {@link ScatterPlot#byClass} and add {@link ScatterPlot#pointInfo} for hovering, e.g.
     *
     * <pre>{@code
     * Figure.eigenmap("Laplacian eigenmap", "psi", randomWalk, 1)
     *         .byClass(data.labels(), data.dataset().classNames()).pointInfo(data);
     * }</pre>
     *
     * @param symbol the eigenvectors' name in the axis labels, e.g. "psi" or "phi"
     * @param first the eigenvector on the x axis: 1 skips the constant first eigenvector of
     *     a Laplacian, 0 takes the top eigenvector of a kernel
     * @throws IllegalArgumentException when {@code pairs} has fewer than first + 2 vectors
     */
    public static ScatterPlot eigenmap(String title, String symbol, Eigenpairs pairs,
            int first) {
        if (pairs == null) {
            throw new IllegalArgumentException("pairs is null: compute eigenpairs first, e.g. "
                    + "Eigensolver.smallest(laplacian, 20).");
        }
        if (first < 0 || first + 2 > pairs.count()) {
            throw new IllegalArgumentException("an eigenmap from eigenvector " + first
                    + " needs eigenvectors " + first + " and " + (first + 1) + " but there are "
                    + pairs.count() + ": compute at least " + Math.max(first + 2, 2)
                    + " eigenpairs (20 lets the window recolour by more of them).");
        }
        String name = Check.text(symbol);
        ScatterPlot map = new ScatterPlot(title, pairs.vectorArray(first),
                pairs.vectorArray(first + 1));
        return map.axes(eigenvectorName(name, pairs, first),
                eigenvectorName(name, pairs, first + 1)).eigenvectors(name, pairs, first);
    }

    /**
     * The name of eigenvector j of {@code pairs} in figures: counted from 0 for ascending
     * eigenvalues (a Laplacian's psi_0 is the constant vector of eigenvalue 0), from 1 for
     * descending ones (a kernel's top eigenvector is phi_1, as in kernel PCA).
     */
    static String eigenvectorName(String symbol, Eigenpairs pairs, int j) {
        return symbol + "_" + (pairs.order() == Eigenpairs.Order.DESCENDING ? j + 1 : j);
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
