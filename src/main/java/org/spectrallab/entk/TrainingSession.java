package org.spectrallab.entk;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.spectrallab.ShortNumber;
import org.spectrallab.Log;
import org.spectrallab.data.Subset;

/**
 * Trains an {@link Mlp} on a labelled subset, step by step, as a {@link TrainingConfig}
 * says, recording train and test curves ({@link TrainingHistory}). The network's weights
 * change in place; the session owns only its own native memory (the data on the engine,
 * the initial outputs f_theta0 for the output scale, Adam's moments): close it.
 *
 * <p>Example:
 * <pre>
 * try (Mlp net = MlpSpec.of(784, 256, 10).build();
 *      TrainingSession s = new TrainingSession(net, train, test, TrainingConfig.sgd(0.1))) {
 *     s.trainToEnd();
 *     System.out.println(s.history());
 * }
 * </pre>
 *
 * <p>A progress line (epoch, loss, accuracy, time left) goes to {@link Log#note}, shown
 * when a lab has turned verbose output on: at the first evaluation, then at evaluations at
 * least {@value #PROGRESS_SECONDS} seconds apart, and at the last step.
 */
public final class TrainingSession implements AutoCloseable {

    /** Seconds between progress lines. */
    static final int PROGRESS_SECONDS = 2;

    private final Mlp network;
    private final TrainingConfig config;
    private final NDManager manager;
    private final Split train;
    private final Split test;
    private final List<NDArray> firstMoments = new ArrayList<>();
    private final List<NDArray> secondMoments = new ArrayList<>();
    private final TrainingHistory history = new TrainingHistory();
    private final Random batchOrder;
    private int[] permutation;
    private int cursor;
    private int step;
    private double trainingSeconds;
    private long lastProgressNanos;
    private boolean closed;

    /**
     * Prepares training; evaluates the untrained model as step 0.
     *
     * @param test may be null (then test curves are NaN)
     * @throws IllegalArgumentException when the subsets' widths differ from the network's,
     *     a subset is empty or holds NaN, or a label is not one of the network's outputs
     */
    public TrainingSession(Mlp network, Subset train, Subset test, TrainingConfig config) {
        TorchEngine.stopRecordingGradients();
        this.network = network;
        this.config = config;
        this.manager = TorchEngine.newManager();
        this.batchOrder = new Random(config.seed());
        try {
            this.train = new Split(train, "the training set");
            this.test = test == null ? null : new Split(test, "the test set");
            if (config.optimiser() == Optimiser.ADAM) {
                for (NDArray parameter : network.parameters()) {
                    firstMoments.add(manager.zeros(parameter.getShape(), parameter.getDataType()));
                    secondMoments.add(manager.zeros(parameter.getShape(),
                            parameter.getDataType()));
                }
            }
            evaluate();
        } catch (RuntimeException e) {
            manager.close();
            throw e;
        }
    }

    /** The network being trained. */
    public Mlp network() {
        return network;
    }

    /** The configuration. */
    public TrainingConfig config() {
        return config;
    }

    /** Parameter updates done so far. */
    public int step() {
        return step;
    }

    /** Passes over the training set so far. */
    public double epoch() {
        return (double) step * batchSize() / train.count;
    }

    /** The curves so far. */
    public TrainingHistory history() {
        return history;
    }

    /** Trains until the configured number of steps. */
    public TrainingHistory trainToEnd() {
        return trainUntil(config.steps());
    }

    /**
     * Trains until step {@code target} (at most the configured number of steps),
     * evaluating at every evaluation interval and at {@code target}.
     *
     * @throws IllegalStateException when the loss stops being finite: the learning rate is
     *     too large; the message names the step and suggests a smaller rate
     */
    public TrainingHistory trainUntil(int target) {
        checkOpen();
        TorchEngine.stopRecordingGradients();
        int end = Math.min(target, config.steps());
        while (step < end) {
            long start = System.nanoTime();
            update();
            trainingSeconds += (System.nanoTime() - start) / 1e9;
            if (step % config.evaluationInterval() == 0 || step == end) {
                evaluate();
            }
        }
        return history;
    }

