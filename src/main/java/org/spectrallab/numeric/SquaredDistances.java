package org.spectrallab.numeric;

/**
 * Squared Euclidean distances between the rows of a data matrix,
 * |x_i - x_j|^2 = |x_i|^2 + |x_j|^2 - 2 &lt;x_i, x_j&gt;, with the inner products from BLAS.
 *
 * <p>The expansion loses a little accuracy to cancellation (about 1e-13 relative for
 * MNIST); results are clamped at 0 and the diagonal is exactly 0. Where exact ties matter
 * (choosing nearest neighbours) use {@link #exact}.
 */
public final class SquaredDistances {

    private SquaredDistances() {
    }

    /** All pairwise squared distances of the rows of x (n x d, row-major), n x n row-major. */
    public static double[] pairwise(double[] x, int n, int d) {
        double[] gram = Blas.rowGram(x, n, d);
        double[] norms = new double[n];
        for (int i = 0; i < n; i++) {
            norms[i] = gram[i * n + i];
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double value = norms[i] + norms[j] - 2 * gram[i * n + j];
                gram[i * n + j] = i == j ? 0.0 : Math.max(0.0, value);
            }
        }
        return gram;
    }

    /** The squared norm |x_i|^2 of every row. */
    public static double[] rowNorms(double[] x, int n, int d) {
        double[] norms = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int k = 0; k < d; k++) {
                double v = x[i * d + k];
                sum += v * v;
            }
            norms[i] = sum;
        }
        return norms;
    }

    /** |x_i - x_j|^2 summed term by term, without cancellation. */
    public static double exact(double[] x, int d, int i, int j) {
        double sum = 0;
        for (int k = 0; k < d; k++) {
            double diff = x[i * d + k] - x[j * d + k];
            sum += diff * diff;
        }
        return sum;
    }
}
