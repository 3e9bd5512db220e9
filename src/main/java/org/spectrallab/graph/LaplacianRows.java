package org.spectrallab.graph;

import java.util.Arrays;
import org.spectrallab.numeric.SparseRows;

/**
 * The shared shape of the three Laplacians: M = diag(a) - diag(l) W diag(r), assembled in
 * CSR form with the diagonal entry merged into each row in column order.
 */
final class LaplacianRows {

    private LaplacianRows() {
    }

    /**
     * @param w the weight matrix (zero diagonal)
     * @param diagonal a, the diagonal added
     * @param left l, scaling row i of W
     * @param right r, scaling column j of W
     */
    static SparseRows assemble(SparseRows w, double[] diagonal, double[] left, double[] right) {
        int n = w.rows();
        int[] pointers = new int[n + 1];
        int[] columns = new int[w.nonZeros() + n];
        double[] values = new double[w.nonZeros() + n];
        int filled = 0;
        for (int i = 0; i < n; i++) {
            boolean diagonalPlaced = false;
            for (int p = w.rowPointers()[i]; p < w.rowPointers()[i + 1]; p++) {
                int j = w.columns()[p];
                if (!diagonalPlaced && j > i) {
                    columns[filled] = i;
                    values[filled++] = diagonal[i];
                    diagonalPlaced = true;
                }
                columns[filled] = j;
                // l_i r_j first: with l = r this product is the same for (i, j) and (j, i),
                // so a symmetric Laplacian comes out exactly symmetric
                values[filled++] = -(left[i] * right[j]) * w.values()[p];
            }
            if (!diagonalPlaced) {
                columns[filled] = i;
                values[filled++] = diagonal[i];
            }
            pointers[i + 1] = filled;
        }
        return new SparseRows(n, n, pointers, Arrays.copyOf(columns, filled),
                Arrays.copyOf(values, filled));
    }

    /** A vector of n ones. */
    static double[] ones(int n) {
        double[] ones = new double[n];
        Arrays.fill(ones, 1.0);
        return ones;
    }

    /** d_i^power for every degree. */
    static double[] powers(double[] degrees, double power) {
        double[] result = new double[degrees.length];
        for (int i = 0; i < degrees.length; i++) {
            result[i] = Math.pow(degrees[i], power);
        }
        return result;
    }
}