    /** One parameter update on the next batch. */
    private void update() {
        List<NDArray> parameters = network.parameters();
        try (NDManager scope = TorchArrays.scopeOver(everyArray())) {
            long[] rows = nextBatch();
            NDArray batch = rows == null ? train.inputs : train.inputs.get(scope.create(rows));
            NDArray targets = rows == null ? train.oneHot : train.oneHot.get(scope.create(rows));
            NDArray initial = rows == null || train.initialOutputs == null
                    ? train.initialOutputs : train.initialOutputs.get(scope.create(rows));
            double loss;
            try (GradientCollector collector = TorchEngine.newGradientCollector()) {
                NDArray value = config.loss().of(scaled(network.forward(batch), initial),
                        targets);
                collector.backward(value);
                loss = TorchArrays.doubles(value)[0];
            }
            step++;
            if (!Double.isFinite(loss)) {
                AutogradNtk.zeroGradients(parameters);
                throw diverged(loss);
            }
            for (int p = 0; p < parameters.size(); p++) {
                apply(p, parameters.get(p));
            }
            AutogradNtk.zeroGradients(parameters);
        }
    }

    /** theta &lt;- theta - eta g (SGD) or the Adam step; see {@link Optimiser}. */
    private void apply(int index, NDArray parameter) {
        NDArray gradient = parameter.getGradient();
        double eta = config.effectiveLearningRate();
        if (config.optimiser() == Optimiser.SGD) {
            parameter.subi(gradient.mul(eta));
            return;
        }
        NDArray m = firstMoments.get(index);
        NDArray v = secondMoments.get(index);
        m.muli(Optimiser.BETA1).addi(gradient.mul(1 - Optimiser.BETA1));
        v.muli(Optimiser.BETA2).addi(gradient.square().mul(1 - Optimiser.BETA2));
        NDArray mHat = m.div(1 - Math.pow(Optimiser.BETA1, step));
        NDArray vHat = v.div(1 - Math.pow(Optimiser.BETA2, step));
        parameter.subi(mHat.div(vHat.sqrt().add(Optimiser.EPSILON)).mul(eta));
    }

    /** g = alpha (f - f0) when an output scale is set, else f itself. */
    private NDArray scaled(NDArray outputs, NDArray initialOutputs) {
        if (!config.hasOutputScale()) {
            return outputs;
        }
        return outputs.sub(initialOutputs).mul(config.outputScale());
    }

    /** The rows of the next batch, or null for the whole training set. */
    private long[] nextBatch() {
        int size = batchSize();
        if (size == train.count) {
            return null;
        }
        long[] rows = new long[size];
        for (int r = 0; r < size; r++) {
            if (permutation == null || cursor == permutation.length) {
                permutation = shuffled(train.count);
                cursor = 0;
            }
            rows[r] = permutation[cursor++];
        }
        return rows;
    }

