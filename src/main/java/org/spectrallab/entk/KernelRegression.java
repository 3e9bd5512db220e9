package org.spectrallab.entk;

import org.la4j.Matrix;
import org.spectrallab.numeric.Blas;
import org.spectrallab.numeric.DenseArrays;
import org.spectrallab.spectral.Eigenpairs;
import org.spectrallab.spectral.Eigensolver;

/**
 * Kernel (ridge) regression on one-hot targets, the lazy baseline: predictions
 * F(x) = K(x, X) (K(X, X) + rho I)^(-1) Y, one column per class, with the ridge rho given
 * relative to the mean of the diagonal of K(X, X). A network trained to convergence under
 * MSE in the lazy regime from zero output (the centred model alpha (f - f0)) is this
 * predictor with its initial NTK (Jacot et al. 2018; Lee et al., NeurIPS 2019), when the
 * full kernel is the trace kernel / O times the identity over outputs, as at infinite
 * width; with the empirical trace kernel it is the usual finite-width stand-in.
 */
public final class KernelRegression {

    /** The test accuracy and MSE loss (1/(2N) sum_i |F(x_i) - e_(y_i)|^2) of the predictor. */
    public record Score(double accuracy, double loss) {
        /** 1 - accuracy. */
        public double error() {
            return 1 - accuracy;
        }
    }

    private KernelRegression() {
    }

    /**
     * Fits on the training kernel and scores on the test points.
     *
     * @param trainKernel K(X, X), N x N, symmetric PSD
     * @param testKernel K(X_test, X), M x N
     * @param relativeRidge rho / mean(diag K), e.g. 1e-6; must be positive
     * @throws IllegalArgumentException on mismatched sizes or a non-positive ridge
     */
    public static Score score(Matrix trainKernel, int[] trainLabels, Matrix testKernel,
                              int[] testLabels, double relativeRidge) {
        return score(Eigensolver.all(trainKernel), trainLabels, testKernel, testLabels,
                relativeRidge);
    }

    /**
     * As {@link #score(Matrix, int[], Matrix, int[], double)}, with the training kernel
     * given by all its eigenpairs (in any order), e.g. when they are needed elsewhere too.
     */
    public static Score score(Eigenpairs trainKernel, int[] trainLabels, Matrix testKernel,
                              int[] testLabels, double relativeRidge) {
        int n = trainKernel.dimension();
        int m = testKernel.rows();
        if (trainKernel.count() != n || trainLabels.length != n || testKernel.columns() != n
                || testLabels.length != m) {
            throw new IllegalArgumentException("sizes disagree: training kernel of size " + n
                    + " with " + trainKernel.count() + " eigenpairs and " + trainLabels.length
                    + " labels, test kernel " + m + " x " + testKernel.columns() + " with "
                    + testLabels.length + " labels: give all eigenpairs, one label per point, "
                    + "and one test-kernel column per training point");
        }
        if (!(relativeRidge > 0)) {
            throw new IllegalArgumentException("relative ridge " + relativeRidge + ": give a "
                    + "small positive number, e.g. 1e-6, to keep the solve stable");
        }
        int classes = Math.max(max(trainLabels), max(testLabels)) + 1;
        double[] coefficients = solve(trainKernel, KernelAlignment.oneHot(trainLabels, classes),
                relativeRidge);
        double[] predictions = Blas.multiply(DenseArrays.rowMajor(testKernel), false,
                coefficients, false, m, n, classes);
        return score(predictions, testLabels, classes);
    }

    /**
     * (K + rho I)^(-1) Y through the eigenpairs of K: V diag(1 / (lambda + rho)) V^T Y,
     * rho relative to mean(diag K) = trace(K) / N = sum(lambda) / N.
     */
    private static double[] solve(Eigenpairs pairs, Matrix targets, double relativeRidge) {
        int n = pairs.dimension();
        int classes = targets.columns();
        double meanDiagonal = 0;
        for (double value : pairs.values()) {
            meanDiagonal += value / n;
        }
        double ridge = relativeRidge * meanDiagonal;
        double[] v = DenseArrays.rowMajor(pairs.vectors());
        double[] projected = Blas.multiply(v, true, DenseArrays.rowMajor(targets), false, n, n,
                classes);
        for (int k = 0; k < n; k++) {
            double scale = 1 / (Math.max(pairs.value(k), 0) + ridge);
            for (int t = 0; t < classes; t++) {
                projected[k * classes + t] *= scale;
            }
        }
        return Blas.multiply(v, false, projected, false, n, n, classes);
    }

    private static Score score(double[] predictions, int[] labels, int classes) {
        int correct = 0;
        double loss = 0;
        for (int i = 0; i < labels.length; i++) {
            int best = 0;
            for (int t = 0; t < classes; t++) {
                double p = predictions[i * classes + t];
                if (p > predictions[i * classes + best]) {
                    best = t;
                }
                double target = t == labels[i] ? 1 : 0;
                loss += (p - target) * (p - target);
            }
            if (best == labels[i]) {
                correct++;
            }
        }
        return new Score((double) correct / labels.length, loss / (2.0 * labels.length));
    }

    private static int max(int[] values) {
        int max = 0;
        for (int v : values) {
            max = Math.max(max, v);
        }
        return max;
    }
}
