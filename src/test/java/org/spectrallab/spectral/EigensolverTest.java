package org.spectrallab.spectral;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spectrallab.support.Close.assertClose;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.la4j.Matrix;
import org.la4j.matrix.dense.Basic2DMatrix;
import org.la4j.matrix.sparse.CRSMatrix;
import org.spectrallab.Log;
import org.spectrallab.data.Dataset;
import org.spectrallab.data.ImageSet;
import org.spectrallab.data.Split;
import org.spectrallab.data.StratifiedSampler;
import org.spectrallab.graph.Graph;
import org.spectrallab.graph.KnnGraph;
import org.spectrallab.graph.SymmetricLaplacian;
import org.spectrallab.numeric.Arpack;
import org.spectrallab.numeric.Lapack;
import org.spectrallab.numeric.SparseRows;

/** The eigensolvers: dense against sparse, orthonormality, sign convention, bad input. */
class EigensolverTest {

    private static Graph mnistGraph(int perClass) {
        ImageSet images = ImageSet.load(Dataset.MNIST, Split.TEST);
        return KnnGraph.of(StratifiedSampler.randomPerClass(images, perClass, 7).points()).k(10)
                .build();
    }

    @Test
    void lanczosAgreesWithLapackOnAnMnistLaplacian() {
        Graph graph = mnistGraph(200);
        CRSMatrix laplacian = SymmetricLaplacian.of(graph);
        Eigenpairs sparse = Eigensolver.lanczos(SparseRows.of(laplacian), 12, Arpack.End.SMALLEST);
        Eigenpairs dense = Eigenpairs.of(Lapack.pairsInRange(
                org.spectrallab.numeric.DenseArrays.rowMajor(laplacian), 2000, 0, 11),
                Eigenpairs.Order.ASCENDING);
        // both solvers converge to machine precision relative to |L_sym| <= 2
        assertClose(dense.values(), sparse.values(), 1e-10, 2.0, "eigenvalues");
        for (int j = 1; j < 10; j++) {
            if (dense.value(j + 1) - dense.value(j) > 1e-3 && dense.value(j) - dense.value(j - 1) > 1e-3) {
                assertClose(dense.vectorArray(j), sparse.vectorArray(j), 1e-7, 1.0, "vector " + j);
            }
        }
    }

    @Test
    void lanczosLargestAgreesWithLapackOnAnMnistLaplacian() {
        CRSMatrix laplacian = SymmetricLaplacian.of(mnistGraph(200));
        Eigenpairs sparse = Eigensolver.lanczos(SparseRows.of(laplacian), 12, Arpack.End.LARGEST);
        Eigenpairs dense = Eigenpairs.of(Lapack.pairsInRange(
                org.spectrallab.numeric.DenseArrays.rowMajor(laplacian), 2000, 1988, 1999),
                Eigenpairs.Order.DESCENDING);
        // as for the smallest: both converge to ~1e-14 relative to |L_sym| <= 2
        assertClose(dense.values(), sparse.values(), 1e-10, 2.0, "eigenvalues");
        for (int j = 1; j < 11; j++) {
            boolean separated = dense.value(j - 1) - dense.value(j) > 1e-3
                    && dense.value(j) - dense.value(j + 1) > 1e-3;
            if (separated) {
                assertClose(dense.vectorArray(j), sparse.vectorArray(j), 1e-7, 1.0, "vector " + j);
            }
        }
    }

    @Test
    void lanczosRefusesACountOutsideOneToNMinusOne() {
        SparseRows laplacian = SymmetricLaplacian.rows(mnistGraph(10));
        assertThrows(IllegalArgumentException.class,
                () -> Eigensolver.lanczos(laplacian, 0, Arpack.End.SMALLEST));
        assertThrows(IllegalArgumentException.class,
                () -> Eigensolver.lanczos(laplacian, 100, Arpack.End.SMALLEST));
    }

    @Test
    void lanczosGivesTheSameNumbersOnEveryRun() {
        SparseRows laplacian = SymmetricLaplacian.rows(mnistGraph(160));
        Eigenpairs first = Eigensolver.lanczos(laplacian, 6, Arpack.End.SMALLEST);
        Eigenpairs second = Eigensolver.lanczos(laplacian, 6, Arpack.End.SMALLEST);
        assertArrayEquals(first.values(), second.values());
        assertArrayEquals(first.vectorArray(3), second.vectorArray(3));
    }

    @Test
    void eigenvectorsAreOrthonormal() {
        Eigenpairs pairs = Eigensolver.all(SymmetricLaplacian.of(mnistGraph(10)));
        Matrix v = pairs.vectors();
        Matrix gram = v.transpose().multiply(v);
        for (int i = 0; i < gram.rows(); i++) {
            for (int j = 0; j < gram.columns(); j++) {
                assertEquals(i == j ? 1.0 : 0.0, gram.get(i, j), 1e-12);
            }
        }
    }

    @Test
    void largestEntryOfEveryEigenvectorIsPositive() {
        Eigenpairs pairs = Eigensolver.largest(SymmetricLaplacian.of(mnistGraph(10)), 5);
        for (int j = 0; j < pairs.count(); j++) {
            double[] v = pairs.vectorArray(j);
            double largest = 0;
            for (double x : v) {
                largest = Math.abs(x) > Math.abs(largest) ? x : largest;
            }
            assertTrue(largest > 0);
        }
    }

