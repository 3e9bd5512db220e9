package org.spectrallab.spectral;

import org.la4j.Matrix;
import org.la4j.matrix.SparseMatrix;
import org.spectrallab.numeric.Arpack;
import org.spectrallab.numeric.DenseArrays;
import org.spectrallab.numeric.DenseSymmetricOperator;
import org.spectrallab.numeric.Lapack;
import org.spectrallab.numeric.RawEigenpairs;
import org.spectrallab.numeric.SparseRows;

/**
 * Eigenpairs of symmetric matrices: all of them, or a few at either end of the spectrum.
 *
 * <p>Dense matrices go to LAPACK (dsyevd for all pairs, dsyevr for a range), except a few
 * of the largest pairs of one larger than {@value #DENSE_LANCZOS_FROM}. Sparse matrices
 * (la4j {@link SparseMatrix} or {@link SparseRows}, e.g. a kNN Laplacian) larger than
 * {@value #DENSE_LIMIT} with fewer than a third of their eigenpairs wanted go to ARPACK's
 * Lanczos iteration, which only multiplies by the matrix. la4j's own EIGEN decompositor is
 * never used: it returns wrong eigenvalues (docs/PERFORMANCE.md).
 *
 * <p>Results follow the sign convention of {@link Eigenpairs}.
 */
public final class Eigensolver {

    /**
     * Sparse matrices up to this size are solved densely: below it LAPACK's full reduction
     * costs less than ARPACK's start-up (measured in docs/PERFORMANCE.md).
     */
    public static final int DENSE_LIMIT = 500;

    /**
     * Dense matrices larger than this go to ARPACK with BLAS products when a few of their
     * largest eigenpairs are wanted (a kernel's top, well separated); their smallest, often
     * clustered near 0, always go to LAPACK.
     */
    public static final int DENSE_LANCZOS_FROM = 1500;

    private Eigensolver() {
    }

    /** All eigenpairs of a symmetric matrix, eigenvalues ascending. */
    public static Eigenpairs all(Matrix symmetric) {
        double[] a = DenseArrays.rowMajorSymmetric(symmetric, "the matrix");
        RawEigenpairs raw = Lapack.allPairs(a, symmetric.rows());
        return Eigenpairs.of(raw, Eigenpairs.Order.ASCENDING);
    }

    /** The {@code count} smallest eigenpairs of a symmetric matrix, eigenvalues ascending. */
    public static Eigenpairs smallest(Matrix symmetric, int count) {
        return atEnd(symmetric, count, Arpack.End.SMALLEST);
    }

    /** The {@code count} largest eigenpairs of a symmetric matrix, eigenvalues descending. */
    public static Eigenpairs largest(Matrix symmetric, int count) {
        return atEnd(symmetric, count, Arpack.End.LARGEST);
    }

    /**
     * The {@code count} eigenpairs at one end of a sparse symmetric operator by ARPACK,
     * whatever its size (for benchmarks and operators built directly in CSR form).
     */
    public static Eigenpairs lanczos(SparseRows symmetric, int count, Arpack.End end) {
        checkCount(symmetric.rows(), count);
        RawEigenpairs raw = Arpack.solve(symmetric.rows(), symmetric::multiply, count, end, 0.0);
        return Eigenpairs.of(raw, orderOf(end));
    }

    /**
     * The {@code count} eigenpairs at one end of a dense symmetric matrix (row-major n x n)
     * by ARPACK with BLAS products: for a few pairs of a large dense matrix (a kernel on
     * thousands of points) far cheaper than LAPACK's full reduction to tridiagonal form.
     */
    public static Eigenpairs lanczos(double[] denseSymmetric, int n, int count,
                                     Arpack.End end) {
        checkCount(n, count);
        try (DenseSymmetricOperator operator = new DenseSymmetricOperator(denseSymmetric, n)) {
            RawEigenpairs raw = Arpack.solve(n, operator, count, end, 0.0);
            return Eigenpairs.of(raw, orderOf(end));
        }
    }

    private static Eigenpairs atEnd(Matrix symmetric, int count, Arpack.End end) {
        int n = symmetric.rows();
        if (n != symmetric.columns()) {
            throw new IllegalArgumentException("the matrix is " + n + " x " + symmetric.columns()
                    + ": eigenpairs need a square matrix");
        }
        checkCount(n, count);
        if (symmetric instanceof SparseMatrix) {
            return atEnd(SparseRows.of(symmetric), count, end);
        }
        double[] a = DenseArrays.rowMajorSymmetric(symmetric, "the matrix");
        return end == Arpack.End.LARGEST ? largest(a, n, count) : inRange(a, n, count, end);
    }

    /**
     * The {@code count} largest eigenpairs of a dense symmetric matrix held as a row-major
     * array (the caller vouches for its symmetry), by the rule above.
     */
    public static Eigenpairs largest(double[] rowMajorSymmetric, int n, int count) {
        checkCount(n, count);
        if (n > DENSE_LANCZOS_FROM && 3 * count < n) {
            return lanczos(rowMajorSymmetric, n, count, Arpack.End.LARGEST);
        }
        return inRange(rowMajorSymmetric, n, count, Arpack.End.LARGEST);
    }

    /** The {@code count} smallest eigenpairs of a sparse symmetric matrix in CSR form. */
    public static Eigenpairs smallest(SparseRows symmetric, int count) {
        return atEnd(symmetric, count, Arpack.End.SMALLEST);
    }

    /** The {@code count} largest eigenpairs of a sparse symmetric matrix in CSR form. */
    public static Eigenpairs largest(SparseRows symmetric, int count) {
        return atEnd(symmetric, count, Arpack.End.LARGEST);
    }

    private static Eigenpairs atEnd(SparseRows symmetric, int count, Arpack.End end) {
        symmetric.requireSymmetric("the sparse matrix");
        int n = symmetric.rows();
        checkCount(n, count);
        if (n > DENSE_LIMIT && 3 * count < n) {
            return lanczos(symmetric, count, end);
        }
        return inRange(symmetric.toRowMajor(), n, count, end);
    }

    private static Eigenpairs inRange(double[] a, int n, int count, Arpack.End end) {
        RawEigenpairs raw = end == Arpack.End.SMALLEST
                ? Lapack.pairsInRange(a, n, 0, count - 1)
                : Lapack.pairsInRange(a, n, n - count, n - 1);
        return Eigenpairs.of(raw, orderOf(end));
    }

    private static Eigenpairs.Order orderOf(Arpack.End end) {
        return end == Arpack.End.SMALLEST ? Eigenpairs.Order.ASCENDING
                : Eigenpairs.Order.DESCENDING;
    }

    private static void checkCount(int n, int count) {
        if (count < 1 || count > n) {
            throw new IllegalArgumentException("asked for " + count + " eigenpairs of a " + n
                    + " x " + n + " matrix: ask for between 1 and " + n);
        }
    }
}
