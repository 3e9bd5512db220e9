package org.spectrallab.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spectrallab.support.Close.assertClose;
import static org.spectrallab.support.TestGraphs.ring;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.la4j.Matrix;
import org.la4j.Vector;
import org.la4j.matrix.dense.Basic2DMatrix;
import org.spectrallab.Log;
import org.spectrallab.spectral.Eigenpairs;
import org.spectrallab.spectral.Eigensolver;
import org.spectrallab.support.Reference;

/**
 * Laplacian spectra known in closed form. Rounding in LAPACK is about 1e-15 times the
 * operator's norm; the tolerances below leave a factor of 1000.
 */
class AnalyticSpectraTest {

    /** The complete graph on n nodes with unit weights. */
    static Graph complete(int n) {
        Matrix w = new Basic2DMatrix(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                w.set(i, j, i == j ? 0.0 : 1.0);
            }
        }
        return Graph.fromWeights(w);
    }

    @Test
    void ringLaplacianEigenvaluesAreTwoMinusTwoCosines() {
        int n = 64;
        double[] expected = new double[n];
        for (int j = 0; j < n; j++) {
            expected[j] = 2 - 2 * Math.cos(2 * Math.PI * j / n);
        }
        Arrays.sort(expected);
        double[] actual = Eigensolver.all(UnnormalizedLaplacian.of(ring(n))).values();
        assertClose(expected, actual, 1e-12, 4.0, "ring spectrum");
    }

    @Test
    void ringMatchesTheReferenceValues() {
        double[] expected = Reference.doubles(Reference.block("ring").get("smallest8"));
        double[] actual = Eigensolver.smallest(UnnormalizedLaplacian.of(ring(64)), 8).values();
        assertClose(expected, actual, 1e-12, 4.0, "ring smallest8");
    }

    @Test
    void completeGraphHasZeroOnceAndNThereafter() {
        int n = 12;
        double[] actual = Eigensolver.all(UnnormalizedLaplacian.of(complete(n))).values();
        double[] expected = new double[n];
        Arrays.fill(expected, 1, n, n);
        assertClose(expected, actual, 1e-12, n, "complete graph spectrum");
    }

    @Test
    void completeGraphSymmetricLaplacianHasEigenvalueNOverNMinusOne() {
        int n = 12;
        double[] actual = Eigensolver.all(SymmetricLaplacian.of(complete(n))).values();
        double[] expected = new double[n];
        Arrays.fill(expected, 1, n, n / (n - 1.0));
        assertClose(expected, actual, 1e-12, 2.0, "complete graph L_sym spectrum");
    }

    @Test
    void zeroHasMultiplicityEqualToTheNumberOfComponents() {
        Graph twoRings = disjointUnion(ring(10), complete(6));
        assertEquals(2, twoRings.components().count());
        double[] values = Eigensolver.all(UnnormalizedLaplacian.of(twoRings)).values();
        long zeros = Arrays.stream(values).filter(v -> Math.abs(v) < 1e-10).count();
        assertEquals(2, zeros);
        assertTrue(values[2] > 0.1, "the third eigenvalue is the ring's first non-zero one");
    }

    @Test
    void componentIndicatorsSpanTheNullSpace() {
        Graph twoParts = disjointUnion(ring(10), complete(6));
        Eigenpairs pairs = Eigensolver.smallest(UnnormalizedLaplacian.of(twoParts), 2);
        for (int j = 0; j < 2; j++) {
            Vector v = pairs.vector(j);
            double firstPart = v.get(0);
            double secondPart = v.get(10);
            for (int i = 0; i < 16; i++) {
                assertEquals(i < 10 ? firstPart : secondPart, v.get(i), 1e-12,
                        "null vectors are constant on each component");
            }
        }
    }

    @Test
    void disconnectedKnnGraphPrintsOneWarningWithComponentSizes() {
        double[][] rows = new double[20][];
        for (int i = 0; i < 20; i++) {
            rows[i] = new double[] {i < 15 ? i * 0.1 : 100 + i * 0.1, 0};
        }
        Matrix points = new Basic2DMatrix(rows);
        try (Log.Capture capture = Log.capture()) {
            Graph graph = KnnGraph.of(points).k(3).build();
            assertEquals(2, graph.components().count());
            assertEquals(1, capture.warnings().size());
            assertTrue(capture.warnings().get(0).contains("sizes 15, 5"),
                    capture.warnings().get(0));
        }
    }

    static Graph disjointUnion(Graph a, Graph b) {
        int n = a.size() + b.size();
        Matrix w = new Basic2DMatrix(n, n);
        Matrix wa = a.weights();
        Matrix wb = b.weights();
        for (int i = 0; i < a.size(); i++) {
            for (int j = 0; j < a.size(); j++) {
                w.set(i, j, wa.get(i, j));
            }
        }
        for (int i = 0; i < b.size(); i++) {
            for (int j = 0; j < b.size(); j++) {
                w.set(a.size() + i, a.size() + j, wb.get(i, j));
            }
        }
        return Graph.fromWeights(w);
    }
}
