package org.spectrallab.numeric;

import static org.bytedeco.openblas.global.openblas.LAPACK_ROW_MAJOR;
import static org.bytedeco.openblas.global.openblas.LAPACKE_dsyevd;
import static org.bytedeco.openblas.global.openblas.LAPACKE_dsyevr;

/**
 * Symmetric eigen-decompositions through LAPACKE in OpenBLAS (org.bytedeco:openblas).
 *
 * <p>{@code dsyevd} (divide and conquer) for all eigenpairs; {@code dsyevr} (relatively
 * robust representations, Dhillon and Parlett) for the eigenpairs with indices
 * {@code first..last} in ascending order. Both return eigenvalues ascending and
 * orthonormal eigenvectors as the columns of a row-major array.
 */
public final class Lapack {

    private Lapack() {
    }

    /** Eigenvalues (ascending) and eigenvectors (columns, row-major n x n) of a symmetric A. */
    public static RawEigenpairs allPairs(double[] symmetric, int n) {
        double[] a = symmetric.clone();
        double[] values = new double[n];
        int info = LAPACKE_dsyevd(LAPACK_ROW_MAJOR, (byte) 'V', (byte) 'U', n, a, n, values);
        check(info, "dsyevd", n);
        return new RawEigenpairs(values, a, n, n);
    }

    /**
     * Eigenpairs number {@code first..last} (0-based, inclusive) in ascending order of a
     * symmetric A.
     *
     * @return last - first + 1 eigenvalues (ascending) and eigenvectors (columns, row-major
     *     n x (last - first + 1))
     */
    public static RawEigenpairs pairsInRange(double[] symmetric, int n, int first, int last) {
        if (first < 0 || last >= n || first > last) {
            throw new IllegalArgumentException("eigenpair range " + first + ".." + last
                    + " is outside 0.." + (n - 1));
        }
        double[] a = symmetric.clone();
        int count = last - first + 1;
        double[] values = new double[n];
        double[] vectors = new double[Math.multiplyExact(n, count)];
        int[] found = new int[1];
        int[] support = new int[2 * Math.max(1, count)];
        int info = LAPACKE_dsyevr(LAPACK_ROW_MAJOR, (byte) 'V', (byte) 'I', (byte) 'U', n, a, n,
                0.0, 0.0, first + 1, last + 1, 0.0, found, values, vectors, count, support);
        check(info, "dsyevr", n);
        if (found[0] != count) {
            throw new IllegalStateException("LAPACK dsyevr returned " + found[0]
                    + " eigenpairs, expected " + count);
        }
        return new RawEigenpairs(java.util.Arrays.copyOf(values, count), vectors, n, count);
    }

    private static void check(int info, String routine, int n) {
        if (info < 0) {
            throw new IllegalStateException("LAPACK " + routine + " rejected argument " + (-info)
                    + " for n = " + n + " (a bug in Spectral Lab: please report it)");
        }
        if (info > 0) {
            throw new IllegalStateException("LAPACK " + routine + " did not converge (info = "
                    + info + ") for n = " + n + "; check the matrix for huge or non-finite values");
        }
    }
}
