package org.spectrallab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.la4j.Matrix;
import org.la4j.matrix.dense.Basic2DMatrix;
import org.spectrallab.data.Subset;
import org.spectrallab.spectral.Eigensolver;
import org.spectrallab.support.Reference;

/** Properties every Gram matrix has, the bandwidth conversions, and bad input. */
class GramPropertiesTest {

    private final Subset subset = Reference.subset();

    @Test
    void gramMatricesAreSymmetricAndPositiveSemiDefinite() {
        for (Matrix k : new Matrix[] {GramMatrix.linear(subset.points()),
            GramMatrix.cosine(subset.points()), GramMatrix.rbf(subset.points())}) {
            for (int i = 0; i < k.rows(); i++) {
                for (int j = 0; j < k.columns(); j++) {
                    assertEquals(k.get(i, j), k.get(j, i), 0.0);
                }
            }
            double smallest = Eigensolver.smallest(k, 1).value(0);
            double largest = Eigensolver.largest(k, 1).value(0);
            // PSD up to LAPACK rounding, about 1e-15 of the largest eigenvalue per dimension
            assertTrue(smallest > -1e-12 * largest, "smallest eigenvalue " + smallest);
        }
    }

    @Test
    void cosineGramHasOnesOnTheDiagonal() {
        Matrix k = GramMatrix.cosine(subset.points());
        for (int i = 0; i < k.rows(); i++) {
            assertEquals(1.0, k.get(i, i), 1e-14);
        }
    }

    @Test
    void rbfEntryIsExpOfMinusSquaredDistanceOverEps() {
        double eps = 50.0;
        Matrix k = GramMatrix.rbf(subset.points(), eps);
        double squared = 0;
        for (int p = 0; p < subset.dimension(); p++) {
            double diff = subset.points().get(3, p) - subset.points().get(77, p);
            squared += diff * diff;
        }
        assertEquals(Math.exp(-squared / eps), k.get(3, 77), 1e-13);
    }

    @Test
    void sigmaAndGammaConventionsConvertToTheSameKernel() {
        double sigma = 4.0;
        double eps = Bandwidth.fromSigma(sigma);
        assertEquals(2 * sigma * sigma, eps, 0.0);
        assertEquals(sigma, Bandwidth.toSigma(eps), 1e-15);
        assertEquals(eps, Bandwidth.fromGamma(Bandwidth.toGamma(eps)), 1e-12);
        double d2 = 7.5;
        assertEquals(Math.exp(-d2 / (2 * sigma * sigma)), Math.exp(-d2 / eps), 0.0);
    }

    @Test
    void nonPositiveOrNanBandwidthIsRefused() {
        for (double eps : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                    () -> GramMatrix.rbf(subset.points(), eps));
            assertTrue(error.getMessage().contains("must be a finite number > 0"),
                    error.getMessage());
        }
    }

    @Test
    void nanInTheDataIsRefusedWithItsPosition() {
        Matrix points = new Basic2DMatrix(new double[][] {{0, 1}, {1, Double.NaN}, {2, 2}});
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> GramMatrix.linear(points));
        assertTrue(error.getMessage().contains("row 1, column 1"), error.getMessage());
    }

    @Test
    void zeroRowIsRefusedByTheCosineKernel() {
        Matrix points = new Basic2DMatrix(new double[][] {{0, 1}, {0, 0}});
        assertThrows(IllegalArgumentException.class, () -> GramMatrix.cosine(points));
    }
}
