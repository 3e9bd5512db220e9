package org.spectrallab.spectral;

import java.util.Locale;
import org.la4j.Matrix;

/**
 * How a kernel's eigenvalues depend on a Laplacian's. If a kernel K on the points were a
 * function of a Laplacian L, K = g(L) ({@link SpectralFilter}), both would share their
 * eigenvectors and each kernel eigenvalue would be mu = g(lambda) of its Laplacian
 * eigenvalue. On data they share eigenvectors only in part, so the eigenvalues are paired
 * through their eigenvectors: kernel eigenvector j (descending) is matched with the
 * Laplacian eigenvector k it overlaps most, k = argmax_k |A_jk| with A the alignment matrix
 * of {@link Eigenpairs#alignment}, and A_jk^2 says how good the match is.
 *
 * <p>The curves fitted to the pairs (lambda, mu), by least squares on log mu:
 *
 * <pre>
 *   heat        mu = c exp(-t lambda)         log mu = log c - t lambda
 *   resolvent   mu = c (lambda + a)^-s        log mu = log c - s log(lambda + a),
 *                                             a searched on a logarithmic scale
 * </pre>
 *
 * Kernel eigenvalues must be positive (the log); pass only the leading ones of a positive
 * semi-definite kernel.
 */
public final class EigenvalueTransform {

    /** Grid points for the resolvent's shift a, from 1e-3 to 10 times the lambda range. */
    private static final int SHIFT_GRID = 81;

    private final double[] laplacianValues;
    private final double[] kernelValues;
    private final int[] laplacianIndex;
    private final double[] overlaps;

    private EigenvalueTransform(double[] laplacianValues, double[] kernelValues,
                                int[] laplacianIndex, double[] overlaps) {
        this.laplacianValues = laplacianValues;
        this.kernelValues = kernelValues;
        this.laplacianIndex = laplacianIndex;
        this.overlaps = overlaps;
    }

    /**
     * Pairs each kernel eigenvalue with the Laplacian eigenvalue whose eigenvector overlaps
     * its own most.
     *
     * @param kernel the kernel's eigenpairs, descending (e.g. {@code Eigensolver.largest})
     * @param laplacian the Laplacian's eigenpairs, ascending
     * @throws IllegalArgumentException when a kernel eigenvalue is not positive
     */
    public static EigenvalueTransform matched(Eigenpairs kernel, Eigenpairs laplacian) {
        Matrix alignment = kernel.alignment(laplacian);
        int count = kernel.count();
        int[] index = new int[count];
        double[] overlaps = new double[count];
        for (int j = 0; j < count; j++) {
            for (int k = 0; k < laplacian.count(); k++) {
                double share = alignment.get(j, k) * alignment.get(j, k);
                if (share > overlaps[j]) {
                    overlaps[j] = share;
                    index[j] = k;
                }
            }
        }
        return of(kernel, laplacian, index, overlaps);
    }

    /** Pairs kernel eigenvalue j (j-th largest) with Laplacian eigenvalue j (j-th smallest). */
    public static EigenvalueTransform byRank(Eigenpairs kernel, Eigenpairs laplacian) {
        int count = Math.min(kernel.count(), laplacian.count());
        Matrix alignment = kernel.first(count).alignment(laplacian.first(count));
        int[] index = new int[count];
        double[] overlaps = new double[count];
        for (int j = 0; j < count; j++) {
            index[j] = j;
            overlaps[j] = alignment.get(j, j) * alignment.get(j, j);
        }
        return of(kernel.first(count), laplacian, index, overlaps);
    }

    private static EigenvalueTransform of(Eigenpairs kernel, Eigenpairs laplacian, int[] index,
                                          double[] overlaps) {
        double[] mu = kernel.values();
        double[] lambda = new double[mu.length];
        for (int j = 0; j < mu.length; j++) {
            if (!(mu[j] > 0)) {
                throw new IllegalArgumentException("kernel eigenvalue " + j + " is " + mu[j]
                        + ": the fits take log mu, so pass only positive eigenvalues (the "
                        + "leading ones, e.g. kernel.first(" + j + "))");
            }
            lambda[j] = laplacian.value(index[j]);
        }
        return new EigenvalueTransform(lambda, mu, index, overlaps);
    }

    /** The Laplacian eigenvalue of each pair. */
    public double[] laplacianValues() {
        return laplacianValues.clone();
    }

    /** The kernel eigenvalue of each pair, in the kernel's (descending) order. */
    public double[] kernelValues() {
        return kernelValues.clone();
    }

    /** For kernel eigenvector j, the index of the Laplacian eigenvector it is paired with. */
    public int[] laplacianIndex() {
        return laplacianIndex.clone();
    }

    /** A_jk^2 of each pair: 1 when the two eigenvectors coincide. */
    public double[] overlaps() {
        return overlaps.clone();
    }

