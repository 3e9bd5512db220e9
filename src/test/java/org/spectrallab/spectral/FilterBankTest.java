package org.spectrallab.spectral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spectrallab.support.Close.assertClose;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.spectrallab.graph.Graph;
import org.spectrallab.graph.KnnGraph;
import org.spectrallab.graph.UnnormalizedLaplacian;
import org.spectrallab.support.Reference;

/** PyGSP's filter-bank conventions and the frame bounds of a bank. */
class FilterBankTest {

    private static final Graph GRAPH = KnnGraph.of(Reference.subset().points()).k(10).build();
    private static final Eigenpairs BASIS = Eigensolver.all(UnnormalizedLaplacian.of(GRAPH));
    private static final double LMAX = BASIS.value(BASIS.count() - 1);

    @Test
    void heatBankScaleIsDiffusionTimeTimesLmax() {
        FilterBank bank = FilterBank.heat(LMAX, 10, 25, 50);
        for (int k = 0; k < 3; k++) {
            double t = bank.scales()[k] / LMAX;
            for (double lambda : new double[] {0, 1, 5, LMAX}) {
                assertEquals(SpectralFilter.heat(t).at(lambda), bank.filter(k).at(lambda), 0);
            }
        }
    }

    @Test
    void waveletScalesRunFromTwoOverLminToOneOverLmax() {
        double[] scales = FilterBank.mexicanHat(LMAX).scales();
        assertEquals(5, scales.length);
        // exp(log(x)) round trips to a few ulps
        assertEquals(2 / (LMAX / 20), scales[0], 1e-12 * scales[0]);
        assertEquals(1 / LMAX, scales[4], 1e-12 / LMAX);
        assertEquals(scales[1] / scales[0], scales[4] / scales[3], 1e-12);
    }

    @Test
    void absplineWaveletJoinsItsPiecesWithMatchingValuesAndSlopes() {
        double h = 1e-7;
        for (double joint : new double[] {1, 2}) {
            double left = FilterBank.absplineWavelet(joint - h);
            double right = FilterBank.absplineWavelet(joint + h);
            // both sides move by |slope| h <= 2 h from the common value
            assertEquals(left, right, 5 * h, "value at " + joint);
            double leftSlope = (FilterBank.absplineWavelet(joint - h)
                    - FilterBank.absplineWavelet(joint - 2 * h)) / h;
            double rightSlope = (FilterBank.absplineWavelet(joint + 2 * h)
                    - FilterBank.absplineWavelet(joint + h)) / h;
            // one-sided differences with step h are accurate to O(h) times the curvature
            assertEquals(leftSlope, rightSlope, 1e-5, "slope at " + joint);
        }
        assertEquals(1, FilterBank.absplineWavelet(1), 1e-15);
        assertEquals(1, FilterBank.absplineWavelet(2), 1e-15);
    }

    @Test
    void absplineScalingFunctionStartsAtTheWaveletsPeak() {
        double peak = 0;
        for (int i = 0; i <= 1_000_000; i++) {
            peak = Math.max(peak, FilterBank.absplineWavelet(1 + i / 1e6));
        }
        // a grid of step 1e-6 finds a smooth maximum to ~1e-12
        assertEquals(peak, FilterBank.abspline(LMAX).filter(0).at(0), 1e-11);
    }

    @Test
    void analysisEnergyLiesWithinTheFrameBounds() {
        for (FilterBank bank : new FilterBank[] {FilterBank.mexicanHat(LMAX),
            FilterBank.abspline(LMAX)}) {
            FilterBank.FrameBounds bounds = bank.frameBounds(BASIS.values());
            assertTrue(bounds.lower() > 0 && bounds.lower() <= bounds.upper(), bounds.toString());
            Random random = new Random(7);
            for (int trial = 0; trial < 5; trial++) {
                double[] x = new double[BASIS.dimension()];
                for (int i = 0; i < x.length; i++) {
                    x[i] = random.nextGaussian();
                }
                double energy = 0;
                for (double[] coefficients : ExactFiltering.of(BASIS).apply(bank, x)) {
                    energy += squaredNorm(coefficients);
                }
                double norm = squaredNorm(x);
                assertTrue(energy >= bounds.lower() * norm * (1 - 1e-12)
                        && energy <= bounds.upper() * norm * (1 + 1e-12),
                        bank.name() + ": energy " + energy + " outside " + bounds);
            }
        }
    }

    @Test
    void frameBoundsOfOneConstantFilterAreItsSquare() {
        FilterBank bank = FilterBank.of("constant", SpectralFilter.of("three", l -> 3));
        FilterBank.FrameBounds bounds = bank.frameBounds(BASIS.values());
        assertClose(new double[] {9, 9}, new double[] {bounds.lower(), bounds.upper()}, 0, 1,
                "bounds");
    }

    private static double squaredNorm(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v * v;
        }
        return sum;
    }
}
