package org.spectrallab.entk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.la4j.Matrix;
import org.spectrallab.Log;
import org.spectrallab.ShortNumber;
import org.spectrallab.data.Subset;
import org.spectrallab.numeric.DenseArrays;
import org.spectrallab.spectral.Eigenpairs;
import org.spectrallab.spectral.Eigensolver;

/**
 * The lazy-to-rich experiment: the same network trained at several output scales alpha
 * ({@link TrainingConfig#outputScale}), watching at checkpoints how far its tangent kernel
 * and weights move and what the kernel comes to resemble. Large alpha stays lazy: the
 * kernel barely moves and the network does what kernel regression with its initial NTK
 * does. Small alpha is rich: the kernel moves and aligns with the labels (Chizat, Oyallon
 * and Bach, NeurIPS 2019; Kumar, Bordelon, Gershman and Pehlevan, ICLR 2024).
 *
 * <p>At every checkpoint, with K_t the trace eNTK ({@link NtkKind#TRACE}) on the training
 * inputs and theta_t the parameters:
 * <ul>
 *   <li>train and test loss and accuracy of the trained model alpha (f_t - f_0);</li>
 *   <li>kernel change |K_t - K_0|_F / |K_0|_F and weight change
 *       |theta_t - theta_0| / |theta_0|;</li>
 *   <li>{@link KernelAlignment#cka CKA} of K_t with the label kernel Y Y^T and with each
 *       operator passed in ({@link Config#compareWith}: a Gram matrix, a heat kernel, any
 *       N x N la4j matrix on the training points in their order), and Kumar et al.'s
 *       {@link KernelAlignment#centredNtkAlignment centred alignment} with the labels.</li>
 * </ul>
 * <p>Per alpha also the lazy baseline: {@link KernelRegression} with K_0, its test accuracy
 * and loss; and the eigenvalues of K_0 and of the last K_t with their cumulative target
 * power C(k) for the one-hot training labels ({@link TargetPower}): in rich training the
 * top eigenvectors turn towards the labels, and C(10) grows. The kernel of the scaled model is alpha^2 K_t; every number above is blind to
 * that factor, so K_t is what is computed.
 */
public final class LazyToRich {

    private LazyToRich() {
    }

    /** A configuration with the given network and training, other settings default. */
    public static Config config(MlpSpec network, TrainingConfig training) {
        return new Config(network, training, new double[] {1, 100}, 5,
                Collections.emptyMap(), 1e-6);
    }

    /**
     * Runs the experiment: for each alpha, a fresh network from the spec (same seed, same
     * initial weights), trained with the configuration's training at that output scale.
     *
     * @throws IllegalArgumentException when an operator's size differs from the training
     *     set's, or the subsets do not fit the network
     * @throws IllegalStateException when training diverges (see {@link TrainingSession})
     */
    public static LazyToRichResult run(Config config, Subset train, Subset test) {
        Objects.requireNonNull(test, "test set");
        for (Map.Entry<String, Matrix> operator : config.operators.entrySet()) {
            if (operator.getValue().rows() != train.size()
                    || operator.getValue().columns() != train.size()) {
                throw new IllegalArgumentException("the operator '" + operator.getKey()
                        + "' is " + operator.getValue().rows() + " x "
                        + operator.getValue().columns() + " but the training set has "
                        + train.size() + " points: build it on the training points, in order");
            }
        }
        List<LazyToRichResult.Run> runs = new ArrayList<>();
        for (double alpha : config.alphas) {
            runs.add(runOne(config, alpha, train, test));
        }
        return new LazyToRichResult(config.network.toString(), config.training.toString(),
                train.size(), test.size(), runs);
    }

