package org.spectrallab.viz;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.spectrallab.data.Subset;
import org.spectrallab.spectral.Eigenpairs;

/**
 * Points (x[i], y[i]), or (x[i], y[i], z[i]) for a 3-D eigenmap, drawn as round dots in one
 * draw call. Points are coloured in one of three ways, the last call winning: one colour
 * (the default), by class ({@link #byClass}) with a legend, or by a signal on the points
 * ({@link #bySignal}) with a colour bar. {@link #highlight} marks chosen points, e.g. the
 * centres of graph wavelets, larger and outlined, on top of the others.
 *
 * <p>Points are drawn in index order, later ones over earlier ones; in 3-D, farthest first.
 *
 * <p>In the window ({@link FigureWindow}) a scatter plot can do more: an eigenmap
 * ({@link Figure#eigenmap}) is recoloured by any eigenvector and turned into 3-D with keys,
 * and {@link #pointInfo} makes hovering over a point show its image, class and dataset
 * index. The window's zoom, pan, rotation and marks come in through the scene as a
 * {@link ViewState}; offscreen drawing uses the default view, the figure as built.
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
    /** Signals the window can colour the points by (an eigenmap's eigenvectors), or null. */
    private double[][] signals;
    private String[] signalNames;
    /** The name of the eigenvector a 3-D eigenmap takes as height, and of the x one, or -1. */
    private String heightLabel = "";
    private int firstAxis = -1;
    /** What the window shows about a point under the mouse, or null. */
    private PointInfo info;
    /** Colourings by signal, made when the window first asks for one; never sent. */
    private transient Map<Integer, Colouring> signalColourings;

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
        Colouring colouring = Colouring.bySignal(signal, signalName);
        colors = colouring.colors();
        colorBar = colouring.colorBar();
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

    /**
     * What the window shows when the mouse is over point i: the image, class name and
     * dataset index of row i of {@code data}. Offscreen drawing ignores it.
     *
     * @throws IllegalArgumentException when {@code data} has another number of points
     */
    public ScatterPlot pointInfo(Subset data) {
        return pointInfo(PointInfo.of(data));
    }

    /** {@link #pointInfo(Subset)} from details made with {@link PointInfo#of}. */
    public ScatterPlot pointInfo(PointInfo details) {
        if (details == null) {
            throw new IllegalArgumentException("pointInfo(null): pass the subset the points "
                    + "come from, e.g. pointInfo(data).");
        }
        Check.sameLength("pointInfo", details.size(), "x", x.length);
        this.info = details;
        return this;
    }

    /**
     * Makes this an eigenmap of {@code pairs}: the window's keys recolour the points by
     * any eigenvector (each with its eigenvalue in the colour bar's name), and its 3-D view
     * takes eigenvector {@code first + 2} as the height. See {@link Figure#eigenmap}.
     */
    ScatterPlot eigenvectors(String symbol, Eigenpairs pairs, int first) {
        String name = Check.text(symbol);
        int count = pairs.count();
        double[][] vectors = new double[count][];
        String[] names = new String[count];
        for (int j = 0; j < count; j++) {
            String vectorName = Figure.eigenvectorName(name, pairs, j);
            vectors[j] = Check.finiteData(vectorName, pairs.vectorArray(j));
            Check.sameLength(vectorName, vectors[j].length, "x", x.length);
            names[j] = String.format(Locale.ROOT, "%s (eigenvalue %.4g)", vectorName,
                    pairs.value(j));
        }
        this.signals = vectors;
        this.signalNames = names;
        this.heightLabel = count > first + 2 ? Figure.eigenvectorName(name, pairs, first + 2) : "";
        this.firstAxis = first;
        return this;
    }

    /** Whether the plot is 3-D. */
    public boolean is3d() {
        return z != null;
    }

    @Override
    void collectScatterPlots(List<ScatterPlot> into) {
        into.add(this);
    }

    /** The azimuth the figure was built with, in degrees. */
    double azimuth() {
        return azimuth;
    }

    /** The elevation the figure was built with, in degrees. */
    double elevation() {
        return elevation;
    }

    /** Number of points. */
    int size() {
        return x.length;
    }

    /** The details shown for a point, or null. */
    PointInfo info() {
        return info;
    }

    /** How many signals (eigenvectors) the window can colour the points by. */
    int signalCount() {
        return signals == null ? 0 : signals.length;
    }

    /** The name of signal j, e.g. "psi_3 (eigenvalue 0.01234)". */
    String signalName(int j) {
        return signalNames[j];
    }

    /** The value of signal j at point i. */
    double signalValue(int j, int i) {
        return signals[j][i];
    }

    /** Whether the plot can be shown in the other dimension: it has a third coordinate. */
    boolean canFlip() {
        return z != null || (signals != null && firstAxis + 2 < signals.length);
    }

    /** Whether the plot is drawn in 3-D under {@code view}. */
    boolean shows3d(ViewState view) {
        return canFlip() && (z != null) != view.flipped();
    }

    /** The point's coordinates as text, e.g. "(0.0123, -0.0456)". */
    String coordinates(int i) {
        return String.format(Locale.ROOT, "(%.4g, %.4g)", x[i], y[i]);
    }

    @Override
    void draw(Scene scene, Rect area) {
        ViewState view = scene.nextView();
        Colouring colouring = colouring(view.colouring());
        Rect rest = drawTitle(scene, area);
        Rect outer = rest.inset(12, 0, 12 + colouring.keyWidth(), 10);
        Rect plot = shows3d(view) ? drawPoints3d(scene, outer, view, colouring)
                : drawPoints2d(scene, outer, view, colouring);
        colouring.drawKey(scene, plot);
    }

    /** Colours and their key: the figure's own for -1, else those of signal {@code j}. */
    private Colouring colouring(int j) {
        if (j < 0 || signals == null || j >= signals.length) {
            return new Colouring(colors, legend, colorBar);
        }
        if (signalColourings == null) {
            signalColourings = new HashMap<>();
        }
        return signalColourings.computeIfAbsent(j,
                index -> Colouring.bySignal(signals[index], signalNames[index]));
    }

    private Rect drawPoints2d(Scene scene, Rect outer, ViewState view, Colouring colouring) {
        Axes axes = new Axes(
                viewed(Axis.fitting(List.of(x), false, xLabel), view.zoom(), -view.panX()),
                viewed(Axis.fitting(List.of(y), false, yLabel), view.zoom(), view.panY()));
        Rect plot = axes.plotArea(outer);
        axes.drawGrid(scene, plot);
        scene.clip(plot);
        float[] px = new float[x.length];
        float[] py = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            px[i] = (float) axes.pixelX(x[i], plot);
            py[i] = (float) axes.pixelY(y[i], plot);
        }
        float size = dotSize();
        drawDots(scene, px, py, null, colouring, size, view);
        scene.clip(null);
        axes.drawFrame(scene, plot);
        scene.region(this, plot, px, py, false, size / 2);
        return plot;
    }

    /**
     * The axis zoomed about its centre and shifted by {@code shift} of the visible width
     * (the picture moves with the mouse); the axis itself when neither applies.
     */
    private static Axis viewed(Axis fitted, double zoom, double shift) {
        if (zoom == 1 && shift == 0) {
            return fitted;
        }
        double width = fitted.max - fitted.min;
        double centre = (fitted.min + fitted.max) / 2 + shift * width / zoom;
        double half = width / 2 / zoom;
        return Axis.exact(centre - half, centre + half, false, fitted.label, null);
    }

    /**
     * Orthographic view of the data, each axis scaled to [-1, 1], seen from the view
     * direction e = (cos el cos az, cos el sin az, sin el) with the z axis up: point p goes
     * to screen right p . r with r = (-sin az, cos az, 0), screen up p . u with
     * u = (-sin el cos az, -sin el sin az, cos el), and depth p . e.
     */
    private Rect drawPoints3d(Scene scene, Rect outer, ViewState view, Colouring colouring) {
        double side = Math.min(outer.width(), outer.height());
        Rect plot = new Rect(outer.centerX() - side / 2, outer.y(), side, side);
        double az = Double.isNaN(view.azimuth()) ? azimuth : view.azimuth();
        double el = Double.isNaN(view.elevation()) ? elevation : view.elevation();
        Projection projection = new Projection(az, el, plot, view);
        double[] heights = z != null ? z : signals[firstAxis + 2];
        double[][] unit = {unitScaled(x), unitScaled(y), unitScaled(heights)};
        boolean moved = view.zoom() != 1 || view.panX() != 0 || view.panY() != 0;
        scene.clip(moved ? plot : null);
        drawBox(scene, projection);
        float[] px = new float[x.length];
        float[] py = new float[x.length];
        double[] depth = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double[] p = {unit[0][i], unit[1][i], unit[2][i]};
            px[i] = (float) projection.screenX(p);
            py[i] = (float) projection.screenY(p);
            depth[i] = projection.depth(p);
        }
        int[] order = farthestFirst(depth);
        float size = dotSize();
        drawDots(scene, px, py, order, colouring, size, view);
        scene.clip(null);
        drawAxisNames(scene, projection, z != null ? zLabel : heightLabel);
        scene.region(this, plot, px, py, true, size / 2);
        return plot;
    }

    private float dotSize() {
        return pointSize > 0 ? pointSize : defaultPointSize(x.length);
    }

    /**
     * The dots in {@code order} (index order when null), then the highlighted points and
     * the window's hovered and pinned points larger and outlined, on top.
     */
    private void drawDots(Scene scene, float[] px, float[] py, int[] order,
            Colouring colouring, float size, ViewState view) {
        int[] pointColors = colouring.colors();
        for (int k = 0; k < px.length; k++) {
            int i = order == null ? k : order[k];
            scene.point(px[i], py[i], size, pointColors == null ? SINGLE_COLOR : pointColors[i], 0);
        }
        float marked = size * 1.8f + 5;
        for (int i : highlighted) {
            scene.point(px[i], py[i], marked, pointColors == null ? SINGLE_COLOR : pointColors[i],
                    2);
        }
        for (int i : new int[] {view.pinned(), view.hovered()}) {
            if (i >= 0 && i < px.length) {
                scene.point(px[i], py[i], marked, pointColors == null ? SINGLE_COLOR
                        : pointColors[i], 2);
            }
        }
    }

    /**
     * The point indices sorted by depth, farthest (smallest) first, points of equal depth
     * in index order: a stable bottom-up merge sort on primitive arrays, which keeps a
     * rotating 10,000-point plot within its frame budget (sorting boxed indices took
     * three times as long).
     */
    static int[] farthestFirst(double[] depth) {
        int n = depth.length;
        int[] order = new int[n];
        Arrays.setAll(order, i -> i);
        int[] buffer = new int[n];
        for (int width = 1; width < n; width *= 2) {
            for (int left = 0; left < n; left += 2 * width) {
                int middle = Math.min(left + width, n);
                int right = Math.min(left + 2 * width, n);
                int a = left;
                int b = middle;
                for (int k = left; k < right; k++) {
                    boolean takeLeft = b >= right
                            || (a < middle && Double.compare(depth[order[a]], depth[order[b]]) <= 0);
                    buffer[k] = takeLeft ? order[a++] : order[b++];
                }
            }
            int[] swap = order;
            order = buffer;
            buffer = swap;
        }
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
    private void drawAxisNames(Scene scene, Projection view, String heightLabel) {
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
        placeOutside(scene, view, heightLabel, leftmost);
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

        Projection(double azimuthDegrees, double elevationDegrees, Rect square, ViewState view) {
            double az = Math.toRadians(azimuthDegrees);
            double el = Math.toRadians(elevationDegrees);
            eye = new double[] {Math.cos(el) * Math.cos(az), Math.cos(el) * Math.sin(az),
                Math.sin(el)};
            right = new double[] {-Math.sin(az), Math.cos(az), 0};
            up = new double[] {-Math.sin(el) * Math.cos(az), -Math.sin(el) * Math.sin(az),
                Math.cos(el)};
            centerX = square.centerX() + view.panX() * square.width();
            centerY = square.centerY() + view.panY() * square.height();
            scale = square.width() / 2 / Math.sqrt(3) * 0.92 * view.zoom();
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

    /**
     * Colours of the points and the key that explains them: a legend, a colour bar, or
     * neither (one colour for all).
     */
    private record Colouring(int[] colors, Legend legend, ColorBar colorBar)
            implements Serializable {

        /**
         * Colours by a signal: signed signals (values below and above 0) with the
         * {@link Colormap#DIVERGING} map over [-m, m], m = max |value|, so that white is 0;
         * others with {@link Colormap#VIRIDIS} over [min, max].
         */
        static Colouring bySignal(double[] signal, String name) {
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
            return new Colouring(pointColors, null, new ColorBar(map, low, high, name));
        }

        /** Width the key needs beside the plot. */
        int keyWidth() {
            return legend != null ? legend.width() : colorBar != null ? colorBar.width() : 0;
        }

        void drawKey(Scene scene, Rect plot) {
            if (legend != null) {
                legend.draw(scene, plot.right(), plot.y());
            }
            if (colorBar != null) {
                colorBar.draw(scene, plot.right(), plot.y(), plot.bottom());
            }
        }
    }
}
