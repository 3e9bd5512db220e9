package org.spectrallab.spectral;

import org.la4j.Matrix;
import org.spectrallab.numeric.Arpack;
import org.spectrallab.numeric.SparseRows;

/**
 * lmax, the largest eigenvalue of a symmetric operator (a Laplacian): the right end of the
 * interval [0, lmax] on which {@link FilterBank}s are designed and
 * {@link ChebyshevFiltering} expands its filters.
 *
 * <p>{@link #exact} solves for it to machine precision. {@link #upperEstimate} runs a loose
 * Lanczos iteration (ARPACK, relative tolerance {@value #LANCZOS_TOLERANCE}) and multiplies
 * by {@value #SAFETY_MARGIN}: a Lanczos value never exceeds the true lmax, and the 1%
 * margin lifts it above, as Hammond, Vandergheynst and Gribonval (2011, section 6.1) and
 * PyGSP's estimate_lmax do. A Chebyshev expansion on a slightly larger interval is barely
 * less accurate; one on a smaller interval is wrong.
 */
public final class LargestEigenvalue {

    /** The factor an estimate is multiplied by. */
    public static final double SAFETY_MARGIN = 1.01;
    /** Relative accuracy asked of the Lanczos estimate before the margin. */
    public static final double LANCZOS_TOLERANCE = 1e-4;

    /** Below this size the dense solver is used: ARPACK needs more than a few nodes. */
    private static final int SMALLEST_FOR_LANCZOS = 25;

    private LargestEigenvalue() {
    }

    /** The largest eigenvalue of a symmetric matrix, to machine precision. */
    public static double exact(Matrix symmetric) {
        return Eigensolver.largest(symmetric, 1).value(0);
    }

    /**
     * A cheap bound above the largest eigenvalue: 1.01 times a loose Lanczos estimate.
     *
     * @throws IllegalArgumentException when the operator is not symmetric
     */
    public static double upperEstimate(SparseRows symmetric) {
        SparseSymmetry.require(symmetric, "the operator");
        int n = symmetric.rows();
        if (n < SMALLEST_FOR_LANCZOS) {
            return SAFETY_MARGIN * exact(symmetric.toMatrix());
        }
        double estimate = Arpack.solve(n, symmetric::multiply, 1, Arpack.End.LARGEST,
                LANCZOS_TOLERANCE).values()[0];
        return SAFETY_MARGIN * estimate;
    }

    /**
     * A value the largest eigenvalue cannot be below: the largest diagonal entry, which is
     * the Rayleigh quotient e_i^T L e_i of a unit vector.
     */
    static double lowerBound(SparseRows symmetric) {
        double bound = Double.NEGATIVE_INFINITY;
        int[] pointers = symmetric.rowPointers();
        for (int i = 0; i < symmetric.rows(); i++) {
            double diagonal = 0;
            for (int p = pointers[i]; p < pointers[i + 1]; p++) {
                if (symmetric.columns()[p] == i) {
                    diagonal = symmetric.values()[p];
                }
            }
            bound = Math.max(bound, diagonal);
        }
        return bound;
    }
}
