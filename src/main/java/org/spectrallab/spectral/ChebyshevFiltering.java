package org.spectrallab.spectral;

import java.util.Locale;
import org.la4j.Matrix;
import org.spectrallab.Log;
import org.spectrallab.numeric.SparseRows;

/**
 * Filtering by a Chebyshev polynomial in L, with no eigenvectors: only sparse
 * matrix-vector products (Hammond, Vandergheynst and Gribonval, "Wavelets on graphs via
 * spectral graph theory", Applied and Computational Harmonic Analysis 30, 2011, section 6).
 *
 * <p>On [0, lmax], with a = lmax / 2 and y = (lambda - a) / a in [-1, 1], a filter of order
 * m is
 *
 * <pre>
 *   g(lambda) ~ c_0 / 2 + sum_{k=1..m} c_k T_k(y)
 *   c_k = (2 / M) sum_{q=0..M-1} g(a cos(theta_q) + a) cos(k theta_q),
 *         theta_q = pi (q + 1/2) / M,  M = m + 1       (Gauss-Chebyshev nodes; the first
 *                                                       coefficient halved in the sum)
 * </pre>
 *
 * the convention of PyGSP's compute_cheby_coeff and cheby_op. g(L) x follows from the
 * recurrence T_0 x = x, T_1 x = L~ x, T_k x = 2 L~ T_(k-1) x - T_(k-2) x with
 * L~ = (L - a I) / a: m products with L for a whole bank. The error is the polynomial's
 * error on L's spectrum; for smooth filters it falls quickly with m.
 *
 * <p>The expansion is valid only if [0, lmax] holds L's spectrum: above lmax the
 * polynomials grow like cosh(k acosh(y)) instead of staying within [-1, 1]. When the
 * filtering is made, lmax is compared with a Lanczos estimate of L's largest eigenvalue
 * ({@link LargestEigenvalue#lanczosEstimate}, never above the true value); an lmax below it
 * is reported in one warning line, and the numbers filtered are then not g(L) x.
 */
public final class ChebyshevFiltering implements GraphFiltering {

    private final SparseRows laplacian;
    private final double lmax;
    private final int order;

    private ChebyshevFiltering(SparseRows laplacian, double lmax, int order) {
        this.laplacian = laplacian;
        this.lmax = lmax;
        this.order = order;
    }

    /**
     * Chebyshev filtering of order m on [0, lmax].
     *
     * @param laplacian a symmetric positive semi-definite operator in CSR form, e.g.
     *     {@code UnnormalizedLaplacian.rows(graph)}
     * @param lmax at least L's largest eigenvalue: {@link LargestEigenvalue}
     * @param order the polynomial degree m &gt;= 1 (PyGSP's default is 30)
     * @throws IllegalArgumentException when the order is below 1, lmax is not a finite
     *     number &gt; 0, or L is not symmetric
     */
    public static ChebyshevFiltering of(SparseRows laplacian, double lmax, int order) {
        requireOrder(order);
        FilterBank.requireLmax(lmax);
        double largest = LargestEigenvalue.lanczosEstimate(laplacian);
        if (lmax < largest) {
            Log.warn(String.format(Locale.ROOT, "Chebyshev filtering: lmax = %.6g is below L's "
                    + "largest eigenvalue (at least %.6g), so the expansion is invalid for the "
                    + "part of a signal above lmax. Use LargestEigenvalue.exact or "
                    + ".upperEstimate", lmax, largest));
        }
        return new ChebyshevFiltering(laplacian, lmax, order);
    }

    /**
     * Chebyshev filtering of order m on [0, lmax] with lmax =
     * {@link LargestEigenvalue#upperEstimate}, found by one Lanczos run (PyGSP's way when
     * the graph has no lmax yet). Design the filters on {@link #lmax()}.
     */
    public static ChebyshevFiltering of(SparseRows laplacian, int order) {
        requireOrder(order);
        return new ChebyshevFiltering(laplacian, LargestEigenvalue.upperEstimate(laplacian),
                order);
    }

