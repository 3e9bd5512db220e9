package org.spectrallab.graph;

import org.la4j.matrix.sparse.CRSMatrix;
import org.spectrallab.numeric.SparseRows;

/**
 * The unnormalised (combinatorial) graph Laplacian L = D - W, with D the diagonal matrix
 * of degrees (von Luxburg, A tutorial on spectral clustering, 2007, section 3.1).
 *
 * <p>L is symmetric and positive semi-definite: x^T L x = 1/2 sum_ij W_ij (x_i - x_j)^2.
 * Its eigenvalues lie in [0, 2 max_i d_i]; 0 has multiplicity equal to the number of
 * connected components, with the components' indicator vectors as eigenvectors.
 */
public final class UnnormalizedLaplacian {

    private UnnormalizedLaplacian() {
    }

    /** L = D - W of the graph, as an la4j sparse matrix. */
    public static CRSMatrix of(Graph graph) {
        return rows(graph).toMatrix();
    }

    /** L = D - W in CSR form, for the numeric kernel. */
    public static SparseRows rows(Graph graph) {
        double[] ones = LaplacianRows.ones(graph.size());
        return LaplacianRows.assemble(graph.weightRows(), graph.degreeArray(), ones, ones);
    }
}
