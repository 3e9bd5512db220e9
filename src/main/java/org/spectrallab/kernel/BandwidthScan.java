package org.spectrallab.kernel;

import java.util.Locale;
import org.la4j.Matrix;
import org.spectrallab.numeric.DenseArrays;
import org.spectrallab.numeric.MemoryGuard;
import org.spectrallab.numeric.SquaredDistances;

/**
 * The Berry-Giannakis-Harlim bandwidth rule (T. Berry, D. Giannakis and J. Harlim,
 * "Nonparametric forecasting of low-dimensional dynamical systems", Physical Review E 91,
 * 032915, 2015): scan the bandwidth eps of {@link Bandwidth} over a logarithmic grid and
 * watch the kernel sum
 *
 * <pre>  S(eps) = sum over all i, j of exp(-|x_i - x_j|^2 / eps)    (i = j included)</pre>
 *
 * For N points on a d-dimensional manifold and eps between the squared spacing of the points
 * and the squared size of the manifold, S(eps) grows like eps^(d/2), so the slope of log S
 * against log eps is d/2. Below that range each point sees only itself (S = N), above it
 * every pair weighs 1 (S = N^2), and the slope falls towards 0 at both ends. The rule takes
 * the eps where the slope is steepest; twice that slope estimates the intrinsic dimension d,
 * with a bias of a few tenths: a closed curved manifold reads high (a circle 1.2, a torus
 * 2.4: the slope overshoots d/2 where the kernel begins to see the whole manifold), a
 * boundary reads low (a square 1.8). Round it. Rescaling eps only shifts log eps, so the
 * slope and the dimension are the same in every bandwidth convention; the chosen eps is in
 * this kit's, and {@link Bandwidth#fromHeatTime} converts from the papers' exp(-d^2 / 4t).
 * (Without the i = j terms log S would fall like -min d^2 / eps at small eps, with an
 * ever steeper slope.)
 *
 * <p>The grid runs from the smallest positive squared distance / 16 to 16 times the
 * largest (where the slope has fallen to about 0), {@value #STEPS_PER_DOUBLING} points per doubling of eps. The slope between two
 * neighbouring grid points is taken at their geometric mean, and that mean is the eps
 * chosen. Cost: one exponential per pair and grid point, O(N^2) per grid point.
 *
 * @param epsilons the grid, ascending
 * @param logSums log S(eps) at each grid point
 * @param eps the chosen bandwidth
 * @param slope the steepest slope d log S / d log eps, at {@code eps}
 */
public record BandwidthScan(double[] epsilons, double[] logSums, double eps, double slope) {

    /** Grid points per doubling of eps. */
    public static final int STEPS_PER_DOUBLING = 8;

    /** The scan over all pairs of rows of {@code points}. */
    public static BandwidthScan of(Matrix points) {
        int n = points.rows();
        if (n < 3) {
            throw new IllegalArgumentException("the bandwidth scan needs at least 3 points, got "
                    + n);
        }
        double[] all = SquaredDistances.pairwise(DenseArrays.rowMajorFinite(points, "the data"),
                n, points.columns());
        double[] pairs = MemoryGuard.upperTriangle(n, "the pairwise distances to scan");
        int filled = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                pairs[filled++] = all[i * n + j];
            }
        }
        return ofPairs(pairs, n);
    }

    /**
     * The scan from the squared distances of all pairs i &lt; j of n points.
     *
     * @throws IllegalArgumentException when the distances are not finite and &gt;= 0, or
     *     fewer than two of them are positive and distinct
     */
    public static BandwidthScan ofPairs(double[] squaredDistances, int n) {
        if (squaredDistances.length != (long) n * (n - 1) / 2) {
            throw new IllegalArgumentException(squaredDistances.length + " squared distances "
                    + "given for " + n + " points: give one per pair i < j, n (n - 1) / 2 = "
                    + (long) n * (n - 1) / 2);
        }
        double smallest = Double.POSITIVE_INFINITY;
        double largest = 0;
        for (double d2 : squaredDistances) {
            if (!(d2 >= 0) || Double.isInfinite(d2)) {
                throw new IllegalArgumentException("squared distance " + d2 + " is not allowed: "
                        + "squared distances are finite and >= 0");
            }
            if (d2 > 0) {
                smallest = Math.min(smallest, d2);
                largest = Math.max(largest, d2);
            }
        }
        if (!(largest > smallest)) {
            throw new IllegalArgumentException("the bandwidth scan needs at least two different "
                    + "positive distances (all points coincide or are equally far apart): "
                    + "give eps yourself");
        }
        double[] epsilons = grid(smallest / 16, largest * 16);
        double[] logSums = new double[epsilons.length];
        for (int g = 0; g < epsilons.length; g++) {
            logSums[g] = logKernelSum(squaredDistances, n, epsilons[g]);
        }
        return steepest(epsilons, logSums);
    }

    private static double[] grid(double from, double to) {
        int points = (int) Math.ceil(STEPS_PER_DOUBLING * Math.log(to / from) / Math.log(2)) + 1;
        double[] epsilons = new double[points];
        for (int g = 0; g < points; g++) {
            epsilons[g] = from * Math.pow(2, (double) g / STEPS_PER_DOUBLING);
        }
        return epsilons;
    }

    /** log S(eps) = log(n + 2 sum over pairs i &lt; j of exp(-d2 / eps)). */
    private static double logKernelSum(double[] squaredDistances, int n, double eps) {
        double sum = 0;
        for (double d2 : squaredDistances) {
            sum += Math.exp(-d2 / eps);
        }
        return Math.log(n + 2 * sum);
    }

    private static BandwidthScan steepest(double[] epsilons, double[] logSums) {
        int best = 0;
        double bestSlope = Double.NEGATIVE_INFINITY;
        for (int g = 0; g + 1 < epsilons.length; g++) {
            double slope = slopeAt(epsilons, logSums, g);
            if (slope > bestSlope) {
                bestSlope = slope;
                best = g;
            }
        }
        double eps = Math.sqrt(epsilons[best] * epsilons[best + 1]);
        return new BandwidthScan(epsilons, logSums, eps, bestSlope);
    }

    private static double slopeAt(double[] epsilons, double[] logSums, int g) {
        return (logSums[g + 1] - logSums[g]) / Math.log(epsilons[g + 1] / epsilons[g]);
    }

    /** The grid, ascending (a fresh copy). */
    @Override
    public double[] epsilons() {
        return epsilons.clone();
    }

    /** log S(eps) at each grid point (a fresh copy). */
    @Override
    public double[] logSums() {
        return logSums.clone();
    }

    /** The intrinsic dimension the scan estimates: twice the steepest slope. */
    public double dimension() {
        return 2 * slope;
    }

    /** The slopes between neighbouring grid points (one fewer than the grid). */
    public double[] slopes() {
        double[] slopes = new double[epsilons.length - 1];
        for (int g = 0; g < slopes.length; g++) {
            slopes[g] = slopeAt(epsilons, logSums, g);
        }
        return slopes;
    }

    /** The geometric midpoints of neighbouring grid points, where {@link #slopes} are taken. */
    public double[] midpoints() {
        double[] midpoints = new double[epsilons.length - 1];
        for (int g = 0; g < midpoints.length; g++) {
            midpoints[g] = Math.sqrt(epsilons[g] * epsilons[g + 1]);
        }
        return midpoints;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "eps = %.4g (steepest slope %.3f of log S against "
                + "log eps, so intrinsic dimension about %.1f)", eps, slope, dimension());
    }
}
