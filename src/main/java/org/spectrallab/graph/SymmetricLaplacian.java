package org.spectrallab.graph;

import org.la4j.matrix.sparse.CRSMatrix;
import org.spectrallab.numeric.SparseRows;

/**
 * The symmetric normalised Laplacian L_sym = I - D^-1/2 W D^-1/2 (Chung, Spectral Graph
 * Theory, 1997; von Luxburg 2007, section 3.2).
 *
 * <p>L_sym is symmetric positive semi-definite with eigenvalues in [0, 2]; 0 has
 * multiplicity equal to the number of connected components, eigenvector D^1/2 1 on each.
 * It shares its eigenvalues with the random-walk Laplacian ({@link RandomWalkLaplacian}).
 */
public final class SymmetricLaplacian {

    private SymmetricLaplacian() {
    }

    /**
     * L_sym of the graph, as an la4j sparse matrix.
     *
     * @throws IllegalArgumentException when a node has no edges (degree 0)
     */
    public static CRSMatrix of(Graph graph) {
        return rows(graph).toMatrix();
    }

    /** L_sym in CSR form, for the numeric kernel. */
    public static SparseRows rows(Graph graph) {
        graph.requireNoIsolatedNodes("the symmetric Laplacian");
        double[] scale = LaplacianRows.powers(graph.degreeArray(), -0.5);
        return LaplacianRows.assemble(graph.weightRows(), LaplacianRows.ones(graph.size()),
                scale, scale);
    }
}
