package org.spectrallab.lab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spectrallab.support.Close.assertClose;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
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
import org.spectrallab.support.LabProcess;
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
            assertEquals(20, results.getAsJsonObject("subset").get("per_class").getAsInt());
        }

        @Test
        void recordsTheKitAndJavaVersions() {
            assertEquals("0.1.0-SNAPSHOT", results.get("kit_version").getAsString(),
                    "the version the Maven build filtered into version.properties");
            assertEquals(Runtime.version().toString(), results.get("java_version").getAsString(),
                    "the lab ran on this test's JVM");
        }
    }

    /** Lab 01 refuses a seed that does not fit an int, naming the range. */
    @Nested
    class Lab01WithASeedTooLarge {
        @TempDir
        Path output;

        @Test
        void stopsNamingTheAllowedRange() throws Exception {
            LabProcess.Outcome outcome = LabProcess.run(LabProcess.labFile(1), output,
                    "spectrallab.param.seed=99999999999");
            assertEquals(1, outcome.exitCode());
            assertTrue(outcome.stderr().contains("seed takes whole numbers in [0, 2147483647]"),
                    outcome.stderr());
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
        void saysTheBandwidthCameFromTheMedianHeuristic() {
            assertTrue(prose().contains("(the median squared distance;"), prose());
            assertTrue(prose().contains("the diagonal blocks of the heatmap"), prose());
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

        @Test
        void recordsTheGraphsBandwidthAndDegreeRange() {
            Graph graph = graph();
            double[] degrees = graph.degreeArray();
            JsonObject numbers = results.getAsJsonObject("results");
            // the same deterministic computation in the lab and here: equal to rounding
            assertEquals(graph.bandwidth(), numbers.get("eps").getAsDouble(),
                    1e-12 * graph.bandwidth());
            assertEquals(Arrays.stream(degrees).min().orElseThrow(),
                    numbers.get("degree_min").getAsDouble(), 1e-12);
            assertEquals(Arrays.stream(degrees).max().orElseThrow(),
                    numbers.get("degree_max").getAsDouble(), 1e-12);
        }

        @Test
        void comparesTheFirstFiveEigenvectorsOfItsConnectedGraph() {
            assertEquals("[1,2,3,4,5]", results.getAsJsonObject("results")
                    .get("angle_compared_eigenvectors").toString());
            assertTrue(prose().contains("For eigenvectors 1..5 the angle"), prose());
        }
    }

    /** Lab 02 with a tiny eps given on the command line: the findings follow the numbers. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Lab02WithATinyEps extends LabRun {
        @Override
        int number() {
            return 2;
        }

        @Override
        String[] parameters() {
            return new String[] {"spectrallab.param.eps=1", "spectrallab.param.perClass=10"};
        }

        @Test
        void saysTheBandwidthWasGivenAndWhatTheHeuristicWouldTake() {
            assertTrue(prose().contains("eps = 1.00 (given; the median heuristic "
                    + "would take"), prose());
            assertFalse(prose().contains("the median squared distance;"), prose());
        }

        @Test
        void saysTheKernelIsAlmostTheIdentityAndShowsNoBlocks() {
            // below 0.01, the lab's bound for "almost the identity": at eps = 1 two MNIST
            // images (squared distances ~100) have similarity ~e^-100
            assertTrue(results.getAsJsonObject("results").get("rbf_mean_off_diagonal")
                    .getAsDouble() < 0.01);
            assertTrue(prose().contains("K is almost the identity"), prose());
            assertFalse(prose().contains("the diagonal blocks of the heatmap"), prose());
        }
    }

    /** Lab 02 with more images than pixels: X X^T has zero eigenvalues a log axis cannot show. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Lab02WithMoreImagesThanPixels extends LabRun {
        @Override
        int number() {
            return 2;
        }

        @Override
        String[] parameters() {
            return new String[] {"spectrallab.param.perClass=80"};
        }

        @Test
        void saysTheRankOfXXtItDrawsFromTheRecordedEigenvalues() {
            double[] spectrum = eigenvalues("gram_linear");
            double roundoff = Math.ulp(1.0) * spectrum.length * spectrum[0];
            long rank = java.util.Arrays.stream(spectrum).filter(v -> v > roundoff).count();
            assertTrue(rank <= 784 && rank < spectrum.length, "rank " + rank);
            assertTrue(prose().contains("X X^T has rank " + rank + ": only its " + rank
                    + " non-zero eigenvalues are drawn (the other " + (spectrum.length - rank)
                    + " are 0 up to rounding"), prose());
        }
    }

    /** Lab 03 at k = 1: a disconnected graph, and findings that say so. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Lab03AtKOne extends LabRun {
        @Override
        int number() {
            return 3;
        }

        @Override
        String[] parameters() {
            return new String[] {"spectrallab.param.k=1", "spectrallab.param.perClass=10"};
        }

        @Test
        void doesNotCompareEigenvectorsOfTheRepeatedEigenvalueZero() {
            int components = results.getAsJsonObject("results").get("components").getAsInt();
            assertTrue(components > 6, components + " components: 0 covers eigenvalues 1..5");
            assertEquals("[]", results.getAsJsonObject("results")
                    .get("angle_compared_eigenvectors").toString());
            assertTrue(prose().contains("Eigenvalues 1..5 of L_sym are repeated"), prose());
            assertFalse(prose().contains("For eigenvectors 1..5 the angle"), prose());
        }

        @Test
        void recordsTheDisconnectionWarningForTheGrader() {
            assertTrue(results.getAsJsonArray("warnings").toString().contains("disconnected"),
                    results.getAsJsonArray("warnings").toString());
        }

        @Test
        void saysTheEigenmapOnlyTellsComponentsApart() {
            assertTrue(prose().contains("the Laplacian eigenmap shows which component"), prose());
            assertFalse(prose().contains("so it separates digits"), prose());
        }
    }

    /** Lab 03 refuses k = 0 and a subset below 5 per class, naming the rule and the fix. */
    @Nested
    class Lab03WithImpossibleSizes {
        @TempDir
        Path output;

        @Test
        void refusesKZero() throws Exception {
            LabProcess.Outcome outcome = LabProcess.run(LabProcess.labFile(3), output,
                    "spectrallab.param.k=0");
            assertEquals(1, outcome.exitCode());
            assertTrue(outcome.stderr().contains("parameter k = 0 is below 1, the least it can "
                    + "be: every image needs at least one neighbour, and at most N - 1 = 499 "
                    + "others exist. Give k in [1, 499], e.g. --k 10"), outcome.stderr());
        }

        @Test
        void recordsTheFailedStepAndTheGivenKInResultsJson() throws Exception {
            LabProcess.run(LabProcess.labFile(3), output, "spectrallab.param.k=0");
            JsonObject results = JsonParser.parseString(Files.readString(
                    output.resolve("lab03/results.json"))).getAsJsonObject();
            assertEquals("failed", results.get("status").getAsString());
            assertEquals("Step 1: the data and the k-nearest-neighbour graph",
                    results.get("failed_step").getAsString());
            assertTrue(results.get("error").getAsString().contains("parameter k = 0 is below 1"),
                    results.toString());
            assertEquals("0", results.getAsJsonObject("given").get("k").getAsString());
            assertEquals(50, results.getAsJsonObject("parameters").get("perClass").getAsInt());
            assertTrue(results.getAsJsonArray("files").isEmpty(), results.toString());
        }

        @Test
        void refusesOneImagePerClass() throws Exception {
            LabProcess.Outcome outcome = LabProcess.run(LabProcess.labFile(3), output,
                    "spectrallab.param.perClass=1");
            assertEquals(1, outcome.exitCode());
            assertTrue(outcome.stderr().contains("parameter perClass = 1 is below 5"),
                    outcome.stderr());
            assertTrue(outcome.stderr().contains("e.g. --per-class 50"), outcome.stderr());
        }
    }
}
