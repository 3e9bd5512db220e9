package org.spectrallab.kernel;

import java.util.Arrays;
import org.la4j.Matrix;
import org.spectrallab.numeric.DenseArrays;
import org.spectrallab.numeric.MemoryGuard;
import org.spectrallab.numeric.SquaredDistances;

/**
 * The bandwidth of a Gaussian kernel, in the one convention the kit uses:
 *
 * <pre>  k(x, y) = exp(-|x - y|^2 / eps)</pre>
 *
 * <p>eps has the units of a squared distance. Other libraries write the same kernel with
 * sigma, exp(-|x - y|^2 / (2 sigma^2)), so eps = 2 sigma^2, or with gamma (scikit-learn's
 * rbf_kernel), exp(-gamma |x - y|^2), so eps = 1 / gamma, or as the Euclidean heat kernel
 * at time t, exp(-|x - y|^2 / (4 t)) (Berry and Harlim's diffusion-map papers, where t is
 * also called epsilon), so eps = 4 t. Convert with {@link #fromSigma}, {@link #fromGamma}
 * and {@link #fromHeatTime}; every other class links here instead of restating this.
 *
 * <p>Three ways to choose eps: give it, take the {@link #medianHeuristic}, or the
 * {@link #berryGiannakisHarlim} rule, which also estimates the intrinsic dimension
 * ({@link BandwidthScan}).
 */
public final class Bandwidth {

    private Bandwidth() {
    }

    /** eps = 2 sigma^2 for a kernel written exp(-d^2 / (2 sigma^2)). */
    public static double fromSigma(double sigma) {
        requirePositive(sigma, "sigma");
        return 2 * sigma * sigma;
    }

    /** eps = 1 / gamma for a kernel written exp(-gamma d^2) (scikit-learn). */
    public static double fromGamma(double gamma) {
        requirePositive(gamma, "gamma");
        return 1 / gamma;
    }

    /** eps = 4 t for a kernel written exp(-d^2 / (4 t)). */
    public static double fromHeatTime(double t) {
        requirePositive(t, "the heat time t");
        return 4 * t;
    }

    /** sigma = sqrt(eps / 2), the inverse of {@link #fromSigma}. */
    public static double toSigma(double eps) {
        return Math.sqrt(require(eps) / 2);
    }

    /** gamma = 1 / eps, the inverse of {@link #fromGamma}. */
    public static double toGamma(double eps) {
        return 1 / require(eps);
    }

    /**
     * The median heuristic: eps = the median of |x_i - x_j|^2 over all pairs i &lt; j (the
     * mean of the two middle values when the number of pairs is even).
     */
    public static double medianHeuristic(Matrix points) {
        int n = points.rows();
        if (n < 2) {
            throw new IllegalArgumentException("the median heuristic needs at least 2 points, got "
                    + n);
        }
        int d = points.columns();
        double[] distances = SquaredDistances.pairwise(
                DenseArrays.rowMajorFinite(points, "the data"), n, d);
        double[] upper = MemoryGuard.upperTriangle(n, "the pairwise distances to sort");
        int filled = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                upper[filled++] = distances[i * n + j];
            }
        }
        Arrays.sort(upper);
        int middle = upper.length / 2;
        double median = upper.length % 2 == 1 ? upper[middle]
                : (upper[middle - 1] + upper[middle]) / 2;
        if (median <= 0) {
            throw new IllegalArgumentException("the median squared distance is 0 (most points "
                    + "coincide), so the median heuristic gives no bandwidth; give eps yourself");
        }
        return median;
    }

    /**
     * The Berry-Giannakis-Harlim rule: the eps where log sum exp(-d^2 / eps) is steepest in
     * log eps. {@link BandwidthScan#of} gives the whole scan and the dimension estimate.
     */
    public static double berryGiannakisHarlim(Matrix points) {
        return BandwidthScan.of(points).eps();
    }

    /**
     * Checks a bandwidth.
     *
     * @return eps, when it is finite and positive
     * @throws IllegalArgumentException naming the value and the rule
     */
    public static double require(double eps) {
        requirePositive(eps, "the bandwidth eps");
        return eps;
    }

    private static void requirePositive(double value, String name) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " = " + value + " is not allowed: it must "
                    + "be a finite number > 0 (eps is a squared distance, e.g. the median "
                    + "heuristic gives about 100 for MNIST pixels in [0, 1])");
        }
    }
}