    @Test
    void largestComesInDescendingOrder() {
        double[] values = Eigensolver.largest(SymmetricLaplacian.of(mnistGraph(10)), 5).values();
        for (int j = 1; j < values.length; j++) {
            assertTrue(values[j] <= values[j - 1]);
        }
    }

    @Test
    void asymmetricMatrixIsRefusedWithTheOffendingEntry() {
        Matrix a = new Basic2DMatrix(new double[][] {{1, 2}, {3, 1}});
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Eigensolver.all(a));
        assertTrue(error.getMessage().contains("not symmetric: entry (0, 1)"), error.getMessage());
    }

    @Test
    void nanInAMatrixIsRefused() {
        Matrix a = new Basic2DMatrix(new double[][] {{1, Double.NaN}, {Double.NaN, 1}});
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Eigensolver.all(a));
        assertTrue(error.getMessage().contains("NaN"), error.getMessage());
    }

    @Test
    void askingForTooManyEigenpairsIsRefused() {
        Matrix a = new Basic2DMatrix(new double[][] {{2, 0}, {0, 1}});
        assertThrows(IllegalArgumentException.class, () -> Eigensolver.smallest(a, 3));
    }

    @Test
    void roundingNegativeEigenvaluesOfAPsdMatrixAreClampedWithAFriendlyNote() {
        Eigenpairs pairs = Eigenpairs.of(new double[] {-2.1e-15, -1e-17, -3e-16, 0.5, 1.0},
                identity(5), 5, Eigenpairs.Order.ASCENDING);
        try (Log.Capture capture = Log.capture()) {
            Eigenpairs clamped = pairs.clampedToNonNegative("L_sym");
            assertArrayEquals(new double[] {0, 0, 0, 0.5, 1.0}, clamped.values());
            assertEquals(List.of("3 eigenvalues of L_sym were slightly below 0 (smallest "
                    + "-2e-15, rounding error) and were set to 0"), capture.notes());
            assertTrue(capture.warnings().isEmpty(), "no warning: " + capture.warnings());
        }
    }

    @Test
    void theNumericalRankCountsTheEigenvaluesAboveTheRoundoffTimesNTimesTheLargest() {
        // tolerance 1e-3 x 6 x 2 = 1.2e-2 here
        Eigenpairs pairs = Eigenpairs.of(new double[] {2.0, 0.5, 2e-2, 1e-2, 0, -1e-16},
                identity(6), 6, Eigenpairs.Order.DESCENDING);
        assertEquals(3, pairs.numericalRank(1e-3));
        assertEquals(4, pairs.numericalRank(Math.ulp(1.0)), "every positive value but 0");
    }

    @Test
    void theNumericalRankOfTheLinearGramOfRankOneDataIsOne() {
        Matrix x = new Basic2DMatrix(new double[][] {{1, 2}, {2, 4}, {3, 6}});
        Eigenpairs pairs = Eigensolver.largest(x.multiply(x.transpose()), 3);
        assertEquals(1, pairs.numericalRank(Math.ulp(1.0)));
    }

    @Test
    void aRoundoffOutsideZeroToOneIsRefused() {
        Eigenpairs pairs = Eigenpairs.of(new double[] {1.0}, identity(1), 1,
                Eigenpairs.Order.DESCENDING);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> pairs.numericalRank(0));
        assertTrue(e.getMessage().contains("Math.ulp(1.0)"), e.getMessage());
    }

    @Test
    void aSingleRoundingNegativeEigenvalueIsNotedInTheSingular() {
        Eigenpairs pairs = Eigenpairs.of(new double[] {-1e-17, 0.5, 1.0}, identity(3), 3,
                Eigenpairs.Order.ASCENDING);
        try (Log.Capture capture = Log.capture()) {
            pairs.clampedToNonNegative("the linear Gram matrix");
            assertEquals(List.of("1 eigenvalue of the linear Gram matrix was slightly below 0 "
                    + "(-1e-17, rounding error) and was set to 0"), capture.notes());
        }
    }

    @Test
    void aClearlyNegativeEigenvalueIsKeptAndWarnedAbout() {
        // rounding level is 1e-10 x |lambda|_max x N = 3e-10 here; -0.1 is far beyond it
        Eigenpairs pairs = Eigenpairs.of(new double[] {-0.1, 0.5, 1.0}, identity(3), 3,
                Eigenpairs.Order.ASCENDING);
        try (Log.Capture capture = Log.capture()) {
            Eigenpairs kept = pairs.clampedToNonNegative("the test matrix");
            assertEquals(-0.1, kept.value(0));
            assertEquals(1, capture.warnings().size(), capture.warnings().toString());
            assertTrue(capture.warnings().get(0).startsWith("warning: the test matrix has "
                    + "eigenvalue -0.1, beyond rounding error"), capture.warnings().get(0));
            assertTrue(capture.notes().isEmpty(), capture.notes().toString());
        }
    }

    private static double[] identity(int n) {
        double[] vectors = new double[n * n];
        for (int i = 0; i < n; i++) {
            vectors[i * n + i] = 1;
        }
        return vectors;
    }
}
