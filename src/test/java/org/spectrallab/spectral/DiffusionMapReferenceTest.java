package org.spectrallab.spectral;

import static org.spectrallab.support.Close.assertClose;
import static org.spectrallab.support.Close.assertRelative;

import com.google.gson.JsonObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.la4j.Matrix;
import org.spectrallab.kernel.GramMatrix;
import org.spectrallab.support.Reference;

/**
 * Diffusion maps on the reference subset's dense RBF kernel (eps = the median squared
 * distance) against NumPy: the ten largest eigenvalues of P and the diffusion distance
 * between rows 0 and 1 at t = 1 and 4, for alpha = 0, 1/2 and 1. Agreement to 1e-8
 * relative: both sides solve a 200 x 200 symmetric eigenproblem with LAPACK, which is
 * accurate to ~1e-15 of the largest eigenvalue (1); the smallest number compared,
 * D_4 = 8.3e-5, still has ~1e-11 relative accuracy.
 */
class DiffusionMapReferenceTest {

    private static final double TOLERANCE = 1e-8;
    private static final JsonObject BLOCK = Reference.block("diffusion_maps");
    private static final Matrix KERNEL = GramMatrix.rbf(Reference.subset().points(),
            Reference.block("gram").get("rbf_eps_median_sq_dist").getAsDouble());

    private static JsonObject expected(double alpha) {
        return BLOCK.getAsJsonObject("by_alpha").getAsJsonObject(String.valueOf(alpha));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.5, 1.0})
    void largestEigenvaluesOfPMatchNumPy(double alpha) {
        DiffusionMap map = DiffusionMap.of(KERNEL, alpha, 10);
        assertClose(Reference.doubles(expected(alpha).get("top10")), map.eigenvalues(),
                TOLERANCE, 1.0, "top10, alpha = " + alpha);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.5, 1.0})
    void diffusionDistanceByDefinitionMatchesNumPy(double alpha) {
        DiffusionMap map = DiffusionMap.of(KERNEL, alpha, 2);
        JsonObject distances = expected(alpha).getAsJsonObject("diffusion_distance_0_1");
        for (int t : new int[] {1, 4}) {
            assertRelative(distances.get(String.valueOf(t)).getAsDouble(),
                    map.distanceByDefinition(0, 1, t), TOLERANCE, "D_" + t + ", alpha " + alpha);
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.5, 1.0})
    void diffusionDistanceBySpectralFormulaMatchesNumPy(double alpha) {
        DiffusionMap map = DiffusionMap.of(KERNEL, alpha, KERNEL.rows());
        JsonObject distances = expected(alpha).getAsJsonObject("diffusion_distance_0_1");
        for (int t : new int[] {1, 4}) {
            assertRelative(distances.get(String.valueOf(t)).getAsDouble(), map.distance(0, 1, t),
                    TOLERANCE, "D_" + t + ", alpha " + alpha);
        }
    }
}
