package org.spectrallab.entk;

import java.util.Locale;
import java.util.Objects;
import org.spectrallab.ShortNumber;

/**
 * How to train: loss, optimiser, learning rate, number of steps, batch size, output scale,
 * how often to evaluate, and the seed of the batch order. Immutable; each method named
 * after a setting returns a changed copy.
 *
 * <p>Example: {@code TrainingConfig.sgd(0.05).steps(400).outputScale(10)}. Defaults: MSE,
 * full batch (plain gradient descent), 300 steps, no output scale, an evaluation every
 * 1/20 of the steps, seed 0.
 */
public final class TrainingConfig {

    private final Loss loss;
    private final Optimiser optimiser;
    private final double learningRate;
    private final int steps;
    private final int batchSize;
    private final double outputScale;
    private final int evaluateEvery;
    private final long seed;

    private TrainingConfig(Loss loss, Optimiser optimiser, double learningRate, int steps,
                           int batchSize, double outputScale, int evaluateEvery, long seed) {
        this.loss = Objects.requireNonNull(loss, "loss");
        this.optimiser = Objects.requireNonNull(optimiser, "optimiser");
        this.learningRate = learningRate;
        this.steps = steps;
        this.batchSize = batchSize;
        this.outputScale = outputScale;
        this.evaluateEvery = evaluateEvery;
        this.seed = seed;
    }

    /** Gradient descent with learning rate eta. */
    public static TrainingConfig sgd(double eta) {
        return new TrainingConfig(Loss.MSE, Optimiser.SGD, checkRate(eta), 300, 0, 0, 0, 0);
    }

    /** Adam with learning rate eta. */
    public static TrainingConfig adam(double eta) {
        return new TrainingConfig(Loss.MSE, Optimiser.ADAM, checkRate(eta), 300, 0, 0, 0, 0);
    }

    /** The same with another loss. */
    public TrainingConfig loss(Loss newLoss) {
        return new TrainingConfig(newLoss, optimiser, learningRate, steps, batchSize,
                outputScale, evaluateEvery, seed);
    }

    /** The same with another learning rate. */
    public TrainingConfig learningRate(double eta) {
        return new TrainingConfig(loss, optimiser, checkRate(eta), steps, batchSize,
                outputScale, evaluateEvery, seed);
    }

    /**
     * The same with another number of parameter updates.
     *
     * @throws IllegalArgumentException when below 1
     */
    public TrainingConfig steps(int newSteps) {
        if (newSteps < 1) {
            throw new IllegalArgumentException("steps = " + newSteps + ": train for at least "
                    + "1 step");
        }
        return new TrainingConfig(loss, optimiser, learningRate, newSteps, batchSize,
                outputScale, evaluateEvery, seed);
    }

    /**
     * The same with batches of {@code size} inputs drawn without replacement in a seeded
     * order, reshuffled every epoch; 0 means the whole training set (gradient descent).
     *
     * @throws IllegalArgumentException when negative
     */
    public TrainingConfig batchSize(int size) {
        if (size < 0) {
            throw new IllegalArgumentException("batch size " + size + ": give a positive size, "
                    + "or 0 for the whole training set");
        }
        return new TrainingConfig(loss, optimiser, learningRate, steps, size, outputScale,
                evaluateEvery, seed);
    }

    /**
     * The same, training the scaled, centred model g(x) = alpha (f_theta(x) - f_theta0(x))
     * instead of f_theta, with the learning rate rescaled so that g moves at the same speed
     * at the start whatever alpha is: eta / alpha^2 for SGD (Chizat, Oyallon and Bach,
     * "On lazy training in differentiable programming", NeurIPS 2019), eta / alpha for Adam
     * (whose steps do not grow with the gradient, so the 1/alpha^2 of gradient descent would
     * freeze it). Large alpha stays near the linearisation at theta0 (lazy, kernel
     * regression with the initial NTK); small alpha moves the features (rich). Kumar et al.
     * (ICLR 2024) use this scale to move between the two.
     *
     * @throws IllegalArgumentException when alpha is not a positive finite number
     */
    public TrainingConfig outputScale(double alpha) {
        if (!(alpha > 0) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException("output scale alpha = " + alpha + ": alpha must "
                    + "be a positive number (large, e.g. 100, for lazy training; small, e.g. "
                    + "0.1, for rich training)");
        }
        return new TrainingConfig(loss, optimiser, learningRate, steps, batchSize, alpha,
                evaluateEvery, seed);
    }

    /**
     * The same, recording losses and accuracies every {@code interval} steps (and after the
     * last); 0 means 20 points over the run.
     */
    public TrainingConfig evaluateEvery(int interval) {
        if (interval < 0) {
            throw new IllegalArgumentException("evaluation interval " + interval + ": give a "
                    + "positive number of steps, or 0 for 20 points over the run");
        }
        return new TrainingConfig(loss, optimiser, learningRate, steps, batchSize, outputScale,
                interval, seed);
    }

    /** The same with another seed for the batch order. */
    public TrainingConfig seed(long newSeed) {
        return new TrainingConfig(loss, optimiser, learningRate, steps, batchSize, outputScale,
                evaluateEvery, newSeed);
    }

    /** The loss. */
    public Loss loss() {
        return loss;
    }

    /** The optimiser. */
    public Optimiser optimiser() {
        return optimiser;
    }

    /** The learning rate eta as given. */
    public double learningRate() {
        return learningRate;
    }

    /** The rate applied to the parameters: eta, or eta rescaled for the output scale. */
    public double effectiveLearningRate() {
        if (!hasOutputScale()) {
            return learningRate;
        }
        return optimiser == Optimiser.SGD ? learningRate / (outputScale * outputScale)
                : learningRate / outputScale;
    }

    /** The number of parameter updates. */
    public int steps() {
        return steps;
    }

    /** The batch size, 0 for the whole training set. */
    public int batchSize() {
        return batchSize;
    }

    /** Whether the centred, scaled model alpha (f - f0) is trained. */
    public boolean hasOutputScale() {
        return outputScale > 0;
    }

    /** alpha, or NaN when the plain network is trained. */
    public double outputScale() {
        return hasOutputScale() ? outputScale : Double.NaN;
    }

    /** Steps between evaluations. */
    public int evaluationInterval() {
        return evaluateEvery > 0 ? evaluateEvery : Math.max(1, steps / 20);
    }

    /** The seed of the batch order. */
    public long seed() {
        return seed;
    }

    private static double checkRate(double eta) {
        if (!(eta > 0) || Double.isInfinite(eta)) {
            throw new IllegalArgumentException("learning rate " + eta + ": give a positive "
                    + "number, e.g. 0.1");
        }
        return eta;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s, %s, eta %s%s, %d steps, %s", optimiser, loss,
                ShortNumber.of(learningRate), hasOutputScale() ? " (alpha "
                        + ShortNumber.of(outputScale) + ", effective "
                        + ShortNumber.of(effectiveLearningRate()) + ")" : "",
                steps, batchSize == 0 ? "full batch" : "batches of " + batchSize);
    }
}
