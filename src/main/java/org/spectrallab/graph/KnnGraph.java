package org.spectrallab.graph;

import java.util.Arrays;
import java.util.Locale;
import org.la4j.Matrix;
import org.spectrallab.numeric.SparseRows;

/**
 * Builds the k-nearest-neighbour graph of a set of points: the graph whose Laplacian
 * approximates the Laplace-Beltrami operator of the manifold the points lie on (Belkin and
 * Niyogi 2003).
 *
 * <pre>
 *   Graph g = KnnGraph.of(points).k(10).build();                      // the defaults
 *   Graph m = KnnGraph.of(points).k(10).symmetrisation(Symmetrisation.MUTUAL)
 *                     .weights(EdgeWeights.binary()).build();
 * </pre>
 *
 * <p>Defaults: k = 10, {@link Symmetrisation#UNION}, {@link EdgeWeights#gaussian()}.
 * Neighbours are exact ({@link NearestNeighbours}). A disconnected result prints one
 * warning line with the component sizes.
 */
public final class KnnGraph {

    private final Matrix points;
    private int k = 10;
    private Symmetrisation symmetrisation = Symmetrisation.UNION;
    private EdgeWeights weights = EdgeWeights.gaussian();

    private KnnGraph(Matrix points) {
        this.points = points;
    }

    /** Starts a kNN graph on the rows of {@code points}. */
    public static KnnGraph of(Matrix points) {
        return new KnnGraph(points);
    }

    /** Neighbours per point, 1 &lt;= k &lt; N. */
    public KnnGraph k(int neighbours) {
        NearestNeighbours.requireValidK(neighbours, points.rows());
        this.k = neighbours;
        return this;
    }

    /** How one-way neighbour relations become edges. */
    public KnnGraph symmetrisation(Symmetrisation rule) {
        this.symmetrisation = rule;
        return this;
    }

    /** The edge weights. */
    public KnnGraph weights(EdgeWeights rule) {
        this.weights = rule;
        return this;
    }

    /** Finds the neighbours and builds the graph. */
    public Graph build() {
        return fromNeighbours(NearestNeighbours.of(points, k), symmetrisation, weights);
    }

    /** Builds the graph from neighbours already found (to try several rules on one search). */
    public static Graph fromNeighbours(NearestNeighbours neighbours, Symmetrisation rule,
                                       EdgeWeights weights) {
        double eps = weights.bandwidthFor(neighbours);
        SparseRows directed = directedWeights(neighbours, weights, eps);
        SparseRows symmetric = symmetrise(directed, rule);
        String description = String.format(Locale.ROOT, "kNN graph (k = %d, %s, %s) on %d points",
                neighbours.k(), rule.name().toLowerCase(Locale.ROOT),
                weights.isGaussian() ? String.format(Locale.ROOT, "gaussian eps = %.4g", eps)
                        : "binary", neighbours.size());
        return new Graph(symmetric, description, eps).warnIfDisconnected("increase k (now "
                + neighbours.k() + ") to connect it"
                + (rule == Symmetrisation.MUTUAL ? " or use union symmetrisation" : ""));
    }

    private static SparseRows directedWeights(NearestNeighbours neighbours, EdgeWeights weights,
                                              double eps) {
        int n = neighbours.size();
        int k = neighbours.k();
        int[] pointers = new int[n + 1];
        int[] columns = new int[n * k];
        double[] values = new double[n * k];
        for (int i = 0; i < n; i++) {
            Integer[] order = new Integer[k];
            Arrays.setAll(order, r -> r);
            final int row = i;
            Arrays.sort(order, (a, b) -> Integer.compare(neighbours.neighbour(row, a),
                    neighbours.neighbour(row, b)));
            for (int r = 0; r < k; r++) {
                columns[i * k + r] = neighbours.neighbour(i, order[r]);
                values[i * k + r] = weights.weight(neighbours.squaredDistance(i, order[r]), eps);
            }
            pointers[i + 1] = (i + 1) * k;
        }
        return new SparseRows(n, n, pointers, columns, values);
    }

    /** W from the directed weights A by the rule; rows merged in column order. */
    private static SparseRows symmetrise(SparseRows a, Symmetrisation rule) {
        SparseRows transposed = transpose(a);
        int n = a.rows();
        int[] pointers = new int[n + 1];
        int[] columns = new int[a.nonZeros() * 2];
        double[] values = new double[a.nonZeros() * 2];
        int filled = 0;
        for (int i = 0; i < n; i++) {
            int p = a.rowPointers()[i];
            int q = transposed.rowPointers()[i];
            int pEnd = a.rowPointers()[i + 1];
            int qEnd = transposed.rowPointers()[i + 1];
            while (p < pEnd || q < qEnd) {
                int cp = p < pEnd ? a.columns()[p] : Integer.MAX_VALUE;
                int cq = q < qEnd ? transposed.columns()[q] : Integer.MAX_VALUE;
                int column = Math.min(cp, cq);
                double forward = cp == column ? a.values()[p++] : 0.0;
                double backward = cq == column ? transposed.values()[q++] : 0.0;
                double w = combine(forward, backward, rule);
                if (w > 0) {
                    columns[filled] = column;
                    values[filled++] = w;
                }
            }
            pointers[i + 1] = filled;
        }
        return new SparseRows(n, n, pointers, Arrays.copyOf(columns, filled),
                Arrays.copyOf(values, filled));
    }

    private static double combine(double forward, double backward, Symmetrisation rule) {
        switch (rule) {
            case UNION:
                return Math.max(forward, backward);
            case MUTUAL:
                return Math.min(forward, backward);
            default:
                return (forward + backward) / 2;
        }
    }

    private static SparseRows transpose(SparseRows a) {
        int n = a.rows();
        int[] pointers = new int[n + 1];
        for (int p = 0; p < a.nonZeros(); p++) {
            pointers[a.columns()[p] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            pointers[i + 1] += pointers[i];
        }
        int[] next = Arrays.copyOf(pointers, n);
        int[] columns = new int[a.nonZeros()];
        double[] values = new double[a.nonZeros()];
        for (int i = 0; i < n; i++) {
            for (int p = a.rowPointers()[i]; p < a.rowPointers()[i + 1]; p++) {
                int slot = next[a.columns()[p]]++;
                columns[slot] = i;
                values[slot] = a.values()[p];
            }
        }
        return new SparseRows(n, n, pointers, columns, values);
    }
}
