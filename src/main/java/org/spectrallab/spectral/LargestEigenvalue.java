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
     * A cheap bound above the largest eigenvalue: {@value #SAFETY_MARGIN} times
     * {@link #lanczosEstimate}.
     *
     * @throws IllegalArgumentException when the operator is not symmetric
     */
    public static double upperEstimate(SparseRows symmetric) {
        return SAFETY_MARGIN * lanczosEstimate(symmetric);
    }

    /**
     * A loose Lanczos estimate of the largest eigenvalue, never above it (it is a Rayleigh
     * quotient) and within about {@value #LANCZOS_TOLERANCE} of it, relatively.
     *
     * @throws IllegalArgumentException when the operator is not symmetric
     */
    public static double lanczosEstimate(SparseRows symmetric) {
        symmetric.requireSymmetric("the operator");
        int n = symmetric.rows();
        if (n < SMALLEST_FOR_LANCZOS) {
            return exact(symmetric.toMatrix());
        }
        return Arpack.solve(n, symmetric::multiply, 1, Arpack.End.LARGEST, LANCZOS_TOLERANCE)
                .values()[0];
    }
}
