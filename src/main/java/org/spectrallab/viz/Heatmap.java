package org.spectrallab.viz;

import java.util.ArrayList;
import java.util.List;
import org.la4j.Matrix;
import org.spectrallab.numeric.MemoryGuard;

/**
 * A matrix drawn as coloured cells, row 0 at the top, with a colour bar: by default
 * {@link Colormap#VIRIDIS} over [min, max]; with {@link #diverging} the
 * {@link Colormap#DIVERGING} map over [-m, m], m = max |entry|, so that 0 is white.
 *
 * <p>A matrix larger than the plot is reduced before colouring: each screen pixel shows
 * the mean of the block of entries it covers. With {@link #groups}, rows (and columns of a
 * square matrix) sorted by class get lines at the class boundaries and class labels on
 * the axes, which shows block structure, e.g. in a Gram matrix.
 */
public final class Heatmap extends Figure {

    private static final int BOUNDARY_ON_VIRIDIS = 0xFFFFFFFF;
    private static final int BOUNDARY_ON_DIVERGING = 0xFF222222;
    private static final int INDEX_TICKS = 6;

    private final int rows;
    private final int columns;
    /** Entries in row-major order. */
    private final double[] values;
    private boolean diverging;
    /** Class of each row, in contiguous blocks, or null. */
    private int[] groups;