    private int[] shuffled(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = batchOrder.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    private int batchSize() {
        int size = config.batchSize();
        return size == 0 ? train.count : Math.min(size, train.count);
    }

    /** Records losses and accuracies of the current model, and prints the progress line. */
    private void evaluate() {
        double[] trainScores = TorchArrays.inScope(everyArray(), scope ->
                train.lossAndAccuracy());
        double[] testScores = test == null ? new double[] {Double.NaN, Double.NaN}
                : TorchArrays.inScope(everyArray(), scope -> test.lossAndAccuracy());
        history.add(new TrainingHistory.Point(step, epoch(), trainScores[0], trainScores[1],
                testScores[0], testScores[1], trainingSeconds));
        long now = System.nanoTime();
        if (lastProgressNanos == 0 || step == config.steps()
                || now - lastProgressNanos >= PROGRESS_SECONDS * 1_000_000_000L) {
            lastProgressNanos = now;
            Log.note(progressLine());
        }
    }

    private String progressLine() {
        TrainingHistory.Point p = history.last();
        double secondsLeft = step == 0 ? Double.NaN
                : trainingSeconds / step * (config.steps() - step);
        return String.format(Locale.ROOT, "epoch %.1f  step %d/%d  loss %.4f  accuracy %.3f"
                        + "%s  %s", p.epoch(), step, config.steps(), p.trainLoss(),
                p.trainAccuracy(), test == null ? "" : String.format(Locale.ROOT,
                        "  test loss %.4f  test accuracy %.3f", p.testLoss(), p.testAccuracy()),
                Double.isNaN(secondsLeft) ? "" : String.format(Locale.ROOT, "%.0f s left",
                        secondsLeft));
    }

    private IllegalStateException diverged(double loss) {
        double eta = config.learningRate();
        return new IllegalStateException(String.format(Locale.ROOT, "training diverged: the "
                + "loss became %s at step %d (epoch %.1f) with learning rate %s%s; the steps "
                + "overshoot: use a smaller learning rate, e.g. %s, and rebuild the network "
                + "(its weights are now unusable)", loss, step, epoch(), ShortNumber.of(eta),
                config.hasOutputScale() ? " (" + ShortNumber.of(config.effectiveLearningRate())
                        + " after the output scale)" : "", ShortNumber.of(eta / 10)));
    }

    /** Parameters, data and optimiser state: what each step's scope must hold. */
    private List<NDArray> everyArray() {
        List<NDArray> arrays = new ArrayList<>(network.parameters());
        arrays.addAll(train.arrays());
        if (test != null) {
            arrays.addAll(test.arrays());
        }
        arrays.addAll(firstMoments);
        arrays.addAll(secondMoments);
        return arrays;
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("this training session was closed: start a new one");
        }
    }

    /** Frees the session's native memory (not the network's). */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            manager.close();
        }
    }

    /** One labelled set on the engine: inputs, one-hot labels, initial outputs. */
    private final class Split {
        final int count;
        final int[] labels;
        final NDArray inputs;
        final NDArray oneHot;
        /** f_theta0 on the inputs, when an output scale is set. */
        final NDArray initialOutputs;

        Split(Subset subset, String what) {
            int outputs = network.outputWidth();
            double[] x = Inputs.rows(subset.points(), network.inputWidth(), what);
            this.count = subset.size();
            this.labels = subset.labels();
            double[] y = new double[count * outputs];
            for (int i = 0; i < count; i++) {
                if (labels[i] < 0 || labels[i] >= outputs) {
                    throw new IllegalArgumentException(what + " has label " + labels[i]
                            + " at row " + i + " but the network has outputs 0.."
                            + (outputs - 1) + ": give the network one output per class");
                }
                y[i * outputs + labels[i]] = 1;
            }
            this.inputs = TorchArrays.matrix(manager, x, count, network.inputWidth(),
                    network.precision());
            this.oneHot = TorchArrays.matrix(manager, y, count, outputs, network.precision());
            this.initialOutputs = config.hasOutputScale() ? initialOutputs() : null;
        }

        private NDArray initialOutputs() {
            try (NDManager scope = network.scope()) {
                scope.tempAttachAll(inputs);
                NDArray outputs = network.forward(inputs);
                outputs.attach(manager);
                return outputs;
            }
        }

        List<NDArray> arrays() {
            return initialOutputs == null ? List.of(inputs, oneHot)
                    : List.of(inputs, oneHot, initialOutputs);
        }

        /** [loss, accuracy] of the trained model g on this set (inside a step's scope). */
        double[] lossAndAccuracy() {
            NDArray g = scaled(network.forward(inputs), initialOutputs);
            double loss = TorchArrays.doubles(config.loss().of(g, oneHot))[0];
            long[] predicted = g.argMax(1).toLongArray();
            int correct = 0;
            for (int i = 0; i < count; i++) {
                if (predicted[i] == labels[i]) {
                    correct++;
                }
            }
            return new double[] {loss, (double) correct / count};
        }
    }
}
