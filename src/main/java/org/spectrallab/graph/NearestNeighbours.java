package org.spectrallab.graph;

import java.util.Arrays;
import org.la4j.Matrix;
import org.spectrallab.Log;
import org.spectrallab.numeric.Blas;
import org.spectrallab.numeric.DenseArrays;
import org.spectrallab.numeric.SquaredDistances;

/**
 * The exact k nearest neighbours of every point by Euclidean distance, the point itself
 * excluded, ties broken by the smaller index.
 *
 * <p>Distances are screened a band of rows at a time with BLAS (|x|^2 + |y|^2 - 2 x.y),
 * then every candidate within rounding of the k-th is measured again term by term, so the
 * final order and the squared distances returned are exact.
 *
 * @param k neighbours per point
 * @param neighbours row i lists point i's neighbours, nearest first: {@code [i * k + r]}
 * @param squaredDistances the matching squared distances, ascending within each row
 */
public record NearestNeighbours(int k, int[] neighbours, double[] squaredDistances) {

    private static final int BAND = 512;
    private static final int PROGRESS_FROM = 5000;

    /** The number of points. */
    public int size() {
        return neighbours.length / k;
    }

    /** Neighbour r (0 = nearest) of point i. */
    public int neighbour(int i, int r) {
        return neighbours[i * k + r];
    }

    /** The squared distance from point i to its neighbour r. */
    public double squaredDistance(int i, int r) {
        return squaredDistances[i * k + r];
    }

    /**
     * Finds the k nearest neighbours of every row of {@code points}.
     *
     * @throws IllegalArgumentException when k &lt; 1 or k &gt;= N, or the data hold NaN
     */
    public static NearestNeighbours of(Matrix points, int k) {
        int n = points.rows();
        int d = points.columns();
        requireValidK(k, n);
        double[] x = DenseArrays.rowMajorFinite(points, "the data");
        double[] norms = SquaredDistances.rowNorms(x, n, d);
        double maxNorm = Arrays.stream(norms).max().orElse(0);
        int[] neighbours = new int[n * k];
        double[] distances = new double[n * k];
        double[] dots = new double[Math.multiplyExact(Math.min(BAND, n), n)];
        try (Blas.RowBands bands = new Blas.RowBands(x, n, d, Math.min(BAND, n))) {
            for (int from = 0; from < n; from += BAND) {
                int to = Math.min(n, from + BAND);
                bands.band(from, to, dots);
                for (int i = from; i < to; i++) {
                    double tolerance = 1e-9 * (norms[i] + maxNorm) + 1e-300;
                    selectRow(x, d, norms, dots, (i - from) * n, i, k, tolerance, neighbours,
                            distances);
                }
                if (n >= PROGRESS_FROM) {
                    Log.note(String.format("  nearest neighbours: %d of %d points", to, n));
                }
            }
        }
        return new NearestNeighbours(k, neighbours, distances);
    }

    /** Checks 1 &lt;= k &lt; N with a message a student can act on. */
    static void requireValidK(int k, int n) {
        if (k < 1) {
            throw new IllegalArgumentException("k = " + k + " neighbours: k must be at least 1");
        }
        if (k >= n) {
            throw new IllegalArgumentException("k = " + k + " must be less than the number of "
                    + "points N = " + n + " (a point has at most N - 1 neighbours): choose k <= "
                    + (n - 1) + ", typically 5 to 20");
        }
    }

    private static void selectRow(double[] x, int d, double[] norms, double[] dots, int offset,
                                  int i, int k, double tolerance, int[] neighbours,
                                  double[] distances) {
        int n = norms.length;
        double[] screened = new double[n];
        for (int j = 0; j < n; j++) {
            screened[j] = j == i ? Double.POSITIVE_INFINITY
                    : norms[i] + norms[j] - 2 * dots[offset + j];
        }
        double threshold = kthSmallest(screened, k) + tolerance;
        int count = 0;
        for (int j = 0; j < n; j++) {
            if (screened[j] <= threshold) {
                count++;
            }
        }
        int[] candidates = new int[count];
        double[] exact = new double[count];
        int filled = 0;
        for (int j = 0; j < n; j++) {
            if (screened[j] <= threshold) {
                exact[filled] = SquaredDistances.exact(x, d, i, j);
                candidates[filled++] = j;
            }
        }
        Integer[] order = new Integer[count];
        Arrays.setAll(order, c -> c);
        Arrays.sort(order, (a, b) -> exact[a] != exact[b] ? Double.compare(exact[a], exact[b])
                : Integer.compare(candidates[a], candidates[b]));
        for (int r = 0; r < k; r++) {
            neighbours[i * k + r] = candidates[order[r]];
            distances[i * k + r] = exact[order[r]];
        }
    }

    /** The k-th smallest value (1-based) of an array, by a bounded max-heap. */
    private static double kthSmallest(double[] values, int k) {
        double[] heap = new double[k];
        int size = 0;
        for (double value : values) {
            if (size < k) {
                heap[size] = value;
                siftUp(heap, size++);
            } else if (value < heap[0]) {
                heap[0] = value;
                siftDown(heap, k);
            }
        }
        return heap[0];
    }

    private static void siftUp(double[] heap, int child) {
        while (child > 0) {
            int parent = (child - 1) / 2;
            if (heap[parent] >= heap[child]) {
                return;
            }
            swap(heap, parent, child);
            child = parent;
        }
    }

    private static void siftDown(double[] heap, int size) {
        int parent = 0;
        while (true) {
            int largest = parent;
            int left = 2 * parent + 1;
            int right = left + 1;
            if (left < size && heap[left] > heap[largest]) {
                largest = left;
            }
            if (right < size && heap[right] > heap[largest]) {
                largest = right;
            }
            if (largest == parent) {
                return;
            }
            swap(heap, parent, largest);
            parent = largest;
        }
    }

    private static void swap(double[] heap, int a, int b) {
        double t = heap[a];
        heap[a] = heap[b];
        heap[b] = t;
    }
}