    Heatmap(String title, Matrix m) {
        super(title);
        if (m == null) {
            throw new IllegalArgumentException("matrix is null: pass an org.la4j.Matrix.");
        }
        if (m.rows() == 0 || m.columns() == 0) {
            throw new IllegalArgumentException("the matrix is " + m.rows() + " x " + m.columns()
                    + ": a heatmap needs at least one entry.");
        }
        this.rows = m.rows();
        this.columns = m.columns();
        this.values = MemoryGuard.doubles(rows, columns, "the heatmap's copy of the matrix");
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                double v = m.get(i, j);
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("entry (" + i + ", " + j + ") is " + v
                            + ": a heatmap needs finite numbers; find where it became NaN or "
                            + "infinite (often 0/0 or exp overflow) and fix it there.");
                }
                values[i * columns + j] = v;
            }
        }
    }

    /** Colours by a diverging map centred on 0 (true) or by viridis over [min, max] (false). */
    public Heatmap diverging(boolean on) {
        this.diverging = on;
        return this;
    }

    /**
     * Marks class blocks: {@code labels[i]} is the class of row i (and of column i when the
     * matrix is square), with the rows already sorted so that each class is one run.
     */
    public Heatmap groups(int[] labels) {
        if (labels == null) {
            throw new IllegalArgumentException("labels is null: pass one class per row.");
        }
        Check.sameLength("labels", labels.length, "matrix rows", rows);
        for (int i = 1; i < labels.length; i++) {
            if (labels[i] != labels[i - 1] && appearsBefore(labels, labels[i], i - 1)) {
                throw new IllegalArgumentException("labels[" + i + "] = " + labels[i]
                        + " starts a second block of class " + labels[i] + ": sort the rows "
                        + "(and columns) by class first, so that each class is one block.");
            }
        }
        this.groups = labels.clone();
        return this;
    }

    @Override
    public int defaultWidth() {
        return 820;
    }

    @Override
    public int defaultHeight() {
        return 760;
    }

    @Override
    void draw(Scene scene, Rect area) {
        Rect rest = drawTitle(scene, area);
        double[] range = colorRange();
        Colormap map = diverging ? Colormap.DIVERGING : Colormap.VIRIDIS;
        ColorBar bar = new ColorBar(map, range[0], range[1], "");
        Axes axes = new Axes(Axis.exact(0, columns, false, "", ticks(columns, groups != null
                && rows == columns)), Axis.exact(0, rows, true, "", ticks(rows, groups != null)));
        Rect plot = keepCellsSquare(axes.plotArea(rest.inset(12, 0, 12 + bar.width(), 10)));
        scene.image(raster(plot, map, range), plot);
        drawBoundaries(scene, plot);
        axes.drawFrame(scene, plot);
        bar.draw(scene, plot.right(), plot.y(), plot.bottom());
    }

    /** The largest rectangle of aspect columns:rows inside {@code plot}, at its top-left. */
    private Rect keepCellsSquare(Rect plot) {
        double cell = Math.min(plot.width() / columns, plot.height() / rows);
        return new Rect(plot.x(), plot.y(), Math.floor(cell * columns),
                Math.floor(cell * rows));
    }

    /** [low, high] of the colour map. */
    private double[] colorRange() {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        if (diverging) {
            double limit = Math.max(Math.max(-min, max), Double.MIN_NORMAL);
            return new double[] {-limit, limit};
        }
        return new double[] {min, max};
    }

    /**
     * The matrix coloured at no more than one entry per screen pixel: when it is larger,
     * each pixel gets the mean of the block of entries it covers.
     */
    private Scene.Raster raster(Rect plot, Colormap map, double[] range) {
        int height = Math.max(1, Math.min(rows, (int) plot.height()));
        int width = Math.max(1, Math.min(columns, (int) plot.width()));
        double span = range[1] - range[0];
        int[] argb = new int[width * height];
        for (int r = 0; r < height; r++) {
            int rowStart = (int) ((long) r * rows / height);
            int rowEnd = (int) ((long) (r + 1) * rows / height);
            for (int c = 0; c < width; c++) {
                int colStart = (int) ((long) c * columns / width);
                int colEnd = (int) ((long) (c + 1) * columns / width);
                double mean = blockMean(rowStart, rowEnd, colStart, colEnd);
                argb[r * width + c] = map.color(span > 0 ? (mean - range[0]) / span : 0.5);
            }
        }
        return new Scene.Raster(width, height, argb);
    }

    private double blockMean(int rowStart, int rowEnd, int colStart, int colEnd) {
        double sum = 0;
        for (int i = rowStart; i < rowEnd; i++) {
            for (int j = colStart; j < colEnd; j++) {
                sum += values[i * columns + j];
            }
        }
        return sum / ((rowEnd - rowStart) * (colEnd - colStart));
    }

    private void drawBoundaries(Scene scene, Rect plot) {
        if (groups == null) {
            return;
        }
        int color = diverging ? BOUNDARY_ON_DIVERGING : BOUNDARY_ON_VIRIDIS;
        for (int i = 1; i < rows; i++) {
            if (groups[i] != groups[i - 1]) {
                double y = Math.floor(plot.y() + (double) i / rows * plot.height());
                scene.fillRect(plot.x(), y, plot.width(), 1, color);
                if (rows == columns) {
                    double x = Math.floor(plot.x() + (double) i / columns * plot.width());
                    scene.fillRect(x, plot.y(), 1, plot.height(), color);
                }
            }
        }
    }

    /**
     * Ticks along an axis of {@code count} cells: the class of each block at its middle when
     * grouped, otherwise row or column indices at cell centres with a 1-2-5 step.
     */
    private List<Ticks.Tick> ticks(int count, boolean grouped) {
        List<Ticks.Tick> ticks = new ArrayList<>();
        if (grouped) {
            int start = 0;
            for (int i = 1; i <= count; i++) {
                if (i == count || groups[i] != groups[start]) {
                    ticks.add(new Ticks.Tick((start + i) / 2.0, Integer.toString(groups[start]),
                            null));
                    start = i;
                }
            }
            return ticks;
        }
        long step = Math.max(1, Math.round(Ticks.niceStep(count / (double) INDEX_TICKS)));
        for (long index = 0; index < count; index += step) {
            ticks.add(new Ticks.Tick(index + 0.5, Long.toString(index), null));
        }
        return ticks;
    }

    private static boolean appearsBefore(int[] labels, int label, int last) {
        for (int i = 0; i <= last; i++) {
            if (labels[i] == label) {
                return true;
            }
        }
        return false;
    }
}