    /** The best curve mu = c exp(-t lambda) (t = 0, a constant, if mu grows with lambda). */
    public CurveFit heatFit() {
        double[] logMu = logs(kernelValues);
        Line line = Line.fit(laplacianValues, logMu);
        if (line.slope() > 0) {
            line = Line.fit(new double[logMu.length], logMu);
        }
        return new CurveFit(SpectralFilter.heat(-line.slope()), Math.exp(line.intercept()),
                line.rmsResidual());
    }

    /**
     * The best curve mu = c (lambda + a)^-s: the shift a is scanned over a logarithmic grid,
     * then refined by golden-section search between the best point's neighbours; c and s
     * follow by least squares at each a.
     */
    public CurveFit resolventFit() {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (double lambda : laplacianValues) {
            low = Math.min(low, lambda);
            high = Math.max(high, lambda);
        }
        double offset = Math.max(0, -low);
        double range = Math.max(high - low, Math.ulp(1.0));
        double[] logShifts = new double[SHIFT_GRID];
        int best = 0;
        for (int g = 0; g < SHIFT_GRID; g++) {
            logShifts[g] = Math.log(range) + Math.log(10) * (-3 + 4.0 * g / (SHIFT_GRID - 1));
            if (resolventError(offset, logShifts[g]) < resolventError(offset, logShifts[best])) {
                best = g;
            }
        }
        if (Double.isInfinite(resolventError(offset, logShifts[best]))) {
            throw new IllegalStateException("the kernel eigenvalues grow with the Laplacian's: "
                    + "no decreasing resolvent fits them; check that the kernel's eigenpairs "
                    + "are descending and the Laplacian's ascending");
        }
        double logShift = goldenSection(offset, logShifts[Math.max(0, best - 1)],
                logShifts[Math.min(SHIFT_GRID - 1, best + 1)]);
        return resolventAt(offset + Math.exp(logShift));
    }

    /** The rms log error of the best resolvent with shift offset + e^logShift. */
    private double resolventError(double offset, double logShift) {
        Line line = resolventLine(offset + Math.exp(logShift));
        return line.slope() < 0 ? line.rmsResidual() : Double.POSITIVE_INFINITY;
    }

    private Line resolventLine(double shift) {
        double[] logShifted = new double[laplacianValues.length];
        for (int j = 0; j < logShifted.length; j++) {
            logShifted[j] = Math.log(laplacianValues[j] + shift);
        }
        return Line.fit(logShifted, logs(kernelValues));
    }

    private CurveFit resolventAt(double shift) {
        Line line = resolventLine(shift);
        return new CurveFit(SpectralFilter.resolvent(shift, -line.slope()),
                Math.exp(line.intercept()), line.rmsResidual());
    }

    /** The log shift in [from, to] with the least error, to 1e-10 of the bracket. */
    private double goldenSection(double offset, double from, double to) {
        double ratio = (Math.sqrt(5) - 1) / 2;
        double a = from;
        double b = to;
        while (b - a > 1e-10 * Math.max(1, Math.abs(a))) {
            double left = b - ratio * (b - a);
            double right = a + ratio * (b - a);
            if (resolventError(offset, left) <= resolventError(offset, right)) {
                b = right;
            } else {
                a = left;
            }
        }
        return (a + b) / 2;
    }

    private static double[] logs(double[] values) {
        double[] logs = new double[values.length];
        for (int j = 0; j < logs.length; j++) {
            logs[j] = Math.log(values[j]);
        }
        return logs;
    }

    /**
     * A fitted curve mu = constant * shape(lambda).
     *
     * @param shape the filter, e.g. exp(-t lambda)
     * @param constant c
     * @param rmsLogError the root mean square of log mu - log fit over the pairs
     */
    public record CurveFit(SpectralFilter shape, double constant, double rmsLogError) {

        /** The fitted kernel eigenvalue at lambda. */
        public double at(double lambda) {
            return constant * shape.at(lambda);
        }

        /** The fitted curve at each lambda. */
        public double[] at(double[] lambdas) {
            double[] values = new double[lambdas.length];
            for (int j = 0; j < values.length; j++) {
                values[j] = at(lambdas[j]);
            }
            return values;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "mu = %.4g * %s, rms error of log mu %.3f",
                    constant, shape.name(), rmsLogError);
        }
    }

    /** A least-squares line y = intercept + slope x. */
    private record Line(double intercept, double slope, double rmsResidual) {

        static Line fit(double[] x, double[] y) {
            int n = x.length;
            double mx = 0;
            double my = 0;
            for (int i = 0; i < n; i++) {
                mx += x[i] / n;
                my += y[i] / n;
            }
            double sxx = 0;
            double sxy = 0;
            for (int i = 0; i < n; i++) {
                sxx += (x[i] - mx) * (x[i] - mx);
                sxy += (x[i] - mx) * (y[i] - my);
            }
            double slope = sxx > 0 ? sxy / sxx : 0;
            double intercept = my - slope * mx;
            double squares = 0;
            for (int i = 0; i < n; i++) {
                double residual = y[i] - intercept - slope * x[i];
                squares += residual * residual;
            }
            return new Line(intercept, slope, Math.sqrt(squares / n));
        }
    }
}
