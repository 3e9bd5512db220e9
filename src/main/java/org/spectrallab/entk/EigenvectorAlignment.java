package org.spectrallab.entk;

import org.la4j.Matrix;
import org.spectrallab.numeric.DenseArrays;
import org.spectrallab.spectral.Eigenpairs;
import org.spectrallab.spectral.Eigensolver;

/**
 * The eigenvector alignment matrix of two operators on the same points,
 * A_jk = &lt;phi_j(K1), phi_k(K2)&gt;, j, k = 1..count: how the leading eigenvectors of one
 * map onto those of the other. A is orthogonal when count = N; entries near +-1 on the
 * diagonal mean matching eigenvectors. Signs follow {@link Eigenpairs}' convention, so
 * A_jk^2 (the share of phi_j(K1) along phi_k(K2)) is the sign-free reading.
 */
public final class EigenvectorAlignment {

    private EigenvectorAlignment() {
    }

    /** A for the {@code count} largest eigenpairs of two symmetric kernels. */
    public static Matrix of(Matrix first, Matrix second, int count) {
        return of(Eigensolver.largest(first, count), Eigensolver.largest(second, count));
    }

    /**
     * A (first.count() x second.count()) for given eigenpairs, in their order.
     *
     * @throws IllegalArgumentException when the eigenvectors differ in length
     */
    public static Matrix of(Eigenpairs first, Eigenpairs second) {
        if (first.dimension() != second.dimension()) {
            throw new IllegalArgumentException("eigenvectors of length " + first.dimension()
                    + " and " + second.dimension() + " cannot be compared: use operators on the"
                    + " same points");
        }
        int rows = first.count();
        int columns = second.count();
        double[][] others = new double[columns][];
        for (int k = 0; k < columns; k++) {
            others[k] = second.vectorArray(k);
        }
        double[] a = new double[rows * columns];
        for (int j = 0; j < rows; j++) {
            double[] phi = first.vectorArray(j);
            for (int k = 0; k < columns; k++) {
                a[j * columns + k] = KernelAlignment.inner(phi, others[k]);
            }
        }
        return DenseArrays.matrix(rows, columns, a);
    }
}
