package org.spectrallab.spectral;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spectrallab.support.Close.assertClose;

import org.junit.jupiter.api.Test;
import org.la4j.Matrix;
import org.spectrallab.graph.KnnGraph;
import org.spectrallab.graph.SymmetricLaplacian;
import org.spectrallab.numeric.DenseArrays;
import org.spectrallab.support.Reference;

/**
 * A kernel that is exactly a function of the Laplacian, K = c g(L): its eigenvectors are the
 * Laplacian's, the alignment pairs them one to one, and the fit recovers g's parameters. The
 * eigenvectors come from two LAPACK solves, each accurate to ~1e-13 for the well-separated
 * low eigenvalues used here.
 */
class EigenvalueTransformTest {

    private static final Eigenpairs LAPLACIAN = Eigensolver.all(SymmetricLaplacian.of(
            KnnGraph.of(Reference.subset().points()).k(10).build()));

    private static Eigenpairs kernelEigenpairs(SpectralFilter g, double c, int count) {
        Matrix kernel = g.matrix(LAPLACIAN).multiply(c);
        return Eigensolver.largest(kernel, count);
    }

    @Test
    void alignmentOfABasisWithItselfIsTheIdentity() {
        Matrix a = LAPLACIAN.first(30).alignment(LAPLACIAN.first(30));
        for (int j = 0; j < 30; j++) {
            for (int k = 0; k < 30; k++) {
                assertEquals(j == k ? 1 : 0, a.get(j, k), 1e-12);
            }
        }
    }

    @Test
    void heatKernelIsPairedOneToOneAndItsTimeRecovered() {
        EigenvalueTransform transform = EigenvalueTransform.matched(
                kernelEigenpairs(SpectralFilter.heat(3), 2, 12), LAPLACIAN);
        int[] expected = new int[12];
        java.util.Arrays.setAll(expected, j -> j);
        assertArrayEquals(expected, transform.laplacianIndex());
        double[] ones = new double[12];
        java.util.Arrays.fill(ones, 1);
        assertClose(ones, transform.overlaps(), 1e-9, 1, "overlaps");
        EigenvalueTransform.CurveFit fit = transform.heatFit();
        assertEquals(2, fit.constant(), 1e-9);
        assertEquals(SpectralFilter.heat(3).at(0.3), fit.shape().at(0.3), 1e-9);
        assertTrue(fit.rmsLogError() < 1e-9, fit.toString());
    }

    @Test
    void resolventShiftAndPowerAreRecovered() {
        EigenvalueTransform transform = EigenvalueTransform.byRank(
                kernelEigenpairs(SpectralFilter.resolvent(0.2, 1.5), 0.5, 15), LAPLACIAN);
        EigenvalueTransform.CurveFit fit = transform.resolventFit();
        // the golden-section search ends at 1e-10 in log a; the error surface is flat to
        // second order there, so the parameters come out to ~1e-6
        double[] probes = {0, 0.1, 0.4};
        double[] expected = SpectralFilter.resolvent(0.2, 1.5).at(probes);
        for (int p = 0; p < probes.length; p++) {
            expected[p] *= 0.5;
        }
        assertClose(expected, fit.at(probes), 1e-6, 0, "fitted resolvent");
        assertTrue(fit.rmsLogError() < 1e-6, fit.toString());
        assertTrue(transform.heatFit().rmsLogError() > 10 * fit.rmsLogError(),
                "a heat curve fits a resolvent worse");
    }

    @Test
    void nonPositiveKernelEigenvaluesAreRefused() {
        Eigenpairs signed = Eigenpairs.of(new double[] {1, -0.5}, DenseArrays.rowMajor(
                LAPLACIAN.first(2).vectors()), 200, Eigenpairs.Order.DESCENDING);
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> EigenvalueTransform.byRank(signed,
                        LAPLACIAN));
        assertTrue(e.getMessage().contains("-0.5"), e.getMessage());
    }
}
