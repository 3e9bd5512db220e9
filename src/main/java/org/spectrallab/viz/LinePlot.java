package org.spectrallab.viz;

import java.util.ArrayList;
import java.util.List;

/**
 * Curves y(x), one per {@link #series}, with optional dashed horizontal reference lines
 * ({@link #horizontalLine}) and linear or logarithmic axes. Curves and lines take
 * {@link Palette} colours in the order they were added; a legend lists every named one.
 */
public final class LinePlot extends Figure {

    private static final double LINE_WIDTH = 2;
    private static final double MARKER_SIZE = 6;

    /** One curve, or a horizontal line when {@code x} is null. */
    private record Series(String name, double[] x, double[] y) {

        boolean isHorizontal() {
            return x == null;
        }
    }

    private final List<Series> series = new ArrayList<>();
    private String xLabel = "";
    private String yLabel = "";
    private boolean logX;
    private boolean logY;
    private boolean markers;

    LinePlot(String title) {
        super(title);
    }

    /**
     * Adds the curve through (x[i], y[i]) in array order.
     *
     * @throws IllegalArgumentException when the arrays are empty, of different lengths, not
     *     finite, or not positive on a logarithmic axis
     */
    public LinePlot series(String name, double[] x, double[] y) {
        String label = Check.text(name);
        double[] xs = Check.finiteData("x of series '" + label + "'", x);
        double[] ys = Check.finiteData("y of series '" + label + "'", y);
        Check.sameLength("x of series '" + label + "'", xs.length, "y", ys.length);
        if (logX) {
            Check.positiveForLog("x of series '" + label + "'", xs, "x");
        }
        if (logY) {
            Check.positiveForLog("y of series '" + label + "'", ys, "y");
        }
        series.add(new Series(label, xs, ys));
        return this;
    }

    /** Adds a dashed horizontal line at height {@code y}, e.g. a baseline. */
    public LinePlot horizontalLine(String name, double y) {
        double[] level = Check.finiteData("horizontalLine '" + Check.text(name) + "'",
                new double[] {y});
        if (logY) {
            Check.positiveForLog("horizontalLine '" + Check.text(name) + "'", level, "y");
        }
        series.add(new Series(Check.text(name), null, level));
        return this;
    }

    /** Names the horizontal and vertical axes. */
    public LinePlot axes(String xLabel, String yLabel) {
        this.xLabel = Check.text(xLabel);
        this.yLabel = Check.text(yLabel);
        return this;
    }

    /**
     * Makes the x axis logarithmic (base 10, ticks labelled 10^k).
     *
     * @throws IllegalArgumentException when a series already added has an x value <= 0
     */
    public LinePlot logX() {
        for (Series s : series) {
            if (!s.isHorizontal()) {
                Check.positiveForLog("x of series '" + s.name() + "'", s.x(), "x");
            }
        }
        logX = true;
        return this;
    }

    /**
     * Makes the y axis logarithmic (base 10, ticks labelled 10^k).
     *
     * @throws IllegalArgumentException when a series or line already added has a y <= 0
     */
    public LinePlot logY() {
        for (Series s : series) {
            Check.positiveForLog((s.isHorizontal() ? "horizontalLine '" : "y of series '")
                    + s.name() + "'", s.y(), "y");
        }
        logY = true;
        return this;
    }

    /** Whether a dot is drawn at every data point (default false). */
    public LinePlot markers(boolean on) {
        this.markers = on;
        return this;
    }

    @Override
    void checkComplete() {
        if (series.isEmpty()) {
            throw new IllegalArgumentException("line plot '" + title() + "' has nothing to "
                    + "draw: add a curve with .series(name, x, y) first.");
        }
    }

    @Override
    void draw(Scene scene, Rect area) {
        Rect rest = drawTitle(scene, area);
        Legend legend = legend();
        int reserved = legend.isEmpty() ? 0 : legend.width();
        Axes axes = new Axes(Axis.fitting(xData(), logX, xLabel),
                Axis.fitting(yData(), logY, yLabel));
        Rect plot = axes.plotArea(rest.inset(12, 0, 12 + reserved, 10));
        axes.drawGrid(scene, plot);
        scene.clip(plot);
        for (int i = 0; i < series.size(); i++) {
            drawSeries(scene, axes, plot, series.get(i), Palette.classColor(i));
        }
        scene.clip(null);
        axes.drawFrame(scene, plot);
        if (!legend.isEmpty()) {
            legend.draw(scene, plot.right(), plot.y());
        }
    }

    private void drawSeries(Scene scene, Axes axes, Rect plot, Series s, int color) {
        if (s.isHorizontal()) {
            double py = axes.pixelY(s.y()[0], plot);
            scene.dashedHorizontal(plot.x(), plot.right(), py, LINE_WIDTH, color);
            return;
        }
        double[] px = new double[s.x().length];
        double[] py = new double[s.x().length];
        for (int i = 0; i < px.length; i++) {
            px[i] = axes.pixelX(s.x()[i], plot);
            py[i] = axes.pixelY(s.y()[i], plot);
        }
        scene.polyline(px, py, LINE_WIDTH, color);
        if (markers || px.length == 1) {
            for (int i = 0; i < px.length; i++) {
                scene.point(px[i], py[i], MARKER_SIZE, color, 0);
            }
        }
    }

    private Legend legend() {
        Legend legend = new Legend();
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            if (!s.name().isEmpty()) {
                Legend.Swatch swatch = s.isHorizontal() ? Legend.Swatch.DASHED
                        : markers ? Legend.Swatch.LINE_WITH_POINT : Legend.Swatch.LINE;
                legend.add(s.name(), Palette.classColor(i), swatch);
            }
        }
        return legend;
    }

    private List<double[]> xData() {
        List<double[]> data = new ArrayList<>();
        for (Series s : series) {
            if (!s.isHorizontal()) {
                data.add(s.x());
            }
        }
        return data;
    }

    private List<double[]> yData() {
        List<double[]> data = new ArrayList<>();
        for (Series s : series) {
            data.add(s.y());
        }
        return data;
    }
}