    private static LazyToRichResult.Run runOne(Config config, double alpha, Subset train,
                                               Subset test) {
        TrainingConfig training = config.training.outputScale(alpha);
        Stopwatch clock = new Stopwatch();
        Matrix labelKernel = KernelAlignment.labelKernel(train.labels());
        Matrix targets = KernelAlignment.oneHot(train.labels());
        try (Mlp network = config.network.build();
             TrainingSession session = clock.time("training",
                     () -> new TrainingSession(network, train, test, training))) {
            double[] theta0 = network.parameterVector();
            Matrix k0 = clock.time("eNTK", () -> EmpiricalNtk.trace(network, train.points()));
            requireImagesTellApart(k0, config.network);
            Eigenpairs initial = clock.time("eigenpairs", () -> Eigensolver.largest(k0,
                    k0.rows()));
            KernelRegression.Score lazy = clock.time("lazy baseline", () -> lazyBaseline(
                    network, initial, train, test, config.relativeRidge));
            List<LazyToRichResult.Checkpoint> checkpoints = new ArrayList<>();
            Matrix kernel = k0;
            for (int step : config.checkpointSteps()) {
                clock.time("training", () -> session.trainUntil(step));
                kernel = step == 0 ? k0
                        : clock.time("eNTK", () -> EmpiricalNtk.trace(network, train.points()));
                Matrix current = kernel;
                checkpoints.add(clock.time("comparisons", () -> checkpoint(session, current, k0,
                        theta0, labelKernel, targets, config.operators)));
                Log.note(String.format(Locale.ROOT, "alpha %s: step %d/%d, kernel moved %.2f%%,"
                        + " CKA with labels %.3f", ShortNumber.of(alpha), step, training.steps(),
                        100 * checkpoints.get(checkpoints.size() - 1).kernelChange(),
                        checkpoints.get(checkpoints.size() - 1).labelCka()));
            }
            warnIfNotLearning(alpha, session.history());
            Matrix last = kernel;
            Eigenpairs ended = clock.time("eigenpairs", () -> Eigensolver.largest(last,
                    last.rows()));
            return new LazyToRichResult.Run(alpha, training.effectiveLearningRate(),
                    lazy.accuracy(), lazy.loss(), checkpoints, session.history(),
                    new LazyToRichResult.Spectrum(initial.values(),
                            TargetPower.cumulative(initial, targets)),
                    new LazyToRichResult.Spectrum(ended.values(),
                            TargetPower.cumulative(ended, targets)), clock.seconds());
        }
    }

    /**
     * Refuses an initial eNTK that is constant up to float32 rounding once centred
     * (|H K H|_F &lt;= 1e-5 |K|_F, H = I - 11^T / N): the network's gradients are the same for
     * every image (e.g. every hidden ReLU off for every image, which a width of 1 makes
     * likely), so no alignment is defined and training has nothing to move.
     */
    static void requireImagesTellApart(Matrix k0, MlpSpec network) {
        double[] whole = DenseArrays.rowMajor(k0);
        double[] centred = KernelAlignment.centred(whole, k0.rows());
        double centredSquared = KernelAlignment.inner(centred, centred);
        if (centredSquared <= 1e-10 * KernelAlignment.inner(whole, whole)) {
            throw new IllegalArgumentException("the untrained network " + network
                    + " has the same gradient for every image (its eNTK K_0 is constant: "
                    + "typically every hidden ReLU is off for every image), so it cannot tell "
                    + "images apart, no alignment is defined and training cannot move it. Use "
                    + "a wider network (e.g. --width 64) or another --network-seed.");
        }
    }

    private static KernelRegression.Score lazyBaseline(Mlp network, Eigenpairs k0,
                                                       Subset train, Subset test,
                                                       double relativeRidge) {
        Matrix cross = EmpiricalNtk.trace(network, test.points(), train.points());
        return KernelRegression.score(k0, train.labels(), cross, test.labels(), relativeRidge);
    }

    private static LazyToRichResult.Checkpoint checkpoint(TrainingSession session,
                                                          Matrix kernel, Matrix k0,
                                                          double[] theta0, Matrix labelKernel,
                                                          Matrix targets,
                                                          Map<String, Matrix> operators) {
        TrainingHistory.Point scores = session.history().last();
        Map<String, Double> cka = new LinkedHashMap<>();
        for (Map.Entry<String, Matrix> operator : operators.entrySet()) {
            cka.put(operator.getKey(), KernelAlignment.cka(kernel, operator.getValue()));
        }
        return new LazyToRichResult.Checkpoint(session.step(), session.epoch(),
                scores.trainLoss(), scores.trainAccuracy(), scores.testLoss(),
                scores.testAccuracy(), EmpiricalNtk.relativeDifference(kernel, k0),
                relativeChange(session.network().parameterVector(), theta0),
                KernelAlignment.cka(kernel, labelKernel),
                KernelAlignment.centredNtkAlignment(kernel, targets), cka);
    }

