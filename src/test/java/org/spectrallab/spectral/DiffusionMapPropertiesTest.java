package org.spectrallab.spectral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spectrallab.support.Close.assertClose;
import static org.spectrallab.support.Close.assertRelative;

import org.junit.jupiter.api.Test;
import org.la4j.Matrix;
import org.la4j.matrix.dense.Basic2DMatrix;
import org.spectrallab.graph.Graph;
import org.spectrallab.graph.KnnGraph;
import org.spectrallab.kernel.GramMatrix;
import org.spectrallab.support.Reference;

/** Facts about diffusion maps on the reference subset and on a non-uniformly sampled circle. */
class DiffusionMapPropertiesTest {

    private static final Matrix POINTS = Reference.subset().points();
    private static final Matrix KERNEL = GramMatrix.rbf(POINTS);
    private static final Graph GRAPH = KnnGraph.of(POINTS).k(10).build();

    @Test
    void spectralFormulaEqualsTheDefinitionOnTheDenseKernel() {
        DiffusionMap map = DiffusionMap.of(KERNEL, 0.5, KERNEL.rows());
        assertDefinitionMatchesSpectralFormula(map);
    }

    @Test
    void spectralFormulaEqualsTheDefinitionOnTheSparseKnnKernel() {
        DiffusionMap map = DiffusionMap.of(GRAPH, 1, GRAPH.size());
        assertDefinitionMatchesSpectralFormula(map);
    }

    /**
     * With all N eigenpairs the two forms are the same number computed two ways; they agree
     * to 1e-9 relative (rounding in N-term sums, amplified where D_t is small at large t).
     */
    private static void assertDefinitionMatchesSpectralFormula(DiffusionMap map) {
        int[][] pairs = {{0, 1}, {0, 199}, {17, 42}, {100, 101}};
        for (int t : new int[] {0, 1, 2, 5}) {
            for (int[] pair : pairs) {
                assertRelative(map.distanceByDefinition(pair[0], pair[1], t),
                        map.distance(pair[0], pair[1], t), 1e-9,
                        "D_" + t + "(" + pair[0] + ", " + pair[1] + ")");
            }
        }
    }

    @Test
    void firstEigenpairIsTheConstantWithEigenvalueOne() {
        DiffusionMap map = DiffusionMap.of(KERNEL, 1, 5);
        assertEquals(1, map.eigenvalue(0), 1e-13);
        double[] ones = new double[map.size()];
        java.util.Arrays.fill(ones, 1);
        assertClose(ones, map.eigenvector(0), 1e-10, 1, "psi_0");
    }

    @Test
    void eigenvectorsAreOrthonormalUnderTheStationaryDistribution() {
        DiffusionMap map = DiffusionMap.of(KERNEL, 0.5, 6);
        double[] pi = map.stationaryDistribution();
        for (int a = 0; a < 6; a++) {
            for (int b = 0; b < 6; b++) {
                double[] psiA = map.eigenvector(a);
                double[] psiB = map.eigenvector(b);
                double inner = 0;
                for (int i = 0; i < pi.length; i++) {
                    inner += pi[i] * psiA[i] * psiB[i];
                }
                assertEquals(a == b ? 1 : 0, inner, 1e-12, "<psi_" + a + ", psi_" + b + ">_pi");
            }
        }
    }

    @Test
    void coordinatesAreEigenvectorsScaledByEigenvaluePowers() {
        DiffusionMap map = DiffusionMap.of(KERNEL, 0, 4);
        double t = 2.5;
        for (int l = 1; l < 4; l++) {
            double[] expected = map.eigenvector(l);
            for (int i = 0; i < expected.length; i++) {
                expected[i] *= Math.pow(map.eigenvalue(l), t);
            }
            assertClose(expected, map.coordinate(l, t), 1e-15, 1, "coordinate " + l);
            assertClose(expected, columnOf(map.coordinates(t), l - 1), 1e-15, 1, "column");
        }
    }

    /**
     * Points on the unit circle at angles drawn with density p(theta) proportional to
     * 1 + 0.5 cos(theta) (three times denser at 0 than at pi), by the inverse distribution
     * function at the midpoints (i + 1/2) / N, so the sample is deterministic.
     */
    static Matrix nonUniformCircle(int n) {
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            double theta = inverseDistribution((i + 0.5) / n);
            rows[i] = new double[] {Math.cos(theta), Math.sin(theta)};
        }
        return new Basic2DMatrix(rows);
    }

    /** Solves (theta + 0.5 sin theta) / (2 pi) = u by bisection. */
    private static double inverseDistribution(double u) {
        double low = 0;
        double high = 2 * Math.PI;
        for (int step = 0; step < 100; step++) {
            double middle = (low + high) / 2;
            if ((middle + 0.5 * Math.sin(middle)) / (2 * Math.PI) < u) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return (low + high) / 2;
    }

    /** (1 - lambda_l) / (1 - lambda_1) for l = 1..6: the generator's eigenvalue ratios. */
    private static double[] generatorRatios(double alpha) {
        Matrix circle = nonUniformCircle(500);
        DiffusionMap map = DiffusionMap.of(GramMatrix.rbf(circle, 0.01), alpha, 7);
        double[] ratios = new double[6];
        for (int l = 1; l <= 6; l++) {
            ratios[l - 1] = (1 - map.eigenvalue(l)) / (1 - map.eigenvalue(1));
        }
        return ratios;
    }

    @Test
    void alphaOneRecoversTheCirclesLaplaceBeltramiRatios() {
        // the circle's Laplace-Beltrami eigenvalues are k^2, each twice (cos and sin); the
        // kernel's width sqrt(eps) = 0.1 biases (1 - lambda) by O(eps k^2): 0.9% at k = 3
        // measured, so 2% holds with room
        assertClose(new double[] {1, 1, 4, 4, 9, 9}, generatorRatios(1), 0.02, 0,
                "alpha = 1 ratios");
    }

    @Test
    void alphaZeroIsBiasedByTheSamplingDensity() {
        // alpha = 0 approximates Laplace-Beltrami plus a drift towards dense regions, which
        // splits the k = 1 pair: its second ratio comes out near 1.29
        double[] ratios = generatorRatios(0);
        assertTrue(ratios[1] > 1.2, "second ratio " + ratios[1] + " should show the bias");
    }

    @Test
    void lanczosForAFewPairsOfALargeKernelAgreesWithLapack() {
        // above 1500 points and for fewer than a third of the pairs the dense path uses
        // ARPACK with BLAS products; eigenvalues converge to ~1e-15, and distances over the
        // first two cos/sin pairs do not depend on how each pair is rotated
        Matrix kernel = GramMatrix.rbf(nonUniformCircle(1600), 0.01);
        DiffusionMap lanczos = DiffusionMap.of(kernel, 1, 5);
        DiffusionMap lapack = DiffusionMap.of(kernel, 1, 1600);
        assertClose(java.util.Arrays.copyOf(lapack.eigenvalues(), 5), lanczos.eigenvalues(),
                1e-12, 1, "eigenvalues");
        double lapackDistance = 0;
        for (int l = 1; l < 5; l++) {
            double[] psi = lapack.coordinate(l, 1);
            lapackDistance += Math.pow(psi[0] - psi[800], 2);
        }
        assertRelative(Math.sqrt(lapackDistance), lanczos.distance(0, 800, 1), 1e-9,
                "D_1(0, 800) over the first four coordinates");
    }

    private static double[] columnOf(Matrix m, int column) {
        double[] values = new double[m.rows()];
        for (int i = 0; i < values.length; i++) {
            values[i] = m.get(i, column);
        }
        return values;
    }
}
