package org.spectrallab.data;

import java.util.Arrays;
import org.la4j.Matrix;
import org.la4j.matrix.dense.Basic1DMatrix;

/**
 * The points a lab works on: N images, one per row of an N x d matrix, with their labels
 * and their indices in the dataset they came from.
 *
 * <p>Pixels are scaled to [0, 1] as value / 255 and images flattened row by row
 * (d = 784 for 28 x 28). {@link #centred()} subtracts the mean image.
 */
public final class Subset {

    private final Dataset dataset;
    private final Split split;
    private final int[] indices;
    private final int[] labels;
    private final Basic1DMatrix points;
    private final int width;
    private final int height;
    private final boolean centred;

    Subset(Dataset dataset, Split split, int[] indices, int[] labels, double[] rowMajor,
           int width, int height, boolean centred) {
        this.dataset = dataset;
        this.split = split;
        this.indices = indices;
        this.labels = labels;
        this.points = new Basic1DMatrix(indices.length, width * height, rowMajor);
        this.width = width;
        this.height = height;
        this.centred = centred;
    }

    /**
     * A subset made from given rows, e.g. synthetic points; indices are 0..N-1.
     *
     * @param rows one point per row, all of the same length, all finite
     * @param labels one label per row
     * @throws IllegalArgumentException on ragged rows, a label count that differs, or NaN
     */
    public static Subset ofRows(double[][] rows, int[] labels) {
        if (rows.length == 0) {
            throw new IllegalArgumentException("no rows given: a subset needs at least one point");
        }
        if (labels.length != rows.length) {
            throw new IllegalArgumentException(rows.length + " rows but " + labels.length
                    + " labels: give one label per row");
        }
        int d = rows[0].length;
        double[] data = new double[rows.length * d];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != d) {
                throw new IllegalArgumentException("row " + i + " has " + rows[i].length
                        + " values but row 0 has " + d + ": all rows must have the same length");
            }
            System.arraycopy(rows[i], 0, data, i * d, d);
        }
        requireFinite(data, d);
        int[] indices = new int[rows.length];
        Arrays.setAll(indices, i -> i);
        return new Subset(null, null, indices, labels.clone(), data, d, 1, false);
    }

    /**
     * Checks that every value is finite.
     *
     * @throws IllegalArgumentException naming the first row and column holding NaN or
     *     infinity
     */
    static void requireFinite(double[] rowMajor, int columns) {
        for (int p = 0; p < rowMajor.length; p++) {
            if (!Double.isFinite(rowMajor[p])) {
                throw new IllegalArgumentException("the data hold " + rowMajor[p] + " at row "
                        + (p / columns) + ", column " + (p % columns)
                        + ": remove or impute non-finite values before building kernels");
            }
        }
    }

    /** The number of points N. */
    public int size() {
        return indices.length;
    }

    /** The dimension d of each point (784 for MNIST). */
    public int dimension() {
        return points.columns();
    }

    /** The N x d matrix of points, one per row. Shared: copy it before changing it. */
    public Matrix points() {
        return points;
    }

    /** Point {@code i} as a fresh array of d values. */
    public double[] point(int i) {
        double[] row = new double[dimension()];
        for (int j = 0; j < row.length; j++) {
            row[j] = points.get(i, j);
        }
        return row;
    }

    /** The label of each point. */
    public int[] labels() {
        return labels.clone();
    }

    /** Where each point sits in its dataset's split (0-based). */
    public int[] indices() {
        return indices.clone();
    }

    /** The dataset the points come from, or null for synthetic points. */
    public Dataset dataset() {
        return dataset;
    }

    /** The split the points come from, or null for synthetic points. */
    public Split split() {
        return split;
    }

    /** Image width in pixels. */
    public int width() {
        return width;
    }

    /** Image height in pixels. */
    public int height() {
        return height;
    }

    /** Whether the mean image has been subtracted. */
    public boolean isCentred() {
        return centred;
    }

    /** How many points carry each label 0..9. */
    public int[] classCounts() {
        int[] counts = new int[10];
        for (int label : labels) {
            counts[label]++;
        }
        return counts;
    }

    /** The mean of the points, a vector of d values. */
    public double[] mean() {
        int n = size();
        int d = dimension();
        double[] mean = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                mean[j] += points.get(i, j);
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= n;
        }
        return mean;
    }

    /** The mean of the points with label {@code label}, a vector of d values. */
    public double[] classMean(int label) {
        int d = dimension();
        double[] mean = new double[d];
        int count = 0;
        for (int i = 0; i < size(); i++) {
            if (labels[i] == label) {
                count++;
                for (int j = 0; j < d; j++) {
                    mean[j] += points.get(i, j);
                }
            }
        }
        if (count == 0) {
            throw new IllegalArgumentException("no point has label " + label);
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= count;
        }
        return mean;
    }

    /** The same points with the mean image subtracted from each (x_i - mean). */
    public Subset centred() {
        int n = size();
        int d = dimension();
        double[] mean = mean();
        double[] data = new double[n * d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                data[i * d + j] = points.get(i, j) - mean[j];
            }
        }
        return new Subset(dataset, split, indices, labels, data, width, height, true);
    }

    /** A one-line description, e.g. "200 MNIST test images (20 per class)". */
    public String describe() {
        String source = dataset == null ? "synthetic points" : dataset.displayName() + " "
                + split.name().toLowerCase(java.util.Locale.ROOT) + " images";
        int[] counts = classCounts();
        int min = Arrays.stream(counts).filter(c -> c > 0).min().orElse(0);
        int max = Arrays.stream(counts).max().orElse(0);
        String perClass = min == max ? " (" + min + " per class)" : "";
        return size() + " " + source + perClass + (centred ? ", centred" : "");
    }

    @Override
    public String toString() {
        return describe();
    }
}
