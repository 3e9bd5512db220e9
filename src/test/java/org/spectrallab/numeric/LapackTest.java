package org.spectrallab.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.spectrallab.Log;

/** The LAPACK bridge: eigenpairs in a range, including where dsyevr comes back short. */
class LapackTest {

    /**
     * The centring matrix H = I - 1 1^T / n: eigenvalue 0 once (eigenvector 1 / sqrt(n)),
     * eigenvalue 1 with multiplicity n - 1. With OpenBLAS 0.3.30 (bytedeco 1.5.12), dsyevr
     * returns 0 of the 20 largest pairs at n = 500 while reporting success.
     */
    private static double[] centring(int n) {
        double[] h = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                h[i * n + j] = (i == j ? 1 : 0) - 1.0 / n;
            }
        }
        return h;
    }

    @Test
    void largestPairsOfTheCentringMatrixAreAllOne() {
        int n = 500;
        RawEigenpairs top = Lapack.pairsInRange(centring(n), n, n - 20, n - 1);
        assertEquals(20, top.count());
        for (double value : top.values()) {
            // dsyevd is backward stable: errors ~ n * 1e-16 relative to |H| = 1
            assertEquals(1.0, value, 1e-12);
        }
    }

    @Test
    void fallbackEigenvectorsSatisfyTheEigenEquationAndAreOrthonormal() {
        int n = 500;
        double[] h = centring(n);
        RawEigenpairs top = Lapack.pairsInRange(h, n, n - 20, n - 1);
        for (int j = 0; j < top.count(); j++) {
            double[] v = column(top, j);
            double[] hv = times(h, v, n);
            for (int i = 0; i < n; i++) {
                // H v = v to rounding: entries of v are below 1, sums of n terms
                assertEquals(v[i], hv[i], 1e-12, "(H v - v)[" + i + "] of pair " + j);
            }
            for (int k = 0; k <= j; k++) {
                assertEquals(j == k ? 1.0 : 0.0, dot(v, column(top, k)), 1e-12,
                        "<v_" + j + ", v_" + k + ">");
            }
        }
    }

    @Test
    void rangeAtTheBottomIncludesTheZeroEigenvalue() {
        int n = 500;
        RawEigenpairs bottom = Lapack.pairsInRange(centring(n), n, 0, 2);
        assertEquals(0.0, bottom.values()[0], 1e-12);
        assertEquals(1.0, bottom.values()[1], 1e-12);
        double[] constant = column(bottom, 0);
        for (double entry : constant) {
            assertEquals(1 / Math.sqrt(n), Math.abs(entry), 1e-12);
        }
    }

    @Test
    void theFallbackToDsyevdIsNoted() {
        int n = 500;
        try (Log.Capture log = Log.capture()) {
            Lapack.pairsInRange(centring(n), n, n - 20, n - 1);
            List<String> notes = log.notes();
            assertEquals(1, notes.size(), "one note: " + notes);
            assertTrue(notes.get(0).contains("by dsyevd instead"), notes.get(0));
            assertTrue(log.warnings().isEmpty(), "a fallback is no warning: " + log.warnings());
        }
    }

    @Test
    void aWellSeparatedSpectrumNeedsNoFallback() {
        int n = 50;
        double[] diagonal = new double[n * n];
        for (int i = 0; i < n; i++) {
            diagonal[i * n + i] = i + 1;
        }
        try (Log.Capture log = Log.capture()) {
            RawEigenpairs top = Lapack.pairsInRange(diagonal, n, n - 3, n - 1);
            assertEquals(List.of(48.0, 49.0, 50.0), List.of(top.values()[0], top.values()[1],
                    top.values()[2]));
            assertTrue(log.notes().isEmpty(), "no note: " + log.notes());
        }
    }

    private static double[] column(RawEigenpairs pairs, int j) {
        double[] v = new double[pairs.n()];
        for (int i = 0; i < pairs.n(); i++) {
            v[i] = pairs.vectors()[i * pairs.count() + j];
        }
        return v;
    }

    private static double[] times(double[] a, double[] v, int n) {
        double[] result = new double[n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                result[i] += a[i * n + k] * v[k];
            }
        }
        return result;
    }

    private static double dot(double[] u, double[] v) {
        double sum = 0;
        for (int i = 0; i < u.length; i++) {
            sum += u[i] * v[i];
        }
        return sum;
    }
}
