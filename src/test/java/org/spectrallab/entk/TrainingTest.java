package org.spectrallab.entk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spectrallab.data.Subset;

/** Training on a small MNIST subset. */
class TrainingTest {

    private static final MlpSpec SPEC = MlpSpec.of(784, 32, 10).seed(1);

    private static Subset train;
    private static Subset test;

    @BeforeAll
    static void load() {
        train = TestInputs.mnistTraining(10, 1);
        test = TestInputs.mnist(10);
    }

    @Test
    void gradientDescentLowersTheTrainingLoss() {
        TrainingHistory history = train(TrainingConfig.sgd(0.02).steps(40));
        assertTrue(history.last().trainLoss() < 0.7 * history.points().get(0).trainLoss(),
                history.toString());
    }

    @Test
    void adamTrainsAFloat64NetworkAndReachesFullTrainingAccuracy() {
        try (Mlp network = SPEC.precision(Precision.FLOAT64).build();
             TrainingSession session = new TrainingSession(network, train, test,
                     TrainingConfig.adam(0.01).loss(Loss.CROSS_ENTROPY).steps(60))) {
            assertEquals(1.0, session.trainToEnd().last().trainAccuracy());
        }
    }

    @Test
    void minibatchesCoverTheEpochsTheyShouldAndRecordTestCurves() {
        TrainingHistory history = train(TrainingConfig.sgd(0.1).batchSize(25).steps(8)
                .evaluateEvery(4));
        assertArrayEquals(new double[] {0, 4, 8}, history.steps(), 0.0);
        // 8 batches of 25 over 100 images: 2 epochs
        assertEquals(2.0, history.last().epoch(), 1e-12);
        assertTrue(history.last().testAccuracy() >= 0 && history.last().testAccuracy() <= 1);
    }

    @Test
    void theScaledModelStartsAtZeroOutputSoItsLossIsOneHalf() {
        // g = alpha (f - f0) = 0 at step 0, so L = 1/(2N) sum_i |0 - e_(y_i)|^2 = 1/2
        TrainingHistory history = train(TrainingConfig.sgd(0.5).steps(1).outputScale(7));
        // float32 outputs and loss: 1e-6 is well above their rounding
        assertEquals(0.5, history.points().get(0).trainLoss(), 1e-6);
    }

    @Test
    void largeOutputScaleMovesTheWeightsLess() {
        // at the same function-space speed the weights move by about 1/alpha
        double lazy = relativeWeightChange(1000);
        double rich = relativeWeightChange(0.3);
        assertTrue(lazy < rich / 100, "lazy " + lazy + ", rich " + rich);
    }

    @Test
    void sameSeedGivesTheSameTrainingCurve() {
        TrainingConfig config = TrainingConfig.sgd(0.2).batchSize(20).steps(10).seed(9);
        assertArrayEquals(train(config).trainLoss(), train(config).trainLoss(), 0.0);
    }

    @Test
    void trainingOnAnotherThreadGivesTheSameCurve() throws Exception {
        // PyTorch records gradients per thread; a live recompute trains on a worker thread.
        // With an output scale the session first computes the initial outputs f_0, which
        // must carry no gradient graph into the full-batch steps
        TrainingConfig config = TrainingConfig.sgd(0.05).steps(10).seed(9).outputScale(2);
        FutureTask<TrainingHistory> elsewhere = new FutureTask<>(() -> train(config));
        new Thread(elsewhere, "training-elsewhere").start();
        double[] losses = elsewhere.get(60, TimeUnit.SECONDS).trainLoss();
        // float32: the first training in a JVM can differ from later ones in the last bits
        assertArrayEquals(train(config).trainLoss(), losses, 1e-6);
    }

    @Test
    void aDivergingLearningRateStopsWithTheStepAndASmallerRate() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> train(TrainingConfig.sgd(1e4).steps(200)));
        BadInputTest.assertMentions(e, "diverged", "at step", "smaller learning rate",
                "e.g. 1000");
    }

    @Test
    void aNonPositiveOutputScaleIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TrainingConfig.sgd(0.1).outputScale(0));
        BadInputTest.assertMentions(e, "alpha = 0", "positive");
    }

    @Test
    void labelsBeyondTheNetworksOutputsAreRefused() {
        try (Mlp network = MlpSpec.of(784, 8, 5).build()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new TrainingSession(network, train, null, TrainingConfig.sgd(0.1)));
            BadInputTest.assertMentions(e, "label", "outputs 0..4");
        }
    }

    @Test
    void sessionsLeaveNoArraysInTheNetwork() {
        try (Mlp network = SPEC.build()) {
            int before = network.managedArrayCount();
            for (int repeat = 0; repeat < 2; repeat++) {
                try (TrainingSession session = new TrainingSession(network, train, test,
                        TrainingConfig.adam(0.001).steps(5).outputScale(2).batchSize(30))) {
                    session.trainToEnd();
                }
            }
            assertEquals(before, network.managedArrayCount());
        }
    }

    private static TrainingHistory train(TrainingConfig config) {
        try (Mlp network = SPEC.build();
             TrainingSession session = new TrainingSession(network, train, test, config)) {
            return session.trainToEnd();
        }
    }

    private static double relativeWeightChange(double alpha) {
        try (Mlp network = SPEC.build();
             TrainingSession session = new TrainingSession(network, train, null,
                     TrainingConfig.sgd(0.02).steps(30).outputScale(alpha))) {
            double[] before = network.parameterVector();
            session.trainToEnd();
            double[] after = network.parameterVector();
            double change = 0;
            double norm = 0;
            for (int p = 0; p < before.length; p++) {
                change += (after[p] - before[p]) * (after[p] - before[p]);
                norm += before[p] * before[p];
            }
            return Math.sqrt(change / norm);
        }
    }
}
