package org.spectrallab.viz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Points (x[i], y[i]), or (x[i], y[i], z[i]) for a 3-D eigenmap, drawn as round dots in one
 * draw call. Points are coloured in one of three ways, the last call winning: one colour
 * (the default), by class ({@link #byClass}) with a legend, or by a signal on the points
 * ({@link #bySignal}) with a colour bar. {@link #highlight} marks chosen points, e.g. the
 * centres of graph wavelets, larger and outlined, on top of the others.
 *
 * <p>Points are drawn in index order, later ones over earlier ones; in 3-D, farthest first.
 */
public final class ScatterPlot extends Figure {

    /** Colour of the points when no colouring is chosen. */
    private static final int SINGLE_COLOR = 0xFF4477AA;

    /** Default view of a 3-D plot, in degrees (matplotlib's default). */
    private static final double DEFAULT_AZIMUTH = -60;
    private static final double DEFAULT_ELEVATION = 30;

    private static final int BOX_COLOR = 0xFFBBBBBB;

    private final double[] x;
    private final double[] y;
    private double[] z;
    private String xLabel = "";
    private String yLabel = "";
    private String zLabel = "";
    /** Per-point colours, or null for the single colour. */
    private int[] colors;
    /** Legend for class colouring, or null. */
    private Legend legend;
    /** Colour bar for signal colouring, or null. */
    private ColorBar colorBar;
    /** Dot diameter in pixels; 0 chooses one from the number of points. */
    private float pointSize;
    private int[] highlighted = new int[0];
    private double azimuth = DEFAULT_AZIMUTH;
    private double elevation = DEFAULT_ELEVATION;

    ScatterPlot(String title, double[] x, double[] y) {
        super(title);
        this.x = Check.finiteData("x", x);
        this.y = Check.finiteData("y", y);
        Check.sameLength("x", x.length, "y", y.length);
    }

    /** Names the horizontal and vertical axes. */
    public ScatterPlot axes(String xLabel, String yLabel) {
        this.xLabel = Check.text(xLabel);
        this.yLabel = Check.text(yLabel);
        return this;
    }

    /** Names the three axes of a 3-D plot (see {@link #z}). */
    public ScatterPlot axes(String xLabel, String yLabel, String zLabel) {
        axes(xLabel, yLabel);
        this.zLabel = Check.text(zLabel);
        return this;
    }

    /**
     * Colours point i by its class {@code labels[i]}, with {@link Palette} colours and a
     * legend of {@code classNames}.
     *
     * @param labels one class per point, each in 0 .. classNames.size() - 1
     * @param classNames legend names; at most {@link Palette#SIZE}
     */
    public ScatterPlot byClass(int[] labels, List<String> classNames) {
        if (labels == null) {
            throw new IllegalArgumentException("labels is null: pass one class label per point.");
        }
        Check.sameLength("labels", labels.length, "x", x.length);
        List<String> names = Check.nonEmptyList("classNames", classNames);
        if (names.size() > Palette.SIZE) {
            throw new IllegalArgumentException(names.size() + " class names given but only "
                    + Palette.SIZE + " colours are distinguishable: merge classes or plot "
                    + "at most " + Palette.SIZE + " at a time.");
        }
        int[] pointColors = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= names.size()) {
                throw new IllegalArgumentException("labels[" + i + "] is " + labels[i]
                        + " but there are " + names.size() + " class names: labels must be 0 to "
                        + (names.size() - 1) + "; pass one name per class.");
            }
            pointColors[i] = Palette.classColor(labels[i]);
        }
        Legend classLegend = new Legend();
        for (int c = 0; c < names.size(); c++) {
            classLegend.add(names.get(c), Palette.classColor(c), Legend.Swatch.POINT);
        }
        colors = pointColors;
        legend = classLegend;
        colorBar = null;
        return this;
    }

    /**
     * Colours point i by {@code values[i]}, with a colour bar named {@code signalName}.
     * Signed signals (some values below 0, some above) use the {@link Colormap#DIVERGING}
     * map over [-m, m], m = max |value|, so that white is 0; others use
     * {@link Colormap#VIRIDIS} over [min, max].
     */
    public ScatterPlot bySignal(double[] values, String signalName) {
        double[] signal = Check.finiteData("values", values);
        Check.sameLength("values", signal.length, "x", x.length);
        double min = Arrays.stream(signal).min().orElseThrow();
        double max = Arrays.stream(signal).max().orElseThrow();
        boolean signed = min < 0 && max > 0;
        double limit = Math.max(-min, max);
        Colormap map = signed ? Colormap.DIVERGING : Colormap.VIRIDIS;
        double low = signed ? -limit : min;
        double high = signed ? limit : max;
        int[] pointColors = new int[signal.length];
        for (int i = 0; i < signal.length; i++) {
            pointColors[i] = map.color(high > low ? (signal[i] - low) / (high - low) : 0.5);
        }
        colors = pointColors;
        colorBar = new ColorBar(map, low, high, signalName);
        legend = null;
        return this;
    }

    /** Makes the plot 3-D with heights {@code z[i]}, seen from a fixed default view. */
    public ScatterPlot z(double[] z) {
        double[] heights = Check.finiteData("z", z);
        Check.sameLength("z", heights.length, "x", x.length);
        this.z = heights;
        return this;
    }

    /**
     * The direction a 3-D plot is seen from, in degrees: azimuth round the vertical axis,
     * elevation above the x-y plane. Default (-60, 30).
     */
    public ScatterPlot view(double azimuthDegrees, double elevationDegrees) {
        if (!Double.isFinite(azimuthDegrees) || !Double.isFinite(elevationDegrees)) {
            throw new IllegalArgumentException("view(" + azimuthDegrees + ", " + elevationDegrees
                    + ") needs finite angles in degrees, e.g. view(-60, 30).");
        }
        this.azimuth = azimuthDegrees;
        this.elevation = elevationDegrees;
        return this;
    }

    /** Dot diameter in pixels (default: 8 for a few hundred points, down to 3.5 for many). */
    public ScatterPlot pointSize(float diameter) {
        Check.positive("pointSize", diameter);
        this.pointSize = diameter;
        return this;
    }

    /** Draws the points with these indices larger, outlined and on top. */
    public ScatterPlot highlight(int... indices) {
        if (indices == null) {
            throw new IllegalArgumentException("highlight(null): pass point indices, e.g. "
                    + "highlight(12, 40).");
        }
        for (int index : indices) {
            if (index < 0 || index >= x.length) {
                throw new IllegalArgumentException("highlight index " + index + " is outside "
                        + "0 .. " + (x.length - 1) + ": pass indices of existing points.");
            }
        }
        this.highlighted = indices.clone();
        return this;
    }

    /** Whether the plot is 3-D. */
    public boolean is3d() {
        return z != null;
    }

    @Override
    void draw(Scene scene, Rect area) {
        Rect rest = drawTitle(scene, area);
        int reserved = legend != null ? legend.width() : colorBar != null ? colorBar.width() : 0;
        Rect outer = rest.inset(12, 0, 12 + reserved, 10);
        Rect plot = z == null ? drawPoints2d(scene, outer) : drawPoints3d(scene, outer);
        if (legend != null) {
            legend.draw(scene, plot.right(), plot.y());
        }
        if (colorBar != null) {
            colorBar.draw(scene, plot.right(), plot.y(), plot.bottom());
        }
    }

    private Rect drawPoints2d(Scene scene, Rect outer) {
        Axes axes = new Axes(Axis.fitting(List.of(x), false, xLabel),
                Axis.fitting(List.of(y), false, yLabel));
        Rect plot = axes.plotArea(outer);
        axes.drawGrid(scene, plot);
        scene.clip(plot);
        double[] px = new double[x.length];
        double[] py = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            px[i] = axes.pixelX(x[i], plot);
            py[i] = axes.pixelY(y[i], plot);
        }
        drawDots(scene, px, py, identityOrder());
        scene.clip(null);
        axes.drawFrame(scene, plot);
        return plot;
    }

    /**
     * Orthographic view of the data, each axis scaled to [-1, 1], seen from the view
     * direction e = (cos el cos az, cos el sin az, sin el) with the z axis up: point p goes
     * to screen right p . r with r = (-sin az, cos az, 0), screen up p . u with
     * u = (-sin el cos az, -sin el sin az, cos el), and depth p . e.
     */
    private Rect drawPoints3d(Scene scene, Rect outer) {
        double side = Math.min(outer.width(), outer.height());
        Rect plot = new Rect(outer.centerX() - side / 2, outer.y(), side, side);
        Projection view = new Projection(azimuth, elevation, plot);
        double[][] unit = {unitScaled(x), unitScaled(y), unitScaled(z)};
        drawBox(scene, view);
        double[] px = new double[x.length];
        double[] py = new double[x.length];
        double[] depth = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double[] p = {unit[0][i], unit[1][i], unit[2][i]};
            px[i] = view.screenX(p);
            py[i] = view.screenY(p);
            depth[i] = view.depth(p);
        }
        Integer[] order = identityOrder();
        Arrays.sort(order, Comparator.comparingDouble(i -> depth[i]));
        drawDots(scene, px, py, order);
        drawAxisNames(scene, view);
        return plot;
    }

    private void drawDots(Scene scene, double[] px, double[] py, Integer[] order) {
        float size = pointSize > 0 ? pointSize : defaultPointSize(x.length);
        for (int i : order) {
            scene.point(px[i], py[i], size, colorOf(i), 0);
        }
        float marked = size * 1.8f + 5;
        for (int i : highlighted) {
            scene.point(px[i], py[i], marked, colorOf(i), 2);
        }
    }

    private int colorOf(int i) {
        return colors == null ? SINGLE_COLOR : colors[i];
    }

    private Integer[] identityOrder() {
        Integer[] order = new Integer[x.length];
        Arrays.setAll(order, i -> i);
        return order;
    }

    static float defaultPointSize(int count) {
        return count <= 300 ? 8f : count <= 3000 ? 5f : 3.5f;
    }

    /** Values mapped linearly onto [-1, 1]; all-equal values map to 0. */
    private static double[] unitScaled(double[] values) {
        double min = Arrays.stream(values).min().orElseThrow();
        double max = Arrays.stream(values).max().orElseThrow();
        double half = (max - min) / 2;
        double[] scaled = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            scaled[i] = half > 0 ? (values[i] - min) / half - 1 : 0;
        }
        return scaled;
    }

    /** The twelve edges of the cube [-1, 1]^3, behind the points. */
    private static void drawBox(Scene scene, Projection view) {
        List<double[]> corners = new ArrayList<>();
        for (int c = 0; c < 8; c++) {
            corners.add(new double[] {(c & 1) == 0 ? -1 : 1, (c & 2) == 0 ? -1 : 1,
                (c & 4) == 0 ? -1 : 1});
        }
        for (int a = 0; a < 8; a++) {
            for (int bit = 1; bit < 8; bit <<= 1) {
                if ((a & bit) == 0) {
                    double[] p = corners.get(a);
                    double[] q = corners.get(a | bit);
                    scene.line(view.screenX(p), view.screenY(p), view.screenX(q),
                            view.screenY(q), 1, BOX_COLOR);
                }
            }
        }
    }

    /**
     * Axis names beside the middle of a bottom edge facing the viewer (x and y) and of the
     * leftmost vertical edge (z), pushed away from the cube's centre.
     */
    private void drawAxisNames(Scene scene, Projection view) {
        double frontY = view.eye[1] < 0 ? -1 : 1;
        double frontX = view.eye[0] < 0 ? -1 : 1;
        placeOutside(scene, view, xLabel, new double[] {0, frontY, -1});
        placeOutside(scene, view, yLabel, new double[] {frontX, 0, -1});
        double[] leftmost = null;
        for (int c = 0; c < 4; c++) {
            double[] p = {(c & 1) == 0 ? -1 : 1, (c & 2) == 0 ? -1 : 1, 0};
            if (leftmost == null || view.screenX(p) < view.screenX(leftmost)) {
                leftmost = p;
            }
        }
        placeOutside(scene, view, zLabel, leftmost);
    }

    private static void placeOutside(Scene scene, Projection view, String label, double[] p) {
        if (label.isEmpty()) {
            return;
        }
        double dx = view.screenX(p) - view.centerX;
        double dy = view.screenY(p) - view.centerY;
        double length = Math.max(1, Math.hypot(dx, dy));
        double push = 22;
        scene.text(label, view.screenX(p) + dx / length * push,
                view.screenY(p) + dy / length * push, TextStyle.LABEL, 0.5, 0.5);
    }

    /** The orthographic 3-D view described at {@link #drawPoints3d}, fitted into a square. */
    private static final class Projection {
        final double[] eye;
        final double[] right;
        final double[] up;
        final double centerX;
        final double centerY;
        final double scale;

        Projection(double azimuthDegrees, double elevationDegrees, Rect square) {
            double az = Math.toRadians(azimuthDegrees);
            double el = Math.toRadians(elevationDegrees);
            eye = new double[] {Math.cos(el) * Math.cos(az), Math.cos(el) * Math.sin(az),
                Math.sin(el)};
            right = new double[] {-Math.sin(az), Math.cos(az), 0};
            up = new double[] {-Math.sin(el) * Math.cos(az), -Math.sin(el) * Math.sin(az),
                Math.cos(el)};
            centerX = square.centerX();
            centerY = square.centerY();
            scale = square.width() / 2 / Math.sqrt(3) * 0.92;
        }

        double screenX(double[] p) {
            return centerX + dot(p, right) * scale;
        }

        double screenY(double[] p) {
            return centerY - dot(p, up) * scale;
        }

        /** Larger is nearer the viewer. */
        double depth(double[] p) {
            return dot(p, eye);
        }

        private static double dot(double[] a, double[] b) {
            return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
        }
    }
}
