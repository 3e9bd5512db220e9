package org.spectrallab.graph;

import org.spectrallab.kernel.Bandwidth;

/**
 * The weight of an edge between points at squared distance d^2.
 *
 * <ul>
 *   <li>Gaussian: w = exp(-d^2 / eps) in the convention of {@link Bandwidth}. By default eps
 *       is the mean, over the points, of the squared distance to the k-th nearest
 *       neighbour, so a typical edge weighs about 1/e.</li>
 *   <li>Binary: w = 1 on every edge.</li>
 * </ul>
 */
public final class EdgeWeights {

    private final boolean gaussian;
    private final double eps;

    private EdgeWeights(boolean gaussian, double eps) {
        this.gaussian = gaussian;
        this.eps = eps;
    }

    /** Gaussian weights with eps = mean squared distance to the k-th neighbour (default). */
    public static EdgeWeights gaussian() {
        return new EdgeWeights(true, Double.NaN);
    }

    /** Gaussian weights exp(-d^2 / eps) with the given eps. */
    public static EdgeWeights gaussian(double eps) {
        return new EdgeWeights(true, Bandwidth.require(eps));
    }

    /** Unit weight on every edge. */
    public static EdgeWeights binary() {
        return new EdgeWeights(false, Double.NaN);
    }

    /** Whether weights are Gaussian (else binary). */
    public boolean isGaussian() {
        return gaussian;
    }

    /** The bandwidth to use for these neighbours: given, or the k-th neighbour heuristic. */
    double bandwidthFor(NearestNeighbours neighbours) {
        if (!gaussian) {
            return Double.NaN;
        }
        if (!Double.isNaN(eps)) {
            return eps;
        }
        int n = neighbours.size();
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += neighbours.squaredDistance(i, neighbours.k() - 1);
        }
        double mean = sum / n;
        if (mean <= 0) {
            throw new IllegalArgumentException("every point's k-th neighbour is at distance 0 "
                    + "(duplicated points), so the default bandwidth is 0: increase k or give eps");
        }
        return mean;
    }

    /** The weight of an edge at squared distance {@code squaredDistance}. */
    double weight(double squaredDistance, double bandwidth) {
        return gaussian ? Math.exp(-squaredDistance / bandwidth) : 1.0;
    }

    @Override
    public String toString() {
        if (!gaussian) {
            return "binary";
        }
        return Double.isNaN(eps) ? "gaussian (eps = mean squared k-th neighbour distance)"
                : "gaussian (eps = " + eps + ")";
    }
}
