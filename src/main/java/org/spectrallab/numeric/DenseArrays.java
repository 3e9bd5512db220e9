package org.spectrallab.numeric;

import org.la4j.Matrix;
import org.la4j.Vector;
import org.la4j.matrix.SparseMatrix;
import org.la4j.matrix.dense.Basic1DMatrix;
import org.la4j.vector.dense.BasicVector;

/**
 * Moves numbers between la4j's types, which users see, and plain row-major
 * {@code double[]} arrays, which BLAS, LAPACK and ARPACK work on.
 *
 * <p>Row-major: entry (i, j) of an r x c matrix is {@code a[i * c + j]}.
 */
public final class DenseArrays {

    private DenseArrays() {
    }

    /** A fresh row-major copy of any la4j matrix (dense or sparse). */
    public static double[] rowMajor(Matrix m) {
        int rows = m.rows();
        int columns = m.columns();
        double[] a = MemoryGuard.doubles(rows, columns, "a dense copy of the matrix");
        if (m instanceof SparseMatrix) {
            ((SparseMatrix) m).eachNonZero((i, j, value) -> a[i * columns + j] = value);
            return a;
        }
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                a[i * columns + j] = m.get(i, j);
            }
        }
        return a;
    }

    /**
     * A fresh row-major copy of a data matrix whose entries must all be finite.
     *
     * @param name how the error message calls the matrix, e.g. "the data"
     * @throws IllegalArgumentException naming the first row and column holding NaN or
     *     infinity
     */
    public static double[] rowMajorFinite(Matrix m, String name) {
        double[] a = rowMajor(m);
        int columns = m.columns();
        for (int p = 0; p < a.length; p++) {
            if (!Double.isFinite(a[p])) {
                throw new IllegalArgumentException(name + " hold " + a[p] + " at row "
                        + (p / columns) + ", column " + (p % columns)
                        + ": remove or impute non-finite values first");
            }
        }
        return a;
    }

    /** An la4j dense matrix over the given row-major array, without copying it. */
    public static Matrix matrix(int rows, int columns, double[] rowMajor) {
        if (rowMajor.length != (long) rows * columns) {
            throw new IllegalArgumentException("an array of " + rowMajor.length
                    + " values cannot hold a " + rows + " x " + columns + " matrix");
        }
        return new Basic1DMatrix(rows, columns, rowMajor);
    }

    /** A fresh copy of an la4j vector's entries. */
    public static double[] array(Vector v) {
        double[] a = new double[v.length()];
        for (int i = 0; i < a.length; i++) {
            a[i] = v.get(i);
        }
        return a;
    }

    /** An la4j dense vector over the given array, without copying it. */
    public static Vector vector(double[] values) {
        return new BasicVector(values);
    }

    /**
     * A fresh row-major copy of a square matrix that must be symmetric (to a relative
     * tolerance of 1e-9 of its largest entry) and finite.
     *
     * @param name how the error message calls the matrix, e.g. "the kernel matrix"
     * @throws IllegalArgumentException naming a non-square shape, the first non-finite entry
     *     or the first asymmetric pair
     */
    public static double[] rowMajorSymmetric(Matrix m, String name) {
        if (m.rows() != m.columns()) {
            throw new IllegalArgumentException(name + " is " + m.rows() + " x " + m.columns()
                    + ": a symmetric eigen-decomposition needs a square matrix");
        }
        double[] a = rowMajor(m);
        requireSymmetric(a, m.rows(), name);
        return a;
    }

    /** Checks a matrix as {@link #rowMajorSymmetric} does, without keeping a copy. */
    public static void requireSymmetric(Matrix m, String name) {
        rowMajorSymmetric(m, name);
    }

    private static void requireSymmetric(double[] a, int n, String name) {
        double scale = 0;
        for (int p = 0; p < a.length; p++) {
            if (!Double.isFinite(a[p])) {
                throw new IllegalArgumentException(name + " holds " + a[p] + " at (" + p / n
                        + ", " + p % n + "): find where the non-finite value entered (NaN in the "
                        + "data?)");
            }
            scale = Math.max(scale, Math.abs(a[p]));
        }
        double tolerance = 1e-9 * Math.max(scale, Double.MIN_NORMAL);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (Math.abs(a[i * n + j] - a[j * n + i]) > tolerance) {
                    throw new IllegalArgumentException(name + " is not symmetric: entry (" + i
                            + ", " + j + ") = " + a[i * n + j] + " but (" + j + ", " + i + ") = "
                            + a[j * n + i] + "; symmetrise it, e.g. (A + A^T) / 2");
                }
            }
        }
    }
}
