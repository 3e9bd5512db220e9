package org.spectrallab.spectral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.la4j.Matrix;
import org.spectrallab.Log;
import org.spectrallab.graph.Graph;
import org.spectrallab.graph.KnnGraph;
import org.spectrallab.graph.UnnormalizedLaplacian;
import org.spectrallab.kernel.GramMatrix;
import org.spectrallab.numeric.SparseRows;
import org.spectrallab.support.Reference;
import org.spectrallab.support.TestGraphs;

/**
 * Bad input to diffusion maps, filters and wavelets: refused with a message that names the
 * value and the rule, or, for traps that still give numbers, one warning line.
 */
class GeometryBadInputTest {

    private static final Matrix KERNEL = GramMatrix.rbf(Reference.subset().points());
    private static final Graph GRAPH = KnnGraph.of(Reference.subset().points()).k(10).build();
    private static final SparseRows LAPLACIAN = UnnormalizedLaplacian.rows(GRAPH);
    private static final double LMAX = 17.92;

    private static void assertRefused(Executable call, String... phrases) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        for (String phrase : phrases) {
            assertTrue(e.getMessage().contains(phrase), "'" + phrase + "' missing from: "
                    + e.getMessage());
        }
    }

    @Test
    void negativeDiffusionTimeIsRefused() {
        DiffusionMap map = DiffusionMap.of(KERNEL, 0.5, 5);
        assertRefused(() -> map.coordinate(1, -1), "t = -1.0", ">= 0");
        assertRefused(() -> map.distance(0, 1, -0.5), "t = -0.5");
        assertRefused(() -> map.distanceByDefinition(0, 1, -2), "t = -2.0");
        assertRefused(() -> SpectralFilter.heat(-1), "t = -1.0", ">= 0");
        assertRefused(() -> map.coordinates(Double.NaN), "t = NaN");
    }

    @Test
    void alphaOutsideZeroToOneIsRefused() {
        for (double alpha : new double[] {-0.1, 1.5, Double.NaN}) {
            assertRefused(() -> DiffusionMap.of(KERNEL, alpha, 5), "alpha = " + alpha,
                    "[0, 1]", "Laplace-Beltrami");
            assertRefused(() -> DiffusionMap.of(GRAPH, alpha, 5), "alpha = " + alpha);
        }
    }

    @Test
    void scaleAtOrBelowZeroIsRefused() {
        assertRefused(() -> FilterBank.heat(LMAX, 10, 0), "heat scale = 0.0", "> 0");
        assertRefused(() -> FilterBank.heat(LMAX, -5), "heat scale = -5.0");
        assertRefused(() -> FilterBank.heat(LMAX), "no heat scales");
        assertRefused(() -> FilterBank.mexicanHat(0), "lmax = 0.0", "LargestEigenvalue");
        assertRefused(() -> FilterBank.abspline(LMAX, 6, -20), "low-pass factor = -20.0");
        assertRefused(() -> FilterBank.mexicanHat(LMAX, 1, 20), "2");
        assertRefused(() -> SpectralFilter.resolvent(0, 1), "shift a = 0.0");
        assertRefused(() -> SpectralFilter.resolvent(0.1, -1), "power s = -1.0");
    }

    @Test
    void chebyshevOrderBelowOneIsRefused() {
        assertRefused(() -> ChebyshevFiltering.of(LAPLACIAN, LMAX, 0), "order 0", "at least 1");
        assertRefused(() -> ChebyshevFiltering.coefficients(SpectralFilter.heat(1), LMAX, -3),
                "order -3");
    }

    @Test
    void lmaxBelowTheLargestEigenvalueIsReportedInOneLine() {
        try (Log.Capture capture = Log.capture()) {
            ChebyshevFiltering.of(LAPLACIAN, 10, 30);
            assertEquals(1, capture.warnings().size());
            String line = capture.warnings().get(0);
            assertTrue(line.contains("lmax = 10") && line.contains("invalid")
                    && line.contains("LargestEigenvalue") && !line.contains("\n"), line);
        }
    }

    @Test
    void nodeOutOfRangeIsRefused() {
        ExactFiltering exact = ExactFiltering.of(Eigensolver.all(UnnormalizedLaplacian.of(GRAPH)));
        ChebyshevFiltering chebyshev = ChebyshevFiltering.of(LAPLACIAN, LMAX, 30);
        SpectralFilter heat = SpectralFilter.heat(1);
        assertRefused(() -> exact.atom(heat, 200), "node 200", "0..199");
        assertRefused(() -> chebyshev.atom(heat, -1), "node -1", "0..199");
        assertRefused(() -> chebyshev.localized(heat, 500), "node 500");
        assertRefused(() -> exact.apply(heat, new double[3]), "3 values", "200 nodes");
        DiffusionMap map = DiffusionMap.of(KERNEL, 1, 3);
        assertRefused(() -> map.distance(0, 200, 1), "point 200", "0..199");
        assertRefused(() -> map.coordinate(3, 1), "coordinate 3", "1..2");
    }

    @Test
    void disconnectedGraphInADiffusionMapIsReported() {
        Graph twoRings = Graph.disjointUnion(TestGraphs.ring(12), TestGraphs.ring(8));
        try (Log.Capture capture = Log.capture()) {
            DiffusionMap map = DiffusionMap.of(twoRings, 0.5, 4);
            assertEquals(1, capture.warnings().size());
            String line = capture.warnings().get(0);
            assertTrue(line.contains("disconnected") && line.contains("sizes 12, 8")
                    && line.contains("stationary distribution is not unique"), line);
            assertEquals(1, map.eigenvalue(1), 1e-12, "eigenvalue 1 repeats once per piece");
        }
    }

    @Test
    void denseKernelWhoseEntriesUnderflowToZeroIsReportedDisconnected() {
        // eps = 0.05 against squared distances of 10 to 200: most entries are exp(-1000) = 0
        Matrix narrow = GramMatrix.rbf(Reference.subset().points(), 0.05);
        try (Log.Capture capture = Log.capture()) {
            DiffusionMap.of(narrow, 0, 2);
            assertEquals(1, capture.warnings().size(), capture.warnings().toString());
            String line = capture.warnings().get(0);
            assertTrue(line.contains("142 components of sizes 21, ")
                    && line.contains(" and 136 more"), line);
        }
    }

    @Test
    void exactFilteringNeedsTheWholeBasis() {
        Eigenpairs some = Eigensolver.smallest(UnnormalizedLaplacian.of(GRAPH), 20);
        assertRefused(() -> ExactFiltering.of(some), "all 200 eigenpairs", "Eigensolver.all");
    }

    @Test
    void fractionalPowerOfANegativeEigenvalueIsRefused() {
        DiffusionMap map = DiffusionMap.of(GRAPH, 0, 200);
        int negative = map.count() - 1;
        assertTrue(map.eigenvalue(negative) < 0, "a kNN kernel has a zero diagonal, so P has "
                + "negative eigenvalues");
        assertRefused(() -> map.distance(0, 1, 0.5), "negative", "whole t");
    }
}
