package org.spectrallab.viz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What one frame draws, in figure pixels (origin top-left, y down), as an ordered list of
 * batches that {@link SceneDrawer} hands to OpenGL. Figures lay themselves out into a
 * scene; the scene knows nothing of GL, so layout is plain Java and the same for the
 * offscreen renderer and the window.
 *
 * <p>Every vertex is {@link #FLOATS_PER_VERTEX} floats: x, y, red, green, blue, alpha and
 * two extra values whose meaning depends on the batch kind:
 * <ul>
 *   <li>{@link Kind#SHAPES}: (distance from the stroke's centre line, half the stroke
 *       width) in pixels, for anti-aliased edges; fills use (0, {@link #SOLID}).</li>
 *   <li>{@link Kind#POINTS}: (diameter, outline width) in pixels.</li>
 *   <li>{@link Kind#TEXT} and {@link Kind#IMAGE}: texture coordinates.</li>
 * </ul>
 * Batches are drawn in order, later over earlier (painter's order), each inside its clip.
 */
final class Scene {

    static final int FLOATS_PER_VERTEX = 8;

    /** Half-width given to filled shapes: no edge fades, and it fits GLSL mediump (2^14). */
    static final float SOLID = 1.0e4f;

    /** Extra pixels around a stroke over which its edge fades out. */
    private static final double FEATHER = 1.0;

    enum Kind { SHAPES, POINTS, TEXT, IMAGE }

    /** A label placed at integer pixels so its texture maps 1:1 onto the screen. */
    record TextItem(String text, TextStyle style, int color, boolean vertical, int left, int top) {

        int boxWidth() {
            return vertical ? style.height() : style.width(text);
        }

        int boxHeight() {
            return vertical ? style.width(text) : style.height();
        }
    }

    /** An ARGB raster, row-major from the top row. */
    record Raster(int width, int height, int[] argb) {
    }

    /** A run of drawing of one kind inside one clip rectangle (null: the whole frame). */
    static final class Batch {
        final Kind kind;
        final Rect clip;
        final FloatArray vertices = new FloatArray();
        final List<TextItem> texts = new ArrayList<>();
        Raster raster;
        Rect target;

        Batch(Kind kind, Rect clip) {
            this.kind = kind;
            this.clip = clip;
        }
    }

    final int width;
    final int height;
    final int background;
    private final List<Batch> batches = new ArrayList<>();
    private Rect clip;

    Scene(int width, int height, int background) {
        this.width = width;
        this.height = height;
        this.background = background;
    }

    List<Batch> batches() {
        return batches;
    }

    /** Clips what follows to {@code area}, or to the whole frame when null. */
    void clip(Rect area) {
        clip = area;
    }

    void fillRect(double x, double y, double w, double h, int color) {
        FloatArray v = batch(Kind.SHAPES).vertices;
        quad(v, x, y, x + w, y, x + w, y + h, x, y + h, color, 0, SOLID, 0, SOLID);
    }

    /** A 1-pixel frame drawn just inside {@code r}. */
    void strokeRect(Rect r, int color) {
        fillRect(r.x(), r.y(), r.width(), 1, color);
        fillRect(r.x(), r.bottom() - 1, r.width(), 1, color);
        fillRect(r.x(), r.y(), 1, r.height(), color);
        fillRect(r.right() - 1, r.y(), 1, r.height(), color);
    }

    /**
     * A straight stroke of the given width with anti-aliased sides and square ends
     * extended by half the width.
     */
    void line(double x0, double y0, double x1, double y1, double width, int color) {
        double length = Math.hypot(x1 - x0, y1 - y0);
        if (length == 0) {
            return;
        }
        double half = width / 2;
        double reach = half + FEATHER;
        double dx = (x1 - x0) / length;
        double dy = (y1 - y0) / length;
        double ax = x0 - dx * half;
        double ay = y0 - dy * half;
        double bx = x1 + dx * half;
        double by = y1 + dy * half;
        double nx = -dy * reach;
        double ny = dx * reach;
        quad(batch(Kind.SHAPES).vertices, ax + nx, ay + ny, bx + nx, by + ny, bx - nx, by - ny,
                ax - nx, ay - ny, color, (float) reach, (float) half, (float) -reach, (float) half);
    }

    /** Consecutive points joined by strokes; a NaN coordinate breaks the line. */
    void polyline(double[] xs, double[] ys, double width, int color) {
        for (int i = 1; i < xs.length; i++) {
            if (isFinite(xs[i - 1], ys[i - 1]) && isFinite(xs[i], ys[i])) {
                line(xs[i - 1], ys[i - 1], xs[i], ys[i], width, color);
            }
        }
    }

    /** A horizontal dashed stroke from x0 to x1. */
    void dashedHorizontal(double x0, double x1, double y, double width, int color) {
        double dash = 7;
        double gap = 4;
        for (double x = x0; x < x1; x += dash + gap) {
            line(x, y, Math.min(x + dash, x1), y, width, color);
        }
    }

    /** A filled disc; with a dark ring {@code outline} pixels wide when that is positive. */
    void point(double x, double y, double diameter, int color, double outline) {
        FloatArray v = batch(Kind.POINTS).vertices;
        vertex(v, x, y, color, (float) diameter, (float) outline);
    }

    /**
     * A label of one line anchored at (x, y): {@code alignX} 0 puts its left edge there,
     * 0.5 its centre, 1 its right edge; {@code alignY} likewise from top to bottom. Vertical
     * labels read bottom to top and align their rotated box the same way.
     *
     * @return the box the label occupies
     */
    Rect text(String text, double x, double y, TextStyle style, int color, double alignX,
            double alignY, boolean vertical) {
        int w = vertical ? style.height() : style.width(text);
        int h = vertical ? style.width(text) : style.height();
        int left = (int) Math.round(x - alignX * w);
        int top = (int) Math.round(y - alignY * h);
        if (!text.isEmpty()) {
            batch(Kind.TEXT).texts.add(new TextItem(text, style, color, vertical, left, top));
        }
        return new Rect(left, top, w, h);
    }

    /** A horizontal label in the usual near-black text colour. */
    Rect text(String text, double x, double y, TextStyle style, double alignX, double alignY) {
        return text(text, x, y, style, TextStyle.TEXT_COLOR, alignX, alignY, false);
    }

    /** An image stretched over {@code target}, sampled nearest-pixel (no blurring). */
    void image(Raster raster, Rect target) {
        Batch b = new Batch(Kind.IMAGE, clip);
        b.raster = raster;
        b.target = target;
        batches.add(b);
    }

    private Batch batch(Kind kind) {
        Batch last = batches.isEmpty() ? null : batches.get(batches.size() - 1);
        if (last != null && last.kind == kind && last.clip == clip && kind != Kind.IMAGE) {
            return last;
        }
        Batch b = new Batch(kind, clip);
        batches.add(b);
        return b;
    }

    /**
     * Two triangles over the corners a, b, c, d (in order round the quad); extra values
     * (e0, f0) at a and b, (e1, f1) at c and d.
     */
    private static void quad(FloatArray v, double ax, double ay, double bx, double by,
            double cx, double cy, double dx, double dy, int color, float e0, float f0,
            float e1, float f1) {
        vertex(v, ax, ay, color, e0, f0);
        vertex(v, bx, by, color, e0, f0);
        vertex(v, cx, cy, color, e1, f1);
        vertex(v, ax, ay, color, e0, f0);
        vertex(v, cx, cy, color, e1, f1);
        vertex(v, dx, dy, color, e1, f1);
    }

    static void vertex(FloatArray v, double x, double y, int color, float extra0, float extra1) {
        v.add((float) x, (float) y);
        v.add(((color >> 16) & 0xFF) / 255f, ((color >> 8) & 0xFF) / 255f);
        v.add((color & 0xFF) / 255f, ((color >>> 24) & 0xFF) / 255f);
        v.add(extra0, extra1);
    }

    private static boolean isFinite(double x, double y) {
        return Double.isFinite(x) && Double.isFinite(y);
    }

    /** A growable float array, so vertex data is built without boxing. */
    static final class FloatArray {
        private float[] data = new float[256];
        private int size;

        void add(float a, float b) {
            if (size + 2 > data.length) {
                data = Arrays.copyOf(data, data.length * 2);
            }
            data[size++] = a;
            data[size++] = b;
        }

        int size() {
            return size;
        }

        float[] array() {
            return data;
        }
    }
}
