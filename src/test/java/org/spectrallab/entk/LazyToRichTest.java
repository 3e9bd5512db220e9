package org.spectrallab.entk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.la4j.Matrix;
import org.la4j.matrix.DenseMatrix;
import org.spectrallab.data.Subset;
import org.spectrallab.kernel.GramMatrix;

/** The lazy-to-rich experiment on a small network and subset. */
class LazyToRichTest {

    private static Subset train;
    private static Subset test;
    private static LazyToRichResult result;

    @BeforeAll
    static void run() {
        train = TestInputs.mnistTraining(10, 2);
        test = TestInputs.mnist(5);
        LazyToRich.Config config = LazyToRich.config(MlpSpec.of(784, 64, 10).seed(4),
                        TrainingConfig.sgd(0.02).steps(40))
                .alphas(0.3, 300).checkpoints(3)
                .compareWith("Gram", GramMatrix.linear(train.points()));
        result = LazyToRich.run(config, train, test);
    }

    @Test
    void checkpointsAreEvenlySpacedFromStartToEnd() {
        assertArrayEquals(new double[] {0, 20, 40}, result.runs().get(0).steps(), 0.0);
    }

    @Test
    void nothingHasMovedAtStepZero() {
        LazyToRichResult.Checkpoint start = result.runs().get(0).checkpoints().get(0);
        assertEquals(0.0, start.kernelChange());
        assertEquals(0.0, start.weightChange());
    }

    @Test
    void theLazyKernelMovesFarLessThanTheRichOne() {
        double rich = result.runs().get(0).kernelChange()[2];
        double lazy = result.runs().get(1).kernelChange()[2];
        // lazy movement shrinks like 1/alpha: 1000 times smaller here; 20 leaves room
        assertTrue(lazy < rich / 20, "lazy " + lazy + ", rich " + rich);
    }

    @Test
    void bothRunsStartFromTheSameNetworkSoTheirInitialKernelsAgree() {
        assertEquals(result.runs().get(0).checkpoints().get(0).labelCka(),
                result.runs().get(1).checkpoints().get(0).labelCka());
        assertEquals(result.runs().get(0).lazyTestAccuracy(),
                result.runs().get(1).lazyTestAccuracy());
    }

    @Test
    void comparisonsWithGivenOperatorsAreReported() {
        double[] gram = result.runs().get(1).cka("Gram");
        assertTrue(gram[0] > 0 && gram[0] <= 1, "CKA " + gram[0]);
    }

    @Test
    void spectraCoverTheTrainingSetAndTheirTargetPowerEndsAtOne() {
        LazyToRichResult.Spectrum last = result.runs().get(0).last();
        assertEquals(train.size(), last.eigenvalues().length);
        // eigenvectors of the whole kernel are a basis: float64 rounding only
        assertEquals(1.0, last.targetPowerAt(train.size()), 1e-10);
    }

    @Test
    void theResultPrintsAndSerialises() {
        assertTrue(result.table().contains("lazy baseline"));
        assertTrue(new Gson().toJson(result).contains("kernelChange"));
    }

    @Test
    void anOperatorOnOtherPointsIsRefused() {
        LazyToRich.Config config = LazyToRich.config(MlpSpec.of(784, 8, 10),
                TrainingConfig.sgd(0.01).steps(2)).compareWith("Gram",
                GramMatrix.linear(test.points()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LazyToRich.run(config, train, test));
        BadInputTest.assertMentions(e, "'Gram'", "50 x 50", "100 points");
    }

    @Test
    void aConstantInitialKernelIsRefusedAsADeadNetworkWithTheFix() {
        MlpSpec dead = MlpSpec.of(784, 1, 1, 10);
        Matrix constant = DenseMatrix.constant(6, 6, 10.0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LazyToRich.requireImagesTellApart(constant, dead));
        BadInputTest.assertMentions(e, "same gradient for every image", "--width 64",
                "--network-seed");
    }

    @Test
    void aKernelThatTellsImagesApartIsAccepted() {
        Matrix kernel = DenseMatrix.constant(6, 6, 10.0);
        kernel.set(2, 2, 11.0);
        LazyToRich.requireImagesTellApart(kernel, MlpSpec.of(784, 8, 10));
    }
}
