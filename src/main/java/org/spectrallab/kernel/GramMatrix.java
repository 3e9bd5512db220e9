package org.spectrallab.kernel;

import org.la4j.Matrix;
import org.spectrallab.numeric.Blas;
import org.spectrallab.numeric.DenseArrays;
import org.spectrallab.numeric.SquaredDistances;

/**
 * Gram matrices K_ij = k(x_i, x_j) of the rows of a data matrix: what a kernel method
 * sees of the data. Each is symmetric and positive semi-definite.
 *
 * <ul>
 *   <li>linear: K = X X^T, K_ij = &lt;x_i, x_j&gt; (not centred; see {@link #centred})</li>
 *   <li>cosine: K_ij = &lt;x_i, x_j&gt; / (|x_i| |x_j|)</li>
 *   <li>RBF: K_ij = exp(-|x_i - x_j|^2 / eps), the convention of {@link Bandwidth}</li>
 * </ul>
 *
 * <p>The products go through BLAS; results are la4j dense matrices.
 */
public final class GramMatrix {

    private GramMatrix() {
    }

    /** The linear Gram matrix K = X X^T of the rows of X (N x d). */
    public static Matrix linear(Matrix points) {
        int n = points.rows();
        int d = points.columns();
        double[] x = DenseArrays.rowMajorFinite(points, "the data");
        return DenseArrays.matrix(n, n, Blas.rowGram(x, n, d));
    }

    /**
     * The cosine Gram matrix, K_ij = &lt;x_i, x_j&gt; / (|x_i| |x_j|), ones on the diagonal.
     *
     * @throws IllegalArgumentException when a row is all zeros (its angle is undefined)
     */
    public static Matrix cosine(Matrix points) {
        int n = points.rows();
        int d = points.columns();
        double[] x = DenseArrays.rowMajorFinite(points, "the data");
        double[] k = Blas.rowGram(x, n, d);
        double[] norms = new double[n];
        for (int i = 0; i < n; i++) {
            norms[i] = Math.sqrt(k[i * n + i]);
            if (norms[i] == 0) {
                throw new IllegalArgumentException("row " + i + " is all zeros, so its cosine "
                        + "similarity is undefined: drop it or use the linear kernel");
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                k[i * n + j] /= norms[i] * norms[j];
            }
        }
        return DenseArrays.matrix(n, n, k);
    }

    /** The RBF Gram matrix K_ij = exp(-|x_i - x_j|^2 / eps); see {@link Bandwidth}. */
    public static Matrix rbf(Matrix points, double eps) {
        Bandwidth.require(eps);
        int n = points.rows();
        double[] k = SquaredDistances.pairwise(
                DenseArrays.rowMajorFinite(points, "the data"), n, points.columns());
        for (int p = 0; p < k.length; p++) {
            k[p] = Math.exp(-k[p] / eps);
        }
        return DenseArrays.matrix(n, n, k);
    }

    /** The RBF Gram matrix with eps from {@link Bandwidth#medianHeuristic}. */
    public static Matrix rbf(Matrix points) {
        return rbf(points, Bandwidth.medianHeuristic(points));
    }

    /**
     * The centred Gram matrix H K H with H = I - 1 1^T / N: the Gram matrix of the points
     * after subtracting their mean in feature space. (H K H)_ij = K_ij - r_i - r_j + m with
     * r the row means and m the grand mean.
     */
    public static Matrix centred(Matrix kernel) {
        int n = kernel.rows();
        double[] k = DenseArrays.rowMajorSymmetric(kernel, "the kernel matrix");
        double[] rowMeans = new double[n];
        double grandMean = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                rowMeans[i] += k[i * n + j];
            }
            grandMean += rowMeans[i];
            rowMeans[i] /= n;
        }
        grandMean /= (double) n * n;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                k[i * n + j] += grandMean - rowMeans[i] - rowMeans[j];
            }
        }
        return DenseArrays.matrix(n, n, k);
    }
}
