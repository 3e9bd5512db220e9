package org.spectrallab.graph;

import org.la4j.Matrix;
import org.la4j.Vector;
import org.la4j.matrix.sparse.CRSMatrix;
import org.spectrallab.Log;
import org.spectrallab.numeric.DenseArrays;
import org.spectrallab.numeric.SparseRows;

/**
 * A weighted undirected graph on N nodes: a symmetric, non-negative weight matrix W with
 * zero diagonal, and the degrees d_i = sum_j W_ij.
 *
 * <p>Made by {@link KnnGraph} from data, or by {@link #fromWeights} from any weight matrix
 * (a ring, a complete graph, two blocks). Its Laplacians are built by
 * {@link UnnormalizedLaplacian}, {@link SymmetricLaplacian} and {@link RandomWalkLaplacian}.
 */
public final class Graph {

    private final SparseRows weights;
    private final double[] degrees;
    private final ConnectedComponents components;
    private final String description;
    /** The eps of Gaussian edge weights exp(-d^2 / eps), or NaN for other weights. */
    private final double bandwidth;

    Graph(SparseRows weights, String description) {
        this(weights, description, Double.NaN);
    }

    Graph(SparseRows weights, String description, double bandwidth) {
        this.weights = weights;
        this.description = description;
        this.bandwidth = bandwidth;
        this.degrees = rowSums(weights);
        this.components = ConnectedComponents.of(weights);
    }

    /**
     * A graph from its weight matrix (dense or sparse).
     *
     * @throws IllegalArgumentException when W is not square, not symmetric, has a negative or
     *     non-finite weight, or a self-loop
     */
    public static Graph fromWeights(Matrix weights) {
        SparseRows rows = SparseRows.of(weights);
        rows.requireSymmetric("the weight matrix");
        requireValidWeights(rows);
        return new Graph(rows, "graph on " + rows.rows() + " nodes");
    }

    /**
     * The disjoint union of graphs: their weight matrices placed as blocks on the diagonal,
     * no edges between them. Node numbering follows the parts in order.
     */
    public static Graph disjointUnion(Graph... parts) {
        int n = 0;
        int nonZeros = 0;
        for (Graph part : parts) {
            n += part.size();
            nonZeros += part.weights.nonZeros();
        }
        int[] pointers = new int[n + 1];
        int[] columns = new int[nonZeros];
        double[] values = new double[nonZeros];
        int row = 0;
        int offset = 0;
        for (Graph part : parts) {
            SparseRows w = part.weights;
            for (int i = 0; i < part.size(); i++) {
                int filled = pointers[row];
                for (int p = w.rowPointers()[i]; p < w.rowPointers()[i + 1]; p++) {
                    columns[filled] = w.columns()[p] + offset;
                    values[filled++] = w.values()[p];
                }
                pointers[++row] = filled;
            }
            offset += part.size();
        }
        return new Graph(new SparseRows(n, n, pointers, columns, values),
                "disjoint union of " + parts.length + " graphs on " + n + " nodes");
    }

    private static void requireValidWeights(SparseRows rows) {
        for (int i = 0; i < rows.rows(); i++) {
            for (int p = rows.rowPointers()[i]; p < rows.rowPointers()[i + 1]; p++) {
                int j = rows.columns()[p];
                double w = rows.values()[p];
                if (!(w >= 0) || Double.isInfinite(w)) {
                    throw new IllegalArgumentException("weight (" + i + ", " + j + ") = " + w
                            + ": graph weights must be finite and >= 0");
                }
                if (i == j) {
                    throw new IllegalArgumentException("node " + i + " has a self-loop of weight "
                            + w + ": set the diagonal of the weight matrix to 0");
                }
            }
        }
    }

    private static double[] rowSums(SparseRows weights) {
        double[] sums = new double[weights.rows()];
        for (int i = 0; i < sums.length; i++) {
            for (int p = weights.rowPointers()[i]; p < weights.rowPointers()[i + 1]; p++) {
                sums[i] += weights.values()[p];
            }
        }
        return sums;
    }

    /** Prints one warning line when the graph is disconnected; returns this graph. */
    Graph warnIfDisconnected(String advice) {
        if (!components.isConnected()) {
            Log.warn(description + " is disconnected: " + components + ". Eigenvalue 0 of "
                    + "its Laplacians has multiplicity " + components.count() + " and "
                    + "eigenmaps split along components; " + advice);
        }
        return this;
    }

    /** The number of nodes N. */
    public int size() {
        return degrees.length;
    }

    /** The number of undirected edges (pairs i &lt; j with W_ij &gt; 0). */
    public int edgeCount() {
        return weights.nonZeros() / 2;
    }

    /** The weight matrix W as an la4j sparse matrix (shared: do not modify). */
    public CRSMatrix weights() {
        return weights.toMatrix();
    }

    /** The weight matrix in CSR form, for the numeric kernel. */
    public SparseRows weightRows() {
        return weights;
    }

    /** The degrees d_i = sum_j W_ij as a vector. */
    public Vector degrees() {
        return DenseArrays.vector(degrees.clone());
    }

    /** The degrees as a fresh array. */
    public double[] degreeArray() {
        return degrees.clone();
    }

    /** The connected components. */
    public ConnectedComponents components() {
        return components;
    }

    /** Whether every node can reach every other. */
    public boolean isConnected() {
        return components.isConnected();
    }

    /**
     * The eps of this graph's Gaussian edge weights w = exp(-d^2 / eps) (see
     * {@link EdgeWeights}), given or chosen by the k-th neighbour rule; NaN when the weights
     * are not Gaussian (binary, or a graph built from a weight matrix).
     */
    public double bandwidth() {
        return bandwidth;
    }

    /** What this graph is, e.g. "kNN graph (k = 10, union, gaussian eps = 65.4) on 200 points". */
    public String describe() {
        return description;
    }

    /**
     * Checks that every node has an edge, as the normalised Laplacians divide by degrees.
     *
     * @throws IllegalArgumentException naming the first isolated node
     */
    void requireNoIsolatedNodes(String operator) {
        for (int i = 0; i < degrees.length; i++) {
            if (degrees[i] <= 0) {
                throw new IllegalArgumentException("node " + i + " has degree 0 (no edges), so "
                        + operator + " (which divides by the degree) is undefined: remove "
                        + "isolated nodes, connect them, or use the unnormalised Laplacian");
            }
        }
    }

    @Override
    public String toString() {
        return describe() + ", " + edgeCount() + " edges, " + components;
    }
}
