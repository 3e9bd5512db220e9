package org.spectrallab.entk;

import org.la4j.Matrix;
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
     * A (first.count() x second.count()) for given eigenpairs, in their order:
     * {@link Eigenpairs#alignment}.
     *
     * @throws IllegalArgumentException when the eigenvectors differ in length
     */
    public static Matrix of(Eigenpairs first, Eigenpairs second) {
        return first.alignment(second);
    }
}
