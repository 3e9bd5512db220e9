package org.spectrallab.entk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.la4j.Matrix;
import org.spectrallab.Log;
import org.spectrallab.kernel.GramMatrix;
import org.spectrallab.numeric.DenseArrays;

/**
 * Alignment metrics on cases worked out by hand. Tolerance 1e-12: each is a handful of
 * float64 operations on small exact numbers.
 */
class KernelAlignmentTest {

    private static final double EXACT = 1e-12;

    @Test
    void ckaOfAKernelWithItselfIsOne() {
        Matrix k = randomKernel(12, 1);
        assertEquals(1.0, KernelAlignment.cka(k, k), EXACT);
    }

    @Test
    void ckaIgnoresTheScaleOfEitherKernel() {
        Matrix k = randomKernel(12, 1);
        Matrix l = randomKernel(12, 2);
        assertEquals(KernelAlignment.cka(k, l), KernelAlignment.cka(k.multiply(7.5), l), EXACT);
    }

    @Test
    void ckaOfTwoCrossedPartitionsIsZero() {
        // centred, each label kernel is +-1/2; the two partitions agree on half the entries
        Matrix first = KernelAlignment.labelKernel(new int[] {0, 0, 1, 1});
        Matrix second = KernelAlignment.labelKernel(new int[] {0, 1, 0, 1});
        assertEquals(0.0, KernelAlignment.cka(first, second), EXACT);
    }

    @Test
    void debiasedCkaOfAKernelWithItselfIsOne() {
        Matrix k = randomKernel(12, 3);
        assertEquals(1.0, KernelAlignment.ckaDebiased(k, k), EXACT);
    }

    @Test
    void debiasedHsicMatchesItsUStatisticDefinition() {
        // Song et al. (2012): HSIC_1 = 1/(n)_4 sum over distinct (i, j, q, r) of
        // K_ij L_ij + K_ij L_qr - 2 K_ij L_iq; CKA_1 normalises it
        Matrix k = randomKernel(6, 4);
        Matrix l = randomKernel(6, 5);
        double expected = uStatistic(k, l) / Math.sqrt(uStatistic(k, k) * uStatistic(l, l));
        assertEquals(expected, KernelAlignment.ckaDebiased(k, l), EXACT);
    }

    @Test
    void debiasedCkaOfAConstantKernelWarnsAndIsNaN() {
        Matrix constant = DenseArrays.matrix(5, 5, filled(25, 1.0));
        try (Log.Capture capture = Log.capture()) {
            double cka = KernelAlignment.ckaDebiased(constant, randomKernel(5, 6));
            assertTrue(Double.isNaN(cka));
            assertTrue(capture.warnings().get(0).contains("undefined"), capture.warnings()
                    .toString());
        }
    }

    @Test
    void kernelTargetAlignmentOfTheIdentityWithTwoPairsIsOneOverRootTwo() {
        // <I, Y Y^T> = trace(Y Y^T) = 4, |I|_F = 2, |Y Y^T|_F = sqrt(8)
        Matrix identity = DenseArrays.matrix(4, 4, identity(4));
        assertEquals(1 / Math.sqrt(2), KernelAlignment.kernelTargetAlignment(identity,
                new int[] {0, 0, 1, 1}), EXACT);
    }

    @Test
    void kernelTargetAlignmentOfTheTargetsOwnKernelIsOne() {
        Matrix y = DenseArrays.matrix(4, 1, new double[] {1, -1, 2, 0.5});
        assertEquals(1.0, KernelAlignment.kernelTargetAlignment(y.multiply(y.transpose()), y),
                EXACT);
    }

    @Test
    void centredNtkAlignmentCentresOnlyTheKernel() {
        // K = I, y = e_1: y^T H y = 3/4, |H I H|_F = sqrt(3), |y|^2 = 1, so 3 / (4 sqrt 3);
        // CKA with y y^T centres y as well: (3/4) / (sqrt(3) |H y|^2) = 1 / sqrt(3)
        Matrix identity = DenseArrays.matrix(4, 4, identity(4));
        Matrix y = DenseArrays.matrix(4, 1, new double[] {1, 0, 0, 0});
        assertEquals(0.75 / Math.sqrt(3), KernelAlignment.centredNtkAlignment(identity, y),
                EXACT);
        assertEquals(1 / Math.sqrt(3), KernelAlignment.cka(identity, y.multiply(y.transpose())),
                EXACT);
    }

    @Test
    void cumulativeTargetPowerReachesOneAtN() {
        Matrix k = randomKernel(15, 7);
        int[] labels = {0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2};
        double[] c = TargetPower.cumulative(k, KernelAlignment.oneHot(labels));
        // the eigenvectors are an orthonormal basis: float64 rounding only
        assertEquals(1.0, c[14], EXACT);
        for (int j = 1; j < c.length; j++) {
            assertTrue(c[j] >= c[j - 1], "C must not decrease");
        }
    }

    @Test
    void cumulativeTargetPowerOfAnEigenvectorTargetJumpsAtItsRank() {
        // diagonal kernel: eigenvectors e_1, e_2, e_3 by decreasing eigenvalue 3, 2, 1
        Matrix k = DenseArrays.matrix(3, 3, new double[] {1, 0, 0, 0, 3, 0, 0, 0, 2});
        Matrix y = DenseArrays.matrix(3, 1, new double[] {0, 0, 5});
        double[] c = TargetPower.cumulative(k, y);
        assertEquals(0.0, c[0], EXACT);
        assertEquals(1.0, c[1], EXACT);
        assertEquals(1.0, c[2], EXACT);
    }

    @Test
    void eigenvectorAlignmentOfAKernelWithItselfIsTheIdentity() {
        Matrix k = randomKernel(10, 8);
        Matrix a = EigenvectorAlignment.of(k, k, 4);
        for (int j = 0; j < 4; j++) {
            for (int l = 0; l < 4; l++) {
                // orthonormal eigenvectors from LAPACK: 1e-12 covers their rounding
                assertEquals(j == l ? 1.0 : 0.0, a.get(j, l), EXACT);
            }
        }
    }

    /** A linear Gram matrix of random points: symmetric PSD with a generic spectrum. */
    private static Matrix randomKernel(int n, long seed) {
        Random random = new Random(seed);
        double[] points = new double[n * 3];
        for (int p = 0; p < points.length; p++) {
            points[p] = random.nextGaussian();
        }
        return GramMatrix.linear(DenseArrays.matrix(n, 3, points)).add(
                DenseArrays.matrix(n, n, identity(n)));
    }

    private static double uStatistic(Matrix k, Matrix l) {
        int n = k.rows();
        double sum = 0;
        long tuples = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int q = 0; q < n; q++) {
                    for (int r = 0; r < n; r++) {
                        if (i == j || i == q || i == r || j == q || j == r || q == r) {
                            continue;
                        }
                        sum += k.get(i, j) * l.get(i, j) + k.get(i, j) * l.get(q, r)
                                - 2 * k.get(i, j) * l.get(i, q);
                        tuples++;
                    }
                }
            }
        }
        return sum / tuples;
    }

    private static double[] identity(int n) {
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            a[i * n + i] = 1;
        }
        return a;
    }

    private static double[] filled(int size, double value) {
        double[] a = new double[size];
        java.util.Arrays.fill(a, value);
        return a;
    }
}
