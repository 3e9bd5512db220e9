package org.spectrallab.spectral;

import java.util.Arrays;
import org.spectrallab.numeric.SparseRows;

/** Checks that a sparse matrix in CSR form is symmetric and finite, entry by entry. */
final class SparseSymmetry {

    private SparseSymmetry() {
    }

    /**
     * @throws IllegalArgumentException naming the first entry whose mirror differs, or a
     *     non-finite entry
     */
    static void require(SparseRows a, String name) {
        int[] pointers = a.rowPointers();
        int[] columns = a.columns();
        double[] values = a.values();
        double scale = 0;
        for (int p = 0; p < a.nonZeros(); p++) {
            if (!Double.isFinite(values[p])) {
                throw new IllegalArgumentException(name + " holds a non-finite value " + values[p]
                        + ": find where it entered (NaN in the data?)");
            }
            scale = Math.max(scale, Math.abs(values[p]));
        }
        double tolerance = 1e-9 * scale;
        for (int i = 0; i < a.rows(); i++) {
            for (int p = pointers[i]; p < pointers[i + 1]; p++) {
                int j = columns[p];
                double mirror = entry(pointers, columns, values, j, i);
                if (Math.abs(mirror - values[p]) > tolerance) {
                    throw new IllegalArgumentException(name + " is not symmetric: entry (" + i
                            + ", " + j + ") = " + values[p] + " but (" + j + ", " + i + ") = "
                            + mirror + "; symmetrise it, e.g. (A + A^T) / 2");
                }
            }
        }
    }

    private static double entry(int[] pointers, int[] columns, double[] values, int i, int j) {
        int p = Arrays.binarySearch(columns, pointers[i], pointers[i + 1], j);
        return p >= 0 ? values[p] : 0.0;
    }
}
