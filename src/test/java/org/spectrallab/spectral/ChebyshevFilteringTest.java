package org.spectrallab.spectral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spectrallab.support.Close.assertClose;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.spectrallab.Log;
import org.spectrallab.graph.Graph;
import org.spectrallab.graph.KnnGraph;
import org.spectrallab.graph.UnnormalizedLaplacian;
import org.spectrallab.numeric.SparseRows;
import org.spectrallab.support.Reference;
import org.spectrallab.support.TestGraphs;

/**
 * Chebyshev filtering against exact filtering in the eigenbasis, on the reference subset's
 * kNN graph (L = D - W, lmax = 17.9) and on the ring, whose heat kernel is known in closed
 * form.
 */
class ChebyshevFilteringTest {

    private static final Graph GRAPH = KnnGraph.of(Reference.subset().points()).k(10).build();
    private static final SparseRows LAPLACIAN = UnnormalizedLaplacian.rows(GRAPH);
    private static final Eigenpairs BASIS = Eigensolver.all(UnnormalizedLaplacian.of(GRAPH));
    private static final double LMAX = BASIS.value(BASIS.count() - 1);

    /** The largest error over every atom of the bank at node 0. */
    private static double error(FilterBank bank, int order) {
        double[][] exact = ExactFiltering.of(BASIS).atoms(bank, 0);
        double[][] approximate = ChebyshevFiltering.of(LAPLACIAN, LMAX, order).atoms(bank, 0);
        double largest = 0;
        for (int k = 0; k < exact.length; k++) {
            for (int i = 0; i < exact[k].length; i++) {
                largest = Math.max(largest, Math.abs(approximate[k][i] - exact[k][i]));
            }
        }
        return largest;
    }

    @Test
    void heatFilterErrorFallsWithEveryOrderUntilRounding() {
        FilterBank heat = FilterBank.heat(LMAX, 10, 25, 50);
        double previous = Double.POSITIVE_INFINITY;
        for (int order = 5; order <= 40; order += 5) {
            double error = error(heat, order);
            // exp is entire, so the error falls faster than geometrically, down to ~1e-15
            assertTrue(error < previous || previous < 1e-13, "order " + order + ": error "
                    + error + " did not fall below " + previous);
            previous = error;
        }
        assertTrue(previous < 1e-13, "order 40 reaches rounding, got " + previous);
    }

    @Test
    void waveletBankErrorFallsAsTheOrderDoubles() {
        // the banks' sharp low-pass filters make the error oscillate from one order to the
        // next, but it falls at each doubling of the order
        for (FilterBank bank : List.of(FilterBank.mexicanHat(LMAX), FilterBank.abspline(LMAX))) {
            double previous = Double.POSITIVE_INFINITY;
            for (int order = 10; order <= 80; order *= 2) {
                double error = error(bank, order);
                assertTrue(error < previous / 2, bank.name() + ", order " + order + ": error "
                        + error + " against " + previous + " at half the order");
                previous = error;
            }
        }
    }

    @Test
    void ringHeatKernelByChebyshevMatchesItsClosedForm() {
        int n = 64;
        SparseRows ring = UnnormalizedLaplacian.rows(TestGraphs.ring(n));
        double t = 2;
        double[] atom = ChebyshevFiltering.of(ring, 4, 40).atom(SpectralFilter.heat(t), 5);
        double[] expected = new double[n];
        for (int i = 0; i < n; i++) {
            expected[i] = SpectralFilterTest.ringHeatKernel(n, t, i, 5);
        }
        // exp(-2 lambda) on [0, 4] at order 40: truncation far below 1e-14
        assertClose(expected, atom, 1e-13, 1.0, "ring heat atom");
    }

    @Test
    void eigenvectorIsMultipliedByThePolynomialAtItsEigenvalue() {
        SpectralFilter mexican = FilterBank.mexicanHat(LMAX).filter(2);
        double[] c = ChebyshevFiltering.coefficients(mexican, LMAX, 20);
        for (int j : new int[] {1, 50, 199}) {
            double[] u = BASIS.vectorArray(j);
            double factor = ChebyshevFiltering.polynomial(c, LMAX, BASIS.value(j));
            double[] expected = u.clone();
            for (int i = 0; i < expected.length; i++) {
                expected[i] *= factor;
            }
            // u is exact to ~1e-14, and the recurrence keeps |T_k u| <= 1
            assertClose(expected, ChebyshevFiltering.of(LAPLACIAN, LMAX, 20).apply(mexican, u),
                    1e-12, 1.0, "p(lambda_" + j + ") u_" + j);
        }
    }

    @Test
    void upperEstimateLiesJustAboveTheLargestEigenvalue() {
        double estimate = LargestEigenvalue.upperEstimate(LAPLACIAN);
        assertTrue(estimate >= LMAX && estimate <= 1.02 * LMAX, estimate + " against " + LMAX);
    }

    @Test
    void lmaxBelowTheLargestEigenvalueIsReportedWhenFilteringIsMade() {
        // 0.99 lmax lies above every diagonal entry (the largest degree is 17.1), so only an
        // estimate of the largest eigenvalue can tell it is too small
        for (double fraction : new double[] {0.5, 0.99}) {
            try (Log.Capture capture = Log.capture()) {
                ChebyshevFiltering.of(LAPLACIAN, fraction * LMAX, 30);
                assertEquals(1, capture.warnings().size());
                assertTrue(capture.warnings().get(0).contains("below L's largest eigenvalue"),
                        capture.warnings().get(0));
            }
        }
    }

    @Test
    void exactLmaxRaisesNoWarning() {
        try (Log.Capture capture = Log.capture()) {
            ChebyshevFiltering.of(LAPLACIAN, LMAX, 60).atoms(FilterBank.abspline(LMAX), 3);
            assertTrue(capture.warnings().isEmpty(), capture.warnings().toString());
        }
    }
}
