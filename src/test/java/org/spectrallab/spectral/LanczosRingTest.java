package org.spectrallab.spectral;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spectrallab.support.Close.assertClose;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.spectrallab.numeric.Arpack;
import org.spectrallab.numeric.SparseRows;

/**
 * The sparse Lanczos path on the ring (cycle) graph of n = 2000 nodes, whose Laplacian
 * L = 2I - shift - shift^T has eigenvalues 2 - 2cos(2 pi j / n) with eigenspaces spanned
 * by cos(2 pi j i / n) and sin(2 pi j i / n): every eigenvalue but j = 0 and j = n/2 is a
 * degenerate pair, so vectors are checked as subspaces. The clustered spectrum makes this
 * a hard case for Lanczos (thousands of products), not a typical one.
 */
class LanczosRingTest {

    private static final int N = 2000;
    private static final int COUNT = 20;

    @Test
    void smallestEigenvaluesAreTwoMinusTwoCosines() {
        Eigenpairs pairs = Eigensolver.lanczos(ringLaplacian(), COUNT, Arpack.End.SMALLEST);
        double[] expected = Arrays.copyOf(sortedRingSpectrum(), COUNT);
        // the solver converges to ~1e-14 |L|, |L| = 4; 1e-10 leaves room for rounding
        assertClose(expected, pairs.values(), 1e-10, 4.0, "smallest ring eigenvalues");
    }

    @Test
    void largestEigenvaluesAreTwoMinusTwoCosines() {
        Eigenpairs pairs = Eigensolver.lanczos(ringLaplacian(), COUNT, Arpack.End.LARGEST);
        double[] ascending = sortedRingSpectrum();
        double[] expected = new double[COUNT];
        for (int m = 0; m < COUNT; m++) {
            expected[m] = ascending[N - 1 - m];
        }
        assertClose(expected, pairs.values(), 1e-10, 4.0, "largest ring eigenvalues");
    }

    @Test
    void smallestDegeneratePairsSpanTheirCosineSineEigenspaces() {
        Eigenpairs pairs = Eigensolver.lanczos(ringLaplacian(), COUNT, Arpack.End.SMALLEST);
        // vector 0 is frequency 0 alone, vectors 2j-1 and 2j frequency j; the last vector is
        // half of the pair at frequency 10, so its direction is not determined
        for (int m = 0; m < COUNT - 1; m++) {
            assertInEigenspace(pairs.vectorArray(m), (m + 1) / 2, "smallest vector " + m);
        }
    }

    @Test
    void largestDegeneratePairsSpanTheirCosineSineEigenspaces() {
        Eigenpairs pairs = Eigensolver.lanczos(ringLaplacian(), COUNT, Arpack.End.LARGEST);
        // vector 0 is frequency n/2 alone, vectors 2p-1 and 2p frequency n/2 - p; the last
        // is half a pair again
        for (int m = 0; m < COUNT - 1; m++) {
            assertInEigenspace(pairs.vectorArray(m), N / 2 - (m + 1) / 2,
                    "largest vector " + m);
        }
    }

    /**
     * The distance |u - P u| of unit vector u from the span of the unit vectors
     * cos(2 pi j i / n) and sin(2 pi j i / n) at frequency j (only the cosine for j = 0 and
     * j = n/2, where the sine vanishes). Eigenvector error is about residual / gap:
     * residuals ~1e-14 and the nearest other eigenvalue ~1e-5 away give ~1e-9, checked
     * against 1e-7.
     */
    private static void assertInEigenspace(double[] u, int frequency, String what) {
        boolean single = frequency == 0 || 2 * frequency == N;
        double norm = Math.sqrt(single ? N : N / 2.0);
        double[] cosine = new double[N];
        double[] sine = new double[N];
        for (int i = 0; i < N; i++) {
            double angle = 2 * Math.PI * (((long) frequency * i) % N) / N;
            cosine[i] = Math.cos(angle) / norm;
            sine[i] = single ? 0.0 : Math.sin(angle) / norm;
        }
        double alongCosine = dot(u, cosine);
        double alongSine = dot(u, sine);
        double squared = 0;
        for (int i = 0; i < N; i++) {
            double rest = u[i] - alongCosine * cosine[i] - alongSine * sine[i];
            squared += rest * rest;
        }
        double distance = Math.sqrt(squared);
        assertTrue(distance < 1e-7, what + " is " + distance + " away from the eigenspace of "
                + "frequency " + frequency);
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static double[] sortedRingSpectrum() {
        double[] values = new double[N];
        for (int j = 0; j < N; j++) {
            values[j] = 2 - 2 * Math.cos(2 * Math.PI * j / N);
        }
        Arrays.sort(values);
        return values;
    }

    /** L = D - W of the cycle graph with unit weights, in CSR form. */
    private static SparseRows ringLaplacian() {
        int[] pointers = new int[N + 1];
        int[] columns = new int[3 * N];
        double[] values = new double[3 * N];
        for (int i = 0; i < N; i++) {
            int[] neighbourhood = {(i + N - 1) % N, i, (i + 1) % N};
            Arrays.sort(neighbourhood);
            for (int t = 0; t < 3; t++) {
                columns[3 * i + t] = neighbourhood[t];
                values[3 * i + t] = neighbourhood[t] == i ? 2.0 : -1.0;
            }
            pointers[i + 1] = 3 * (i + 1);
        }
        return new SparseRows(N, N, pointers, columns, values);
    }
}
