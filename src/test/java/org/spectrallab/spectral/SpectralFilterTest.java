package org.spectrallab.spectral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.spectrallab.support.Close.assertClose;

import org.junit.jupiter.api.Test;
import org.la4j.Matrix;
import org.spectrallab.graph.SymmetricLaplacian;
import org.spectrallab.graph.KnnGraph;
import org.spectrallab.graph.UnnormalizedLaplacian;
import org.spectrallab.numeric.DenseArrays;
import org.spectrallab.support.Reference;
import org.spectrallab.support.TestGraphs;

/**
 * Functions of a Laplacian g(L) = U g(Lambda) U^T: closed forms and algebraic facts. The
 * operators are built from LAPACK eigenpairs accurate to ~1e-15 |L|; entries are sums of N
 * such products, so 1e-12 absolute on entries of size &lt;= 1 leaves a factor of 10-100.
 */
class SpectralFilterTest {

    private static final int RING = 64;
    private static final Eigenpairs RING_BASIS =
            Eigensolver.all(UnnormalizedLaplacian.of(TestGraphs.ring(RING)));
    private static final Eigenpairs MNIST_BASIS = Eigensolver.all(SymmetricLaplacian.of(
            KnnGraph.of(Reference.subset().points()).k(10).build()));

    /** H_t(i, j) = (1/n) sum_k exp(-t (2 - 2 cos(2 pi k / n))) cos(2 pi k (i - j) / n). */
    static double ringHeatKernel(int n, double t, int i, int j) {
        double sum = 0;
        for (int k = 0; k < n; k++) {
            double frequency = 2 * Math.PI * k / n;
            sum += Math.exp(-t * (2 - 2 * Math.cos(frequency))) * Math.cos(frequency * (i - j));
        }
        return sum / n;
    }

    @Test
    void ringHeatKernelMatchesItsClosedForm() {
        for (double t : new double[] {0.5, 3, 20}) {
            Matrix heat = SpectralFilter.heat(t).matrix(RING_BASIS);
            double[] expected = new double[RING * RING];
            for (int i = 0; i < RING; i++) {
                for (int j = 0; j < RING; j++) {
                    expected[i * RING + j] = ringHeatKernel(RING, t, i, j);
                }
            }
            assertClose(expected, DenseArrays.rowMajor(heat), 1e-12, 1.0, "H_" + t);
        }
    }

    @Test
    void heatKernelsFormASemigroup() {
        Matrix product = SpectralFilter.heat(0.7).matrix(MNIST_BASIS)
                .multiply(SpectralFilter.heat(2.3).matrix(MNIST_BASIS));
        Matrix sum = SpectralFilter.heat(3.0).matrix(MNIST_BASIS);
        assertClose(DenseArrays.rowMajor(sum), DenseArrays.rowMajor(product), 1e-12, 1.0,
                "H_0.7 H_2.3 against H_3");
    }

    @Test
    void heatKernelAtTimeZeroIsTheIdentity() {
        Matrix identity = SpectralFilter.heat(0).matrix(MNIST_BASIS);
        for (int i = 0; i < identity.rows(); i++) {
            for (int j = 0; j < identity.columns(); j++) {
                assertEquals(i == j ? 1 : 0, identity.get(i, j), 1e-12);
            }
        }
    }

    @Test
    void resolventOfPowerOneInvertsTheShiftedLaplacian() {
        double shift = 0.1;
        Matrix resolvent = SpectralFilter.resolvent(shift, 1).matrix(MNIST_BASIS);
        Matrix shifted = SymmetricLaplacian.of(KnnGraph.of(Reference.subset().points()).k(10)
                .build()).add(org.la4j.Matrix.identity(200).multiply(shift));
        Matrix product = shifted.multiply(resolvent);
        // (L + 0.1 I)^-1 has norm 10, so rounding in the product is ~10 x 1e-15 x N
        for (int i = 0; i < 200; i++) {
            for (int j = 0; j < 200; j++) {
                assertEquals(i == j ? 1 : 0, product.get(i, j), 1e-11);
            }
        }
    }

    @Test
    void projectorIsIdempotentAndItsTraceCountsTheEigenvaluesKept() {
        double cutoff = MNIST_BASIS.value(24);
        SpectralFilter projector = SpectralFilter.projector(cutoff);
        Matrix p = projector.matrix(MNIST_BASIS);
        assertClose(DenseArrays.rowMajor(p), DenseArrays.rowMajor(p.multiply(p)), 1e-12, 1.0,
                "P^2 = P");
        assertEquals(25, p.trace(), 1e-10);
        assertEquals(25, projector.trace(MNIST_BASIS), 0);
    }

    @Test
    void filteringASignalEqualsMultiplyingByTheFilterMatrix() {
        double[] signal = new double[200];
        for (int i = 0; i < signal.length; i++) {
            signal[i] = Math.sin(i);
        }
        SpectralFilter heat = SpectralFilter.heat(1.5);
        double[] expected = DenseArrays.array(heat.matrix(MNIST_BASIS)
                .multiply(DenseArrays.vector(signal)));
        assertClose(expected, heat.apply(MNIST_BASIS, signal), 1e-12, 1.0, "g(L) x");
    }
}