    /** Chebyshev filtering with L given as an la4j matrix (copied to CSR form once). */
    public static ChebyshevFiltering of(Matrix laplacian, double lmax, int order) {
        return of(SparseRows.of(laplacian), lmax, order);
    }

    private static void requireOrder(int order) {
        if (order < 1) {
            throw new IllegalArgumentException("Chebyshev order " + order + " is not allowed: "
                    + "the polynomial degree must be at least 1 (PyGSP's default is 30; higher "
                    + "is more accurate and costs one more product with L per order)");
        }
    }

    /** The Chebyshev coefficients c_0..c_m of g on [0, lmax] (c_0 not halved). */
    public static double[] coefficients(SpectralFilter g, double lmax, int order) {
        requireOrder(order);
        FilterBank.requireLmax(lmax);
        int nodes = order + 1;
        double half = lmax / 2;
        double[] atNodes = new double[nodes];
        for (int q = 0; q < nodes; q++) {
            atNodes[q] = g.at(half * Math.cos(Math.PI * (q + 0.5) / nodes) + half);
        }
        double[] c = new double[order + 1];
        for (int k = 0; k <= order; k++) {
            double sum = 0;
            for (int q = 0; q < nodes; q++) {
                sum += atNodes[q] * Math.cos(Math.PI * k * (q + 0.5) / nodes);
            }
            c[k] = 2.0 / nodes * sum;
        }
        return c;
    }

    /** The polynomial c_0 / 2 + sum c_k T_k((lambda - a) / a) at one lambda (Clenshaw). */
    public static double polynomial(double[] coefficients, double lmax, double lambda) {
        double y = (lambda - lmax / 2) / (lmax / 2);
        double next = 0;
        double afterNext = 0;
        for (int k = coefficients.length - 1; k >= 1; k--) {
            double current = 2 * y * next - afterNext + coefficients[k];
            afterNext = next;
            next = current;
        }
        return y * next - afterNext + coefficients[0] / 2;
    }

    /** The interval's right end lmax. */
    public double lmax() {
        return lmax;
    }

    /** The polynomial degree m. */
    public int order() {
        return order;
    }

    @Override
    public int size() {
        return laplacian.rows();
    }

    @Override
    public double[][] apply(FilterBank bank, double[] signal) {
        GraphFiltering.requireSignal(signal, size());
        int n = size();
        double[][] c = new double[bank.size()][];
        double[][] out = new double[bank.size()][n];
        for (int f = 0; f < c.length; f++) {
            c[f] = coefficients(bank.filter(f), lmax, order);
            accumulate(out[f], c[f][0] / 2, signal);
        }
        double[] previous = signal.clone();
        double[] current = new double[n];
        shiftedProduct(previous, current, 1, null);
        for (int f = 0; f < c.length; f++) {
            accumulate(out[f], c[f][1], current);
        }
        double[] next = new double[n];
        for (int k = 2; k <= order; k++) {
            shiftedProduct(current, next, 2, previous);
            for (int f = 0; f < c.length; f++) {
                accumulate(out[f], c[f][k], next);
            }
            double[] spare = previous;
            previous = current;
            current = next;
            next = spare;
        }
        return out;
    }

    /** out = factor L~ x - (before, when given), L~ = (L - a I) / a. */
    private void shiftedProduct(double[] x, double[] out, double factor, double[] before) {
        double half = lmax / 2;
        laplacian.multiply(x, 0, out, 0);
        for (int i = 0; i < out.length; i++) {
            out[i] = factor * (out[i] - half * x[i]) / half - (before == null ? 0 : before[i]);
        }
    }

    private static void accumulate(double[] sum, double weight, double[] term) {
        for (int i = 0; i < sum.length; i++) {
            sum[i] += weight * term[i];
        }
    }
}
