package org.spectrallab.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spectrallab.support.Close.assertClose;
import static org.spectrallab.support.Close.assertRelative;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.spectrallab.data.Subset;
import org.spectrallab.graph.EdgeWeights;
import org.spectrallab.graph.Graph;
import org.spectrallab.graph.KnnGraph;
import org.spectrallab.graph.SymmetricLaplacian;
import org.spectrallab.graph.UnnormalizedLaplacian;
import org.spectrallab.kernel.GramMatrix;
import org.spectrallab.spectral.DiffusionMap;
import org.spectrallab.spectral.Eigensolver;

/**
 * Labs 04-06 run headless in batch mode like labs 01-03 ({@link LabRun}:
 * exit 0, figures that hold a picture), and their results.json holds eigenvalues the library
 * reproduces from the recorded subset and parameters. Eigenvalues are compared to 1e-10
 * relative to the largest: lab and test run the same deterministic LAPACK code.
 */
class GeometryLabsTest {

    private static JsonObject numbers(LabRun run) {
        return run.results.getAsJsonObject("results");
    }

    private static JsonObject recordedParameters(LabRun run) {
        return run.results.getAsJsonObject("parameters");
    }

    /** The lab's kNN graph, rebuilt from its recorded subset and k. */
    private static Graph recordedGraph(LabRun run, Subset subset) {
        return KnnGraph.of(subset.points()).k(recordedParameters(run).get("k").getAsInt()).build();
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Lab04 extends LabRun {
        @Override
        int number() {
            return 4;
        }

        @Test
        void diffusionEigenvaluesForEachAlphaMatchTheLibrary() {
            Subset subset = recordedSubset();
            JsonObject parameters = recordedParameters(this);
            assertEquals("knn", parameters.get("kernel").getAsString());
            Graph graph = KnnGraph.of(subset.points()).k(parameters.get("k").getAsInt())
                    .weights(EdgeWeights.gaussian(parameters.get("eps").getAsDouble())).build();
            for (double alpha : new double[] {0, 0.5, 1}) {
                double[] expected = DiffusionMap.of(graph, alpha, subset.size()).eigenvalues();
                assertClose(expected, eigenvalues("diffusion_alpha_" + alpha), 1e-10, 1,
                        "alpha " + alpha);
            }
        }

        @Test
        void diffusionDistanceByDefinitionAgreesWithTheSpectralFormula() {
            assertRelative(numbers(this).get("distance_0_1_by_definition").getAsDouble(),
                    numbers(this).get("distance_0_1_spectral").getAsDouble(), 1e-10, "D_t(0, 1)");
        }

        @Test
        void bandwidthIsTheBerryGiannakisHarlimChoiceByDefault() {
            assertEquals(numbers(this).get("eps_berry_giannakis_harlim").getAsDouble(),
                    recordedParameters(this).get("eps").getAsDouble(), 0);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Lab05 extends LabRun {
        @Override
        int number() {
            return 5;
        }

        @Test
        void laplacianAndGramEigenvaluesMatchTheLibrary() {
            Subset subset = recordedSubset();
            Graph graph = recordedGraph(this, subset);
            double[] laplacian = Eigensolver.all(SymmetricLaplacian.of(graph)).values();
            assertClose(laplacian, eigenvalues("laplacian_symmetric"), 1e-10, 2, "L_sym");
            double eps = numbers(this).get("rbf_eps").getAsDouble();
            double[] gram = Eigensolver.largest(GramMatrix.rbf(subset.points(), eps),
                    subset.size()).values();
            assertClose(gram, eigenvalues("gram_rbf"), 1e-10, gram[0], "gram_rbf");
        }

        @Test
        void heatKernelsComposeAsASemigroup() {
            // H_t has entries <= 1 and is a sum of N products: rounding stays below 1e-13
            assertTrue(numbers(this).get("semigroup_max_difference").getAsDouble() < 1e-13);
        }

        @Test
        void eigenvalueFitsAreRecordedWithTheirErrors() {
            JsonObject numbers = numbers(this);
            assertTrue(numbers.get("resolvent_fit").getAsString().contains("resolvent"));
            assertTrue(numbers.get("heat_fit_rms_log_error").getAsDouble() >= 0);
            assertTrue(numbers.get("fitted_function_cosine").getAsDouble() <= 1 + 1e-12);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Lab06 extends LabRun {
        @Override
        int number() {
            return 6;
        }

        @Test
        void laplacianEigenvaluesMatchTheLibrary() {
            Subset subset = recordedSubset();
            Graph graph = recordedGraph(this, subset);
            double[] expected = Eigensolver.all(UnnormalizedLaplacian.of(graph)).values();
            double top = expected[expected.length - 1];
            assertClose(expected, eigenvalues("laplacian_unnormalized"), 1e-10, top, "L");
            assertRelative(top, numbers(this).get("lmax_exact").getAsDouble(), 1e-12, "lmax");
        }

        @Test
        void recordsTheFilterNamesAndScales() {
            JsonObject filters = numbers(this).getAsJsonObject("filters");
            assertEquals(3, filters.getAsJsonObject("heat").getAsJsonArray("scales").size());
            assertEquals(6, filters.getAsJsonObject("Mexican hat").getAsJsonArray("names").size());
            assertEquals(5, filters.getAsJsonObject("Abspline").getAsJsonArray("scales").size());
        }

        @Test
        void chebyshevHeatAtomsOfOrder30AreExactTo1e8() {
            // exp(-10 lambda / lmax) at order 30: the lab measured ~1e-9
            assertTrue(numbers(this).getAsJsonObject("chebyshev_order_30_max_error").get("heat")
                    .getAsDouble() < 1e-8);
        }

        @Test
        void estimatedLmaxLiesAboveTheExactOne() {
            assertTrue(numbers(this).get("lmax_estimated").getAsDouble()
                    >= numbers(this).get("lmax_exact").getAsDouble());
        }
    }
}
