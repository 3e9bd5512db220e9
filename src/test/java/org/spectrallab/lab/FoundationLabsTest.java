package org.spectrallab.lab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spectrallab.support.Close.assertClose;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.spectrallab.data.Dataset;
import org.spectrallab.data.ImageSet;
import org.spectrallab.data.Split;
import org.spectrallab.data.Subset;
import org.spectrallab.graph.Graph;
import org.spectrallab.graph.KnnGraph;
import org.spectrallab.graph.RandomWalkLaplacian;
import org.spectrallab.graph.SymmetricLaplacian;
import org.spectrallab.graph.UnnormalizedLaplacian;
import org.spectrallab.kernel.GramMatrix;
import org.spectrallab.spectral.Eigensolver;
import org.spectrallab.support.Reference;

/**
 * Labs 01-03 run headless in batch mode (no X display: figures through EGL), exit 0, write
 * figures that hold a picture, and a results.json whose numbers the library reproduces from
 * the recorded subset. Eigenvalues are compared to 1e-10 relative to the largest: the lab
 * and this test run the same deterministic LAPACK code, so they agree to rounding.
 */
class FoundationLabsTest {

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Lab01 extends LabRun {
        @Override
        int number() {
            return 1;
        }

        @Test
        void recordsTheSplitClassCounts() {
            assertArrayEquals(ImageSet.load(Dataset.MNIST, Split.TEST).classCounts(),
                    Reference.ints(results.getAsJsonObject("results").get("split_class_counts")));
        }

        @Test
        void recordsAStratifiedSubset() {
            assertArrayEquals(new int[] {20, 20, 20, 20, 20, 20, 20, 20, 20, 20},
                    recordedSubset().classCounts());
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Lab02 extends LabRun {
        @Override
        int number() {
            return 2;
        }

        @Test
        void linearGramEigenvaluesMatchTheLibrary() {
            Subset subset = recordedSubset();
            double[] expected = Eigensolver.largest(GramMatrix.linear(subset.points()),
                    subset.size()).values();
            assertClose(expected, eigenvalues("gram_linear"), 1e-10, expected[0], "gram_linear");
        }

        @Test
        void rbfGramEigenvaluesMatchTheLibrary() {
            Subset subset = recordedSubset();
            double eps = results.getAsJsonObject("results").get("rbf_eps").getAsDouble();
            double[] expected = Eigensolver.largest(GramMatrix.rbf(subset.points(), eps),
                    subset.size()).values();
            assertClose(expected, eigenvalues("gram_rbf"), 1e-10, expected[0], "gram_rbf");
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Lab03 extends LabRun {
        @Override
        int number() {
            return 3;
        }

        private Graph graph() {
            int k = results.getAsJsonObject("parameters").get("k").getAsInt();
            return KnnGraph.of(recordedSubset().points()).k(k).build();
        }

        @Test
        void laplacianEigenvaluesMatchTheLibrary() {
            Graph graph = graph();
            double[] unnormalized = Eigensolver.all(UnnormalizedLaplacian.of(graph)).values();
            double[] symmetric = Eigensolver.all(SymmetricLaplacian.of(graph)).values();
            double[] randomWalk = RandomWalkLaplacian.eigenpairs(graph, graph.size()).values();
            double top = unnormalized[unnormalized.length - 1];
            assertClose(unnormalized, eigenvalues("laplacian_unnormalized"), 1e-10, top, "L");
            assertClose(symmetric, eigenvalues("laplacian_symmetric"), 1e-10, 2, "L_sym");
            assertClose(randomWalk, eigenvalues("laplacian_random_walk"), 1e-10, 2, "L_rw");
        }

        @Test
        void disconnectedDemoHasAsManyZeroEigenvaluesAsComponents() {
            JsonObject numbers = results.getAsJsonObject("results");
            assertEquals(2, numbers.get("disconnected_demo_components").getAsInt());
            assertEquals(2, numbers.get("disconnected_demo_zero_eigenvalues").getAsInt());
        }

        @Test
        void reportsSharedEigenvaluesInWords() {
            assertTrue(outcome.stdout().contains("L_rw and L_sym share all"), outcome.stdout());
        }
    }
}
