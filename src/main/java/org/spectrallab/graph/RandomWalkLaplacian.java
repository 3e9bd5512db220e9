package org.spectrallab.graph;

import org.la4j.matrix.sparse.CRSMatrix;
import org.spectrallab.numeric.MemoryGuard;
import org.spectrallab.numeric.RawEigenpairs;
import org.spectrallab.numeric.SparseRows;
import org.spectrallab.spectral.Eigenpairs;
import org.spectrallab.spectral.Eigensolver;

/**
 * The random-walk Laplacian L_rw = I - D^-1 W = I - P, with P the transition matrix of the
 * random walk that steps from i to j with probability W_ij / d_i (von Luxburg 2007,
 * section 3.2; Shi and Malik 2000).
 *
 * <p>L_rw is not symmetric, but it is similar to the symmetric Laplacian:
 * L_rw = D^-1/2 L_sym D^1/2. So both have the same real eigenvalues, and if L_sym u = l u
 * then L_rw (D^-1/2 u) = l (D^-1/2 u). {@link #eigenpairs} uses exactly this, so the
 * eigenpairs are real, sorted, and computed by a symmetric solver.
 */
public final class RandomWalkLaplacian {

    private RandomWalkLaplacian() {
    }

    /**
     * L_rw of the graph, as an la4j sparse matrix (not symmetric).
     *
     * @throws IllegalArgumentException when a node has no edges (degree 0)
     */
    public static CRSMatrix of(Graph graph) {
        graph.requireNoIsolatedNodes("the random-walk Laplacian");
        double[] inverseDegrees = LaplacianRows.powers(graph.degreeArray(), -1.0);
        double[] ones = LaplacianRows.ones(graph.size());
        SparseRows rows = LaplacianRows.assemble(graph.weightRows(), ones, inverseDegrees, ones);
        return rows.toMatrix();
    }

    /**
     * The {@code count} smallest eigenpairs of L_rw, eigenvalues ascending.
     *
     * <p>Eigenvector j is psi_j = D^-1/2 u_j / |D^-1/2 u_j| with u_j the eigenvector of L_sym,
     * rescaled to unit length and signed by the convention of {@link Eigenpairs} (unnormalised,
     * the psi_j are D-orthonormal: psi_j^T D psi_k = delta_jk).
     */
    public static Eigenpairs eigenpairs(Graph graph, int count) {
        Eigenpairs symmetric = Eigensolver.smallest(SymmetricLaplacian.rows(graph), count);
        double[] scale = LaplacianRows.powers(graph.degreeArray(), -0.5);
        int n = graph.size();
        double[] vectors = MemoryGuard.doubles(n, count, "the eigenvectors of L_rw");
        for (int j = 0; j < count; j++) {
            double[] u = symmetric.vectorArray(j);
            double norm = 0;
            for (int i = 0; i < n; i++) {
                norm += u[i] * scale[i] * u[i] * scale[i];
            }
            norm = Math.sqrt(norm);
            for (int i = 0; i < n; i++) {
                vectors[i * count + j] = u[i] * scale[i] / norm;
            }
        }
        return Eigenpairs.of(new RawEigenpairs(symmetric.values(), vectors, n, count),
                Eigenpairs.Order.ASCENDING);
    }
}
