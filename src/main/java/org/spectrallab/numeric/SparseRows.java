package org.spectrallab.numeric;

import org.la4j.Matrix;
import org.la4j.iterator.RowMajorMatrixIterator;
import org.la4j.matrix.SparseMatrix;
import org.la4j.matrix.sparse.CRSMatrix;

/**
 * A sparse matrix in compressed sparse row (CSR) form: the arrays behind an la4j
 * {@link CRSMatrix}, with a plain-loop matrix-vector product (3-6x faster than la4j's own,
 * measured in docs/PERFORMANCE.md).
 *
 * <p>Row i's entries are {@code values[rowPointers[i] .. rowPointers[i+1])} at columns
 * {@code columns[...]}, columns ascending within a row.
 */
public final class SparseRows {

    private final int rows;
    private final int columnCount;
    private final int[] rowPointers;
    private final int[] columns;
    private final double[] values;

    /** Wraps CSR arrays without copying them; columns must ascend within each row. */
    public SparseRows(int rows, int columnCount, int[] rowPointers, int[] columns,
                      double[] values) {
        if (rowPointers.length != rows + 1 || columns.length < rowPointers[rows]
                || values.length < rowPointers[rows]) {
            throw new IllegalArgumentException("inconsistent CSR arrays for " + rows + " rows");
        }
        this.rows = rows;
        this.columnCount = columnCount;
        this.rowPointers = rowPointers;
        this.columns = columns;
        this.values = values;
    }

    /** The CSR form of any la4j matrix (sparse matrices are read entry by entry). */
    public static SparseRows of(Matrix m) {
        int n = m.rows();
        int[] pointers = new int[n + 1];
        int capacity = m instanceof SparseMatrix ? ((SparseMatrix) m).cardinality()
                : Math.multiplyExact(n, m.columns());
        int[] cols = new int[capacity];
        double[] vals = new double[capacity];
        int filled = 0;
        RowMajorMatrixIterator it = m instanceof SparseMatrix
                ? ((SparseMatrix) m).nonZeroRowMajorIterator() : m.rowMajorIterator();
        while (it.hasNext()) {
            double value = it.next();
            if (value == 0.0) {
                continue;
            }
            pointers[it.rowIndex() + 1]++;
            cols[filled] = it.columnIndex();
            vals[filled++] = value;
        }
        for (int i = 0; i < n; i++) {
            pointers[i + 1] += pointers[i];
        }
        return new SparseRows(n, m.columns(), pointers, java.util.Arrays.copyOf(cols, filled),
                java.util.Arrays.copyOf(vals, filled));
    }

    /** The la4j view of these arrays (shared, not copied). */
    public CRSMatrix toMatrix() {
        return new CRSMatrix(rows, columnCount, rowPointers[rows], values, columns, rowPointers);
    }

    /** The matrix as a fresh dense row-major array. */
    public double[] toRowMajor() {
        double[] a = MemoryGuard.doubles(rows, columnCount, "a dense copy of the sparse matrix");
        for (int i = 0; i < rows; i++) {
            for (int p = rowPointers[i]; p < rowPointers[i + 1]; p++) {
                a[i * columnCount + columns[p]] = values[p];
            }
        }
        return a;
    }

    /** y = A x on plain arrays, with offsets (the form ARPACK's work array needs). */
    public void multiply(double[] x, int xOffset, double[] y, int yOffset) {
        for (int i = 0; i < rows; i++) {
            double sum = 0;
            for (int p = rowPointers[i]; p < rowPointers[i + 1]; p++) {
                sum += values[p] * x[xOffset + columns[p]];
            }
            y[yOffset + i] = sum;
        }
    }

    /** The number of rows. */
    public int rows() {
        return rows;
    }

    /** The number of stored entries. */
    public int nonZeros() {
        return rowPointers[rows];
    }

    /** Row pointers; shared, do not modify. */
    public int[] rowPointers() {
        return rowPointers;
    }

    /** Column index of each stored entry; shared, do not modify. */
    public int[] columns() {
        return columns;
    }

    /** Value of each stored entry; shared, do not modify. */
    public double[] values() {
        return values;
    }

    /**
     * Checks that the matrix is square, finite and symmetric to a relative tolerance of
     * 1e-9 of its largest entry, entry by entry against its mirror.
     *
     * @param name how the error message calls the matrix
     * @throws IllegalArgumentException naming the first offending entry
     */
    public void requireSymmetric(String name) {
        if (rows != columnCount) {
            throw new IllegalArgumentException(name + " is " + rows + " x " + columnCount
                    + ": it must be square");
        }
        double scale = 0;
        for (int p = 0; p < nonZeros(); p++) {
            if (!Double.isFinite(values[p])) {
                throw new IllegalArgumentException(name + " holds a non-finite value " + values[p]
                        + ": find where it entered (NaN in the data?)");
            }
            scale = Math.max(scale, Math.abs(values[p]));
        }
        double tolerance = 1e-9 * scale;
        for (int i = 0; i < rows; i++) {
            for (int p = rowPointers[i]; p < rowPointers[i + 1]; p++) {
                double mirror = get(columns[p], i);
                if (Math.abs(mirror - values[p]) > tolerance) {
                    throw new IllegalArgumentException(name + " is not symmetric: entry (" + i
                            + ", " + columns[p] + ") = " + values[p] + " but (" + columns[p]
                            + ", " + i + ") = " + mirror + "; symmetrise it, e.g. (A + A^T) / 2");
                }
            }
        }
    }

    /** Entry (i, j), by binary search in row i. */
    public double get(int i, int j) {
        int p = java.util.Arrays.binarySearch(columns, rowPointers[i], rowPointers[i + 1], j);
        return p >= 0 ? values[p] : 0.0;
    }

    /** The largest absolute row sum, a bound on every eigenvalue's magnitude (Gershgorin). */
    public double maxAbsoluteRowSum() {
        double max = 0;
        for (int i = 0; i < rows; i++) {
            double sum = 0;
            for (int p = rowPointers[i]; p < rowPointers[i + 1]; p++) {
                sum += Math.abs(values[p]);
            }
            max = Math.max(max, sum);
        }
        return max;
    }
}
