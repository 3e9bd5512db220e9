package org.spectrallab.lab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spectrallab.support.Close.assertClose;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.la4j.Matrix;
import org.spectrallab.data.Dataset;
import org.spectrallab.data.ImageSet;
import org.spectrallab.data.Split;
import org.spectrallab.data.Subset;
import org.spectrallab.entk.EmpiricalNtk;
import org.spectrallab.entk.Mlp;
import org.spectrallab.entk.MlpSpec;
import org.spectrallab.graph.KnnGraph;
import org.spectrallab.kernel.Bandwidth;
import org.spectrallab.spectral.Eigensolver;
import org.spectrallab.support.Reference;

/**
 * Labs 07 and 08 run headless in batch mode at a reduced size (narrow network, few images,
 * few steps), exit 0, write figures that hold a picture, and record numbers that the
 * library reproduces or that show what the lab is about.
 */
class EntkLabsTest {

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Lab07 extends LabRun {
        @Override
        int number() {
            return 7;
        }

        @Override
        String[] parameters() {
            return new String[] {"spectrallab.param.perClass=10",
                "spectrallab.param.width=48"};
        }

        @Test
        void bothMethodsGiveTheSameKernel() {
            // float32 kernels summed in two orders: ~1e-7 apart
            assertTrue(number("autograd_vs_layerwise_relative_difference") < 1e-4);
        }

        @Test
        void eigenvaluesMatchTheLibraryOnTheRecordedImages() {
            JsonObject subset = results.getAsJsonObject("subset");
            Subset images = ImageSet.load(Dataset.MNIST, Split.parse(subset.get("split")
                    .getAsString())).subset(Reference.ints(subset.get("indices")));
            try (Mlp network = MlpSpec.of(784, 48, 48, 10).build()) {
                Matrix kernel = EmpiricalNtk.trace(network, images.points());
                double[] expected = Eigensolver.largest(kernel, images.size()).values();
                double[] recorded = Reference.doubles(results.getAsJsonObject("eigenvalues")
                        .get("entk_trace"));
                // the same float32 computation on one thread; LAPACK in float64 on top
                assertClose(expected, recorded, 1e-6, expected[0], "entk_trace");
            }
        }

        @Test
        void recordsTheBandwidthsOfItsRbfGramAndItsGraph() {
            Subset images = recordedSubset();
            // the same median over the same images: equal to rounding
            double median = Bandwidth.medianHeuristic(images.points());
            assertEquals(median, number("rbf_eps"), 1e-12 * median);
            double graphEps = KnnGraph.of(images.points()).k(10).build().bandwidth();
            assertEquals(graphEps, number("graph_eps"), 1e-12 * graphEps);
        }

        @Test
        void targetPowerIsAShare() {
            double share = number("target_power_at_10_entk");
            assertTrue(share > 0 && share < 1, "C(10) = " + share);
        }
    }

    /** Lab 07 at width 1, whose eNTK has many zero eigenvalues a log axis cannot show. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Lab07AtWidthOne extends LabRun {
        @Override
        int number() {
            return 7;
        }

        @Override
        String[] parameters() {
            return new String[] {"spectrallab.param.perClass=10",
                "spectrallab.param.width=1"};
        }

        @Test
        void saysTheRankOfTheENtkItDrawsFromTheRecordedEigenvalues() {
            double[] spectrum = eigenvalues("entk_trace");
            // the eNTK is computed in float32: below that roundoff x N x the largest is 0
            double rounding = Math.ulp(1.0f) * spectrum.length * spectrum[0];
            long rank = java.util.Arrays.stream(spectrum).filter(v -> v > rounding).count();
            assertTrue(rank < spectrum.length, "rank " + rank + " of " + spectrum.length);
            String drawn = rank == 1 ? "only its largest eigenvalue is drawn"
                    : "only its " + rank + " non-zero eigenvalues are drawn";
            assertTrue(prose().contains("The eNTK of a width-1 network has rank " + rank + ": "
                    + drawn + " (the other " + (spectrum.length - rank) + " are 0 up to "
                    + "rounding)"), prose());
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Lab08 extends LabRun {
        @Override
        int number() {
            return 8;
        }

        @Override
        String[] parameters() {
            return new String[] {"spectrallab.param.perClass=10",
                "spectrallab.param.testPerClass=10", "spectrallab.param.steps=40",
                "spectrallab.param.width=48", "spectrallab.param.eta=0.005"};
        }

        @Test
        void theRichKernelMovesFarMoreThanTheLazyOne() {
            // alpha 0.1 against 100: lazy movement is ~1000 times smaller; 20 leaves room
            assertTrue(number("kernel_change_rich") > 20 * number("kernel_change_lazy"),
                    results.toString());
        }

        @Test
        void onlyTheRichKernelTurnsTowardsTheLabels() {
            double[] rich = series("label_cka_rich");
            double[] lazy = series("label_cka_lazy");
            assertTrue(rich[rich.length - 1] > rich[0] + 0.05, "rich " + rich[0] + " -> "
                    + rich[rich.length - 1]);
            assertEquals(lazy[0], lazy[lazy.length - 1], 0.01);
        }

        @Test
        void recordsItsTrainingAndTestImagesAsSubsetBlocks() {
            JsonObject train = results.getAsJsonObject("subset");
            assertEquals("train", train.get("split").getAsString());
            assertEquals(10, train.get("per_class").getAsInt());
            assertEquals("random", train.get("sampling").getAsString());
            assertEquals(0, train.get("seed").getAsInt());
            assertArrayEquals(Reference.ints(results.getAsJsonObject("results")
                    .get("train_indices")), Reference.ints(train.get("indices")));
            JsonObject test = results.getAsJsonObject("test_subset");
            assertEquals("test", test.get("split").getAsString());
            assertEquals("first", test.get("sampling").getAsString());
            assertEquals(100, test.get("size").getAsInt());
        }

        @Test
        void recordsTheTrainingImagesItUsed() {
            int[] indices = Reference.ints(results.getAsJsonObject("results")
                    .get("train_indices"));
            assertEquals(100, indices.length);
            Subset rebuilt = ImageSet.load(Dataset.MNIST, Split.TRAIN).subset(indices);
            assertArrayEquals(new int[] {10, 10, 10, 10, 10, 10, 10, 10, 10, 10},
                    rebuilt.classCounts());
        }
    }
}
