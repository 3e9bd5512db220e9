package org.spectrallab.entk;

import org.la4j.Matrix;
import org.spectrallab.numeric.DenseArrays;
import org.spectrallab.spectral.Eigenpairs;
import org.spectrallab.spectral.Eigensolver;

/**
 * Cumulative target power, C(k) = sum_(i &lt;= k) |phi_i^T Y|^2 / |Y|_F^2: the share of the
 * targets Y (N x C) that lies in the span of an operator's first k eigenvectors phi_i.
 * Bordelon, Canatar and Pehlevan, "Spectrum dependent learning curves in kernel regression
 * and wide neural networks" (ICML 2020): kernel regression learns the targets' components
 * along large-eigenvalue directions first, so a C(k) that rises fast means a kernel suited
 * to the task. C is non-decreasing and reaches 1 at k = N (the eigenvectors are a basis).
 */
public final class TargetPower {

    private TargetPower() {
    }

    /**
     * C(1..N) of a kernel, eigenvectors taken in descending order of eigenvalue.
     *
     * @param targets N x C, e.g. {@link KernelAlignment#oneHot} of the labels
     * @return C(k) at index k - 1
     */
    public static double[] cumulative(Matrix kernel, Matrix targets) {
        return cumulative(Eigensolver.largest(kernel, kernel.rows()), targets);
    }

    /**
     * C(1..count) over the given eigenpairs, in their order (descending for kernels from
     * {@link Eigensolver#largest}; ascending, smooth first, for Laplacians).
     *
     * @throws IllegalArgumentException when the targets' row count differs from the
     *     eigenvectors' length, or the targets are all zero
     */
    public static double[] cumulative(Eigenpairs eigenpairs, Matrix targets) {
        int n = eigenpairs.dimension();
        if (targets.rows() != n) {
            throw new IllegalArgumentException("the eigenvectors have " + n + " entries but "
                    + "there are " + targets.rows() + " target rows: give one target row per "
                    + "point, in the operator's order");
        }
        int columns = targets.columns();
        double[] y = DenseArrays.rowMajorFinite(targets, "the targets");
        double total = KernelAlignment.inner(y, y);
        if (total == 0) {
            throw new IllegalArgumentException("the targets are all zero, so their power "
                    + "has no share to measure: check the labels");
        }
        double[] c = new double[eigenpairs.count()];
        double cumulative = 0;
        for (int k = 0; k < c.length; k++) {
            double[] phi = eigenpairs.vectorArray(k);
            for (int t = 0; t < columns; t++) {
                double projection = 0;
                for (int i = 0; i < n; i++) {
                    projection += phi[i] * y[i * columns + t];
                }
                cumulative += projection * projection;
            }
            c[k] = cumulative / total;
        }
        return c;
    }
}