    /**
     * Warns when a run ends with a higher training loss than it started with: gradient
     * descent on the (near-linear) lazy model oscillates once eta exceeds 2 N / lambda_max
     * of its full NTK, without reaching NaN.
     */
    private static void warnIfNotLearning(double alpha, TrainingHistory history) {
        double first = history.points().get(0).trainLoss();
        double last = history.last().trainLoss();
        if (last >= first) {
            Log.warn(String.format(Locale.ROOT, "at alpha %s the training loss went from %.4g "
                    + "to %.4g: the learning rate is beyond what this network tolerates at this "
                    + "scale (lazy training oscillates once eta > 2 N / lambda_max of the NTK); "
                    + "lower the learning rate", ShortNumber.of(alpha), first, last));
        }
    }

    /** |a - b| / |b|. */
    private static double relativeChange(double[] a, double[] b) {
        double difference = 0;
        double norm = 0;
        for (int p = 0; p < a.length; p++) {
            difference += (a[p] - b[p]) * (a[p] - b[p]);
            norm += b[p] * b[p];
        }
        return Math.sqrt(difference / norm);
    }

    /** The experiment's settings; immutable, each setting method returns a changed copy. */
    public static final class Config {
        private final MlpSpec network;
        private final TrainingConfig training;
        private final double[] alphas;
        private final int checkpoints;
        private final Map<String, Matrix> operators;
        private final double relativeRidge;

        private Config(MlpSpec network, TrainingConfig training, double[] alphas,
                       int checkpoints, Map<String, Matrix> operators, double relativeRidge) {
            this.network = Objects.requireNonNull(network, "network");
            this.training = Objects.requireNonNull(training, "training");
            this.alphas = alphas;
            this.checkpoints = checkpoints;
            this.operators = operators;
            this.relativeRidge = relativeRidge;
        }

        /**
         * The output scales to compare (default 1 and 100).
         *
         * @throws IllegalArgumentException when none is given or one is not positive
         */
        public Config alphas(double... newAlphas) {
            if (newAlphas.length == 0) {
                throw new IllegalArgumentException("no alpha given: give at least one output "
                        + "scale, e.g. alphas(0.5, 100)");
            }
            for (double alpha : newAlphas) {
                training.outputScale(alpha);
            }
            return new Config(network, training, newAlphas.clone(), checkpoints, operators,
                    relativeRidge);
        }

        /**
         * The number of checkpoints, evenly spaced from step 0 to the last step (default 5).
         *
         * @throws IllegalArgumentException when below 2 or above the number of steps + 1
         */
        public Config checkpoints(int count) {
            if (count < 2 || count > training.steps() + 1) {
                throw new IllegalArgumentException(count + " checkpoints over "
                        + training.steps() + " steps: give between 2 (start and end) and "
                        + (training.steps() + 1));
            }
            return new Config(network, training, alphas, count, operators, relativeRidge);
        }

        /**
         * Also reports the CKA of K_t with this operator (N x N on the training points, in
         * their order), e.g. a Gram matrix or a graph's heat kernel.
         */
        public Config compareWith(String name, Matrix operator) {
            Map<String, Matrix> more = new LinkedHashMap<>(operators);
            more.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(operator,
                    "operator"));
            return new Config(network, training, alphas, checkpoints,
                    Collections.unmodifiableMap(more), relativeRidge);
        }

        /** The lazy baseline's ridge relative to mean(diag K_0) (default 1e-6). */
        public Config ridge(double relative) {
            return new Config(network, training, alphas, checkpoints, operators, relative);
        }

        /** The steps at which checkpoints are taken. */
        public int[] checkpointSteps() {
            int[] steps = new int[checkpoints];
            for (int c = 0; c < checkpoints; c++) {
                steps[c] = (int) Math.round((double) c * training.steps() / (checkpoints - 1));
            }
            return steps;
        }

        @Override
        public String toString() {
            return network + "; " + training + "; alphas " + Arrays.toString(alphas) + "; "
                    + checkpoints + " checkpoints; compared with labels"
                    + (operators.isEmpty() ? "" : ", " + String.join(", ", operators.keySet()));
        }
    }

    /** Seconds spent per piece of work, summed over calls. */
    private static final class Stopwatch {
        private final Map<String, Double> seconds = new LinkedHashMap<>();

        <T> T time(String piece, java.util.function.Supplier<T> work) {
            long start = System.nanoTime();
            try {
                return work.get();
            } finally {
                seconds.merge(piece, (System.nanoTime() - start) / 1e9, Double::sum);
            }
        }

        Map<String, Double> seconds() {
            return Collections.unmodifiableMap(new LinkedHashMap<>(seconds));
        }
    }
}
