package org.spectrallab.numeric;

import static org.bytedeco.openblas.global.openblas.LAPACK_ROW_MAJOR;
import static org.bytedeco.openblas.global.openblas.LAPACKE_dsyevd;
import static org.bytedeco.openblas.global.openblas.LAPACKE_dsyevr;

import java.util.Arrays;
import java.util.Optional;
import org.spectrallab.Log;

/**
 * Symmetric eigen-decompositions through LAPACKE in OpenBLAS (org.bytedeco:openblas).
 *
 * <p>{@code dsyevd} (divide and conquer) for all eigenpairs; {@code dsyevr} (relatively
 * robust representations, Dhillon and Parlett) for the eigenpairs with indices
 * {@code first..last} in ascending order. Both return eigenvalues ascending and
 * orthonormal eigenvectors as the columns of a row-major array. When dsyevr comes back
 * short, {@link #pairsInRange} falls back to dsyevd.
 */
public final class Lapack {

    private Lapack() {
    }

    /** Eigenvalues (ascending) and eigenvectors (columns, row-major n x n) of a symmetric A. */
    public static RawEigenpairs allPairs(double[] symmetric, int n) {
        MemoryGuard.requireRoom(n, n, "LAPACK's working copy of the matrix");
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
     * <p>By dsyevr. On an eigenvalue repeated many times (the centring matrix
     * I - 1 1^T / N, which the centred RBF Gram matrix becomes when eps is tiny) OpenBLAS's
     * dsyevr can report success yet return fewer pairs than asked, or fail outright
     * (info &gt; 0); then all pairs are computed by dsyevd and the range is taken from
     * them, with a note ({@link Log#note}).
     *
     * @return last - first + 1 eigenvalues (ascending) and eigenvectors (columns, row-major
     *     n x (last - first + 1))
     */
    public static RawEigenpairs pairsInRange(double[] symmetric, int n, int first, int last) {
        if (first < 0 || last >= n || first > last) {
            throw new IllegalArgumentException("eigenpair range " + first + ".." + last
                    + " is outside 0.." + (n - 1));
        }
        return relativelyRobust(symmetric, n, first, last)
                .orElseGet(() -> columns(allPairs(symmetric, n), first, last));
    }

    /** dsyevr for pairs first..last; empty (after a note) when it returns fewer. */
    private static Optional<RawEigenpairs> relativelyRobust(double[] symmetric, int n,
                                                            int first, int last) {
        MemoryGuard.requireRoom(n, n, "LAPACK's working copy of the matrix");
        double[] a = symmetric.clone();
        int count = last - first + 1;
        double[] values = new double[n];
        double[] vectors = MemoryGuard.doubles(n, count, "the eigenvectors");
        int[] found = new int[1];
        int[] support = new int[2 * Math.max(1, count)];
        int info = LAPACKE_dsyevr(LAPACK_ROW_MAJOR, (byte) 'V', (byte) 'I', (byte) 'U', n, a, n,
                0.0, 0.0, first + 1, last + 1, 0.0, found, values, vectors, count, support);
        if (info < 0) {
            check(info, "dsyevr", n);
        }
        if (info > 0 || found[0] != count) {
            Log.note("LAPACK dsyevr " + (info > 0 ? "failed (info = " + info + ")"
                    : "returned " + found[0] + " of " + count + " eigenpairs") + " for n = " + n
                    + " (it can when an eigenvalue is repeated many times); computing all "
                    + n + " pairs by dsyevd instead and keeping numbers " + first + ".." + last);
            return Optional.empty();
        }
        return Optional.of(new RawEigenpairs(Arrays.copyOf(values, count), vectors, n, count));
    }

    /** Pairs first..last of a full decomposition, as their own row-major n x count array. */
    private static RawEigenpairs columns(RawEigenpairs all, int first, int last) {
        int n = all.n();
        int count = last - first + 1;
        double[] vectors = MemoryGuard.doubles(n, count, "the eigenvectors");
        for (int i = 0; i < n; i++) {
            System.arraycopy(all.vectors(), i * n + first, vectors, i * count, count);
        }
        return new RawEigenpairs(Arrays.copyOfRange(all.values(), first, last + 1), vectors, n,
                count);
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
