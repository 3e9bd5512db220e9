package org.spectrallab.entk;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.spectrallab.ShortNumber;

/**
 * What {@link LazyToRich#run} measured: one {@link Run} per output scale alpha, each with
 * its checkpoints, curves and lazy baseline. Records all the way down, so a lab can print
 * {@link #table()}, plot the series, or write the whole result as JSON (Gson).
 *
 * @param network the network spec, as text
 * @param training the training configuration before the output scale, as text
 * @param trainSize training points N
 * @param testSize test points
 * @param runs one per alpha, in the order given
 */
public record LazyToRichResult(String network, String training, int trainSize, int testSize,
                               List<Run> runs) {

    /**
     * One alpha.
     *
     * @param alpha the output scale
     * @param effectiveLearningRate the rate applied to the weights
     * @param lazyTestAccuracy test accuracy of kernel regression with K_0
     * @param lazyTestLoss its test MSE loss
     * @param checkpoints the measurements, step 0 first
     * @param history the train and test curves at every evaluation
     * @param initial the spectrum of K_0 and its C(k) for the training labels
     * @param last the same for the kernel at the last checkpoint
     * @param seconds time per piece of work (training, eNTK, eigenpairs, lazy baseline,
     *     comparisons)
     */
    public record Run(double alpha, double effectiveLearningRate, double lazyTestAccuracy,
                      double lazyTestLoss, List<Checkpoint> checkpoints,
                      TrainingHistory history, Spectrum initial, Spectrum last,
                      Map<String, Double> seconds) {

        /** Steps of the checkpoints. */
        public double[] steps() {
            return checkpoints.stream().mapToDouble(Checkpoint::step).toArray();
        }

        /** |K_t - K_0|_F / |K_0|_F at the checkpoints. */
        public double[] kernelChange() {
            return checkpoints.stream().mapToDouble(Checkpoint::kernelChange).toArray();
        }

        /** |theta_t - theta_0| / |theta_0| at the checkpoints. */
        public double[] weightChange() {
            return checkpoints.stream().mapToDouble(Checkpoint::weightChange).toArray();
        }

        /** CKA of K_t with the label kernel at the checkpoints. */
        public double[] labelCka() {
            return checkpoints.stream().mapToDouble(Checkpoint::labelCka).toArray();
        }

        /** CKA of K_t with the named operator at the checkpoints. */
        public double[] cka(String operator) {
            if (!checkpoints.get(0).cka().containsKey(operator)) {
                throw new IllegalArgumentException("no operator named '" + operator + "': the "
                        + "run compared with " + checkpoints.get(0).cka().keySet());
            }
            return checkpoints.stream().mapToDouble(c -> c.cka().get(operator)).toArray();
        }

        /** Test accuracy at the checkpoints. */
        public double[] testAccuracy() {
            return checkpoints.stream().mapToDouble(Checkpoint::testAccuracy).toArray();
        }
    }

    /**
     * A kernel's eigenvalues (descending) and its cumulative target power for the one-hot
     * training labels, C(k) at index k - 1 ({@link TargetPower}).
     */
    public record Spectrum(double[] eigenvalues, double[] targetPower) {
        /** C(k), the share of the labels in the top k eigenvectors (k = 1..N). */
        public double targetPowerAt(int k) {
            return targetPower[k - 1];
        }
    }

    /**
     * The measurements at one step.
     *
     * @param kernelChange |K_t - K_0|_F / |K_0|_F
     * @param weightChange |theta_t - theta_0| / |theta_0|
     * @param labelCka CKA of K_t with Y Y^T
     * @param kumarAlignment Kumar et al.'s centred alignment of K_t with the one-hot labels
     * @param cka CKA of K_t with each operator passed in, by name
     */
    public record Checkpoint(int step, double epoch, double trainLoss, double trainAccuracy,
                             double testLoss, double testAccuracy, double kernelChange,
                             double weightChange, double labelCka, double kumarAlignment,
                             Map<String, Double> cka) {
    }

    /** One block per alpha: its lazy baseline, then a line per checkpoint. */
    public String table() {
        StringBuilder text = new StringBuilder(network + "; " + training + "; " + trainSize
                + " training and " + testSize + " test points\n");
        for (Run run : runs) {
            text.append(String.format(Locale.ROOT, "%nalpha %s (effective learning rate %s);"
                    + " lazy baseline (kernel regression with K_0): test accuracy %.4f, "
                    + "loss %.4f%n", ShortNumber.of(run.alpha()),
                    ShortNumber.of(run.effectiveLearningRate()),
                    run.lazyTestAccuracy(), run.lazyTestLoss()));
            int k = Math.min(10, run.initial().targetPower().length);
            text.append(String.format(Locale.ROOT, "share of the labels in the top %d "
                    + "eigenvectors C(%d): K_0 %.4f, last kernel %.4f%n", k, k,
                    run.initial().targetPowerAt(k), run.last().targetPowerAt(k)));
            text.append("  step  train loss  test loss  test acc  kernel moved  weights moved"
                    + "  CKA labels  Kumar");
            run.checkpoints().get(0).cka().keySet().forEach(name -> text.append("  CKA ")
                    .append(name));
            text.append('\n');
            for (Checkpoint c : run.checkpoints()) {
                text.append(String.format(Locale.ROOT, "%6d %11.5f %10.5f %9.4f %13.4f %14.4f"
                        + " %11.4f %6.3f", c.step(), c.trainLoss(), c.testLoss(),
                        c.testAccuracy(), c.kernelChange(), c.weightChange(), c.labelCka(),
                        c.kumarAlignment()));
                c.cka().forEach((name, value) -> text.append(String.format(Locale.ROOT,
                        "  %" + (4 + name.length()) + ".4f", value)));
                text.append('\n');
            }
        }
        return text.toString();
    }
}
