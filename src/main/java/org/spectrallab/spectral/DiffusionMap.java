package org.spectrallab.spectral;

import java.util.Locale;
import org.la4j.Matrix;
import org.la4j.matrix.SparseMatrix;
import org.spectrallab.Log;
import org.spectrallab.graph.ConnectedComponents;
import org.spectrallab.graph.Graph;
import org.spectrallab.numeric.DenseArrays;
import org.spectrallab.numeric.MemoryGuard;
import org.spectrallab.numeric.SparseRows;

/**
 * A diffusion map (Coifman and Lafon, "Diffusion maps", Applied and Computational Harmonic
 * Analysis 21, 2006, 5-30): the random walk a kernel defines on the points, its eigenpairs,
 * the coordinates it gives the points and the distances between them after t steps.
 *
 * <p>From a symmetric, non-negative kernel K on N points (a dense RBF Gram matrix, in the
 * bandwidth convention of {@link org.spectrallab.kernel.Bandwidth}, or the weights of a
 * kNN graph) and a density exponent alpha in [0, 1]:
 *
 * <pre>
 *   q   = K 1                              a kernel estimate of the sampling density
 *   K_a = K / (q q^T)^alpha                entrywise: K_a[i,j] = K[i,j] / (q_i q_j)^alpha
 *   d   = K_a 1,   P = D^-1 K_a            the Markov matrix: every row sums to 1
 *   pi  = d / sum(d)                       its stationary distribution: pi^T P = pi^T
 * </pre>
 *
 * alpha = 0 gives the normalised graph Laplacian, alpha = 1/2 the Fokker-Planck operator, and
 * alpha = 1 the Laplace-Beltrami operator of the manifold whatever the sampling density
 * (Coifman and Lafon, section 2.5): I - P approximates each, up to a factor of eps, as the
 * bandwidth shrinks.
 *
 * <p>P is not symmetric, but A = D^-1/2 K_a D^-1/2 = D^1/2 P D^-1/2 is: its unit
 * eigenvectors v_l give P's right eigenvectors psi_l = v_l / sqrt(pi), normalised so that
 * sum_i pi_i psi_l(i)^2 = 1 (so psi_0 = 1 on a connected kernel). Eigenvalues are sorted
 * descending, lambda_0 = 1 first. At diffusion time t:
 *
 * <pre>
 *   coordinates      Psi_t(i) = (lambda_1^t psi_1(i), ..., lambda_m^t psi_m(i))
 *   distance         D_t(i,j)^2 = sum_y (P^t[i,y] - P^t[j,y])^2 / pi_y            (definition)
 *                               = sum_l lambda_l^2t (psi_l(i) - psi_l(j))^2         (spectral)
 * </pre>
 *
 * The spectral form equals the definition when all N eigenpairs are computed; with fewer it
 * drops the terms of the eigenvalues left out, which fade as t grows.
 */
public final class DiffusionMap {

    /** Eigenvalues of P below this in magnitude are rounding error of a 0 and taken as 0. */
    private static final double ZERO_EIGENVALUE = 1e-12;

    private final double alpha;
    /** The symmetric conjugate A = D^-1/2 K_a D^-1/2, dense row-major or sparse. */
    private final double[] denseConjugate;
    private final SparseRows sparseConjugate;
    /** d = K_a 1. */
    private final double[] degrees;
    /** pi = d / sum(d). */
    private final double[] stationary;
    /** A's eigenpairs, descending. */
    private final Eigenpairs conjugatePairs;
    /** psi_l(i) = v_l(i) / sqrt(pi_i) at [i * count + l]. */
    private final double[] rightVectors;

    private DiffusionMap(double alpha, double[] denseConjugate, SparseRows sparseConjugate,
                         double[] degrees, Eigenpairs conjugatePairs) {
        this.alpha = alpha;
        this.denseConjugate = denseConjugate;
        this.sparseConjugate = sparseConjugate;
        this.degrees = degrees;
        this.stationary = normalised(degrees);
        this.conjugatePairs = conjugatePairs;
        this.rightVectors = rightEigenvectors(conjugatePairs, stationary);
    }

    private static double[] rightEigenvectors(Eigenpairs pairs, double[] stationary) {
        int n = stationary.length;
        int count = pairs.count();
        double[] psi = MemoryGuard.doubles(n, count, "the right eigenvectors psi");
        for (int l = 0; l < count; l++) {
            double[] v = pairs.vectorArray(l);
            for (int i = 0; i < n; i++) {
                psi[i * count + l] = v[i] / Math.sqrt(stationary[i]);
            }
        }
        return psi;
    }

    /**
     * The diffusion map of a dense kernel, e.g. {@code GramMatrix.rbf(points, eps)}.
     *
     * @param kernel symmetric N x N with finite entries &gt;= 0 and no row of zeros
     * @param alpha the density exponent, in [0, 1]
     * @param count how many eigenpairs of P to compute, 2..N (N for exact distances)
     * @throws IllegalArgumentException for alpha outside [0, 1], a bad count or a bad kernel
     */
    public static DiffusionMap of(Matrix kernel, double alpha, int count) {
        if (kernel instanceof SparseMatrix) {
            return sparse(SparseRows.of(kernel), alpha, count, null);
        }
        requireAlpha(alpha);
        int n = kernel.rows();
        double[] a = symmetrised(DenseArrays.rowMajorSymmetric(kernel, "the kernel"), n);
        requireCount(count, n);
        requireNonNegative(a);
        double[] scale = densityScaling(denseRowSums(a, n), alpha);
        double[] degrees = denseDegrees(a, n, scale);
        scaleRowsAndColumns(a, n, conjugateScaling(scale, degrees));
        warnIfDisconnected(denseComponents(a, n));
        return new DiffusionMap(alpha, a, null, degrees, Eigensolver.largest(a, n, count));
    }

    /**
     * The diffusion map of a graph's weights W as the kernel (a sparse kNN kernel; its
     * diagonal is 0, so a point is never its own neighbour).
     *
     * @param count how many eigenpairs of P to compute, 2..N
     * @throws IllegalArgumentException for alpha outside [0, 1], a bad count or an isolated
     *     node
     */
    public static DiffusionMap of(Graph graph, double alpha, int count) {
        return sparse(graph.weightRows(), alpha, count, graph);
    }

    private static DiffusionMap sparse(SparseRows kernel, double alpha, int count, Graph graph) {
        requireAlpha(alpha);
        int n = kernel.rows();
        requireCount(count, n);
        requireNonNegative(kernel.values());
        double[] scale = densityScaling(sparseRowSums(kernel), alpha);
        double[] degrees = sparseDegrees(kernel, scale);
        SparseRows conjugate = scaledRowsAndColumns(kernel, conjugateScaling(scale, degrees));
        Graph kernelGraph = graph != null ? graph : Graph.fromWeights(withoutDiagonal(kernel));
        warnIfDisconnected(kernelGraph.components());
        Eigenpairs pairs = Eigensolver.largest(conjugate, count);
        return new DiffusionMap(alpha, null, conjugate, degrees, pairs);
    }

    /** a[i][j] *= s_i s_j in place: diag(s) A diag(s). */
    private static void scaleRowsAndColumns(double[] a, int n, double[] s) {
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i * n + j] *= s[i] * s[j];
            }
        }
    }

    /** diag(s) K diag(s) for a sparse K, in a new CSR matrix sharing K's structure. */
    private static SparseRows scaledRowsAndColumns(SparseRows kernel, double[] s) {
        double[] values = kernel.values().clone();
        int[] pointers = kernel.rowPointers();
        int[] columns = kernel.columns();
        for (int i = 0; i < kernel.rows(); i++) {
            for (int p = pointers[i]; p < pointers[i + 1]; p++) {
                values[p] *= s[i] * s[columns[p]];
            }
        }
        return new SparseRows(kernel.rows(), kernel.rows(), pointers, columns, values);
    }

    /** (K + K^T) / 2: the checked kernel is symmetric to rounding, this makes it exact. */
    private static double[] symmetrised(double[] k, int n) {
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double mean = (k[i * n + j] + k[j * n + i]) / 2;
                k[i * n + j] = mean;
                k[j * n + i] = mean;
            }
        }
        return k;
    }

    private static void requireAlpha(double alpha) {
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new IllegalArgumentException("alpha = " + alpha + " is outside [0, 1]: use 0 "
                    + "(graph Laplacian), 0.5 (Fokker-Planck) or 1 (Laplace-Beltrami, "
                    + "independent of the sampling density)");
        }
    }

    private static void requireCount(int count, int n) {
        if (count < 2 || count > n) {
            throw new IllegalArgumentException("asked for " + count + " eigenpairs of a " + n
                    + "-point diffusion map: ask for between 2 (the trivial pair and one "
                    + "coordinate) and " + n);
        }
    }

    private static void requireNonNegative(double[] values) {
        for (double v : values) {
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("the kernel holds " + v + ": a diffusion map "
                        + "needs finite similarities >= 0 (a Gaussian kernel, or graph weights)");
            }
        }
    }

    /** q^-alpha for every point, after checking that no point has q_i = 0. */
    private static double[] densityScaling(double[] rowSums, double alpha) {
        double[] scale = new double[rowSums.length];
        for (int i = 0; i < rowSums.length; i++) {
            if (!(rowSums[i] > 0)) {
                throw new IllegalArgumentException("point " + i + " has no similarity to any "
                        + "point (its kernel row sums to " + rowSums[i] + "), so the random walk "
                        + "cannot leave it: widen the bandwidth eps or raise k");
            }
            scale[i] = Math.pow(rowSums[i], -alpha);
        }
        return scale;
    }

    /** d_i^-1/2 q_i^-alpha: A = diag(this) K diag(this). */
    private static double[] conjugateScaling(double[] scale, double[] degrees) {
        double[] result = new double[scale.length];
        for (int i = 0; i < scale.length; i++) {
            result[i] = scale[i] / Math.sqrt(degrees[i]);
        }
        return result;
    }

    private static double[] denseRowSums(double[] k, int n) {
        double[] sums = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < n; j++) {
                sum += k[i * n + j];
            }
            sums[i] = sum;
        }
        return sums;
    }

    /** d_i = sum_j K_a[i,j] = q_i^-alpha sum_j K[i,j] q_j^-alpha. */
    private static double[] denseDegrees(double[] k, int n, double[] scale) {
        double[] degrees = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < n; j++) {
                sum += k[i * n + j] * scale[j];
            }
            degrees[i] = scale[i] * sum;
        }
        return degrees;
    }

    private static double[] sparseRowSums(SparseRows k) {
        double[] ones = new double[k.rows()];
        java.util.Arrays.fill(ones, 1.0);
        double[] sums = new double[k.rows()];
        k.multiply(ones, 0, sums, 0);
        return sums;
    }

    private static double[] sparseDegrees(SparseRows k, double[] scale) {
        double[] degrees = new double[k.rows()];
        k.multiply(scale, 0, degrees, 0);
        for (int i = 0; i < degrees.length; i++) {
            degrees[i] *= scale[i];
        }
        return degrees;
    }

    private static Matrix withoutDiagonal(SparseRows kernel) {
        double[] values = kernel.values().clone();
        for (int i = 0; i < kernel.rows(); i++) {
            for (int p = kernel.rowPointers()[i]; p < kernel.rowPointers()[i + 1]; p++) {
                if (kernel.columns()[p] == i) {
                    values[p] = 0;
                }
            }
        }
        return new SparseRows(kernel.rows(), kernel.rows(), kernel.rowPointers(),
                kernel.columns(), values).toMatrix();
    }

    /**
     * null when the kernel links every pair of points directly (the usual Gaussian case),
     * else the components of the graph of its positive off-diagonal entries.
     */
    private static ConnectedComponents denseComponents(double[] k, int n) {
        int[] pointers = new int[n + 1];
        int positive = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                positive += i != j && k[i * n + j] > 0 ? 1 : 0;
            }
            pointers[i + 1] = positive;
        }
        if (positive == n * (n - 1)) {
            return null;
        }
        int[] columns = new int[positive];
        double[] values = new double[positive];
        int filled = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j && k[i * n + j] > 0) {
                    columns[filled] = j;
                    values[filled++] = k[i * n + j];
                }
            }
        }
        return Graph.fromWeights(new SparseRows(n, n, pointers, columns, values).toMatrix())
                .components();
    }

    private static void warnIfDisconnected(ConnectedComponents components) {
        if (components != null && !components.isConnected()) {
            Log.warn("diffusion map: the kernel's graph is disconnected (" + components + "), "
                    + "so the random walk never crosses between the pieces and its stationary "
                    + "distribution is not unique (pi = d / sum(d) is one choice of many); "
                    + "eigenvalue 1 repeats once per piece. Widen eps or raise k to connect it, "
                    + "or map each piece on its own");
        }
    }

    private static double[] normalised(double[] degrees) {
        double total = 0;
        for (double d : degrees) {
            total += d;
        }
        double[] pi = new double[degrees.length];
        for (int i = 0; i < pi.length; i++) {
            pi[i] = degrees[i] / total;
        }
        return pi;
    }

    /** The number of points N. */
    public int size() {
        return degrees.length;
    }

    /** The density exponent alpha. */
    public double alpha() {
        return alpha;
    }

    /** The number of eigenpairs computed, the trivial one included. */
    public int count() {
        return conjugatePairs.count();
    }

    /** The eigenvalues of P, descending; the first is 1. */
    public double[] eigenvalues() {
        return conjugatePairs.values();
    }

    /** Eigenvalue l of P. */
    public double eigenvalue(int l) {
        return conjugatePairs.value(l);
    }

    /** The stationary distribution pi = d / sum(d), a fresh copy. */
    public double[] stationaryDistribution() {
        return stationary.clone();
    }

    /** The eigenpairs of the symmetric conjugate A = D^-1/2 K_a D^-1/2 (unit vectors). */
    public Eigenpairs symmetricEigenpairs() {
        return conjugatePairs;
    }

    /** psi_l = v_l / sqrt(pi), P's right eigenvector l with sum_i pi_i psi_l(i)^2 = 1. */
    public double[] eigenvector(int l) {
        if (l < 0 || l >= count()) {
            throw new IllegalArgumentException("eigenvector " + l + " does not exist: "
                    + count() + " were computed (0.." + (count() - 1) + ")");
        }
        double[] psi = new double[size()];
        for (int i = 0; i < psi.length; i++) {
            psi[i] = rightVectors[i * count() + l];
        }
        return psi;
    }

    /**
     * Diffusion coordinate l &gt;= 1 at time t: lambda_l^t psi_l, one value per point.
     *
     * @throws IllegalArgumentException when t &lt; 0, or lambda_l &lt; 0 and t is not whole
     */
    public double[] coordinate(int l, double t) {
        if (l < 1 || l >= count()) {
            throw new IllegalArgumentException("coordinate " + l + " does not exist: they are "
                    + "numbered 1.." + (count() - 1) + " (0 is the constant psi_0 = 1)");
        }
        double factor = power(eigenvalue(l), t);
        double[] psi = eigenvector(l);
        for (int i = 0; i < psi.length; i++) {
            psi[i] *= factor;
        }
        return psi;
    }

    /** The diffusion coordinates at time t: N x (count - 1), column l - 1 = coordinate l. */
    public Matrix coordinates(double t) {
        int n = size();
        int m = count() - 1;
        double[] values = MemoryGuard.doubles(n, m, "the diffusion coordinates");
        for (int l = 1; l <= m; l++) {
            double[] column = coordinate(l, t);
            for (int i = 0; i < n; i++) {
                values[i * m + l - 1] = column[i];
            }
        }
        return DenseArrays.matrix(n, m, values);
    }

    /**
     * D_t(i, j) by the spectral formula over every computed eigenpair: exact when all N
     * were computed, otherwise missing the terms of the eigenvalues left out.
     */
    public double distance(int i, int j, double t) {
        requireNode(i);
        requireNode(j);
        requireTime(t);
        double sum = 0;
        int count = count();
        for (int l = 0; l < count; l++) {
            double difference = rightVectors[i * count + l] - rightVectors[j * count + l];
            double factor = power(eigenvalue(l), t);
            sum += factor * factor * difference * difference;
        }
        return Math.sqrt(sum);
    }

    /**
     * D_t(i, j) from its definition, sum_y (P^t[i,y] - P^t[j,y])^2 / pi_y, with the rows of
     * P^t found by t steps of the walk (t matrix-vector products each).
     *
     * @param steps the diffusion time t, a whole number &gt;= 0
     */
    public double distanceByDefinition(int i, int j, int steps) {
        requireNode(i);
        requireNode(j);
        requireTime(steps);
        double[] rowI = walkDistribution(i, steps);
        double[] rowJ = walkDistribution(j, steps);
        double sum = 0;
        for (int y = 0; y < rowI.length; y++) {
            double difference = rowI[y] - rowJ[y];
            sum += difference * difference / stationary[y];
        }
        return Math.sqrt(sum);
    }

    /**
     * Row i of P^t: where a walk started at point i is after t steps, as probabilities over
     * the points. Each step r -&gt; r P uses P = D^-1/2 A D^1/2, so r P = D^1/2 A (D^-1/2 r)
     * with A symmetric.
     *
     * @param steps t, a whole number &gt;= 0
     */
    public double[] walkDistribution(int start, int steps) {
        requireNode(start);
        requireTime(steps);
        int n = size();
        double[] row = new double[n];
        row[start] = 1;
        double[] scaled = new double[n];
        for (int step = 0; step < steps; step++) {
            for (int y = 0; y < n; y++) {
                scaled[y] = row[y] / Math.sqrt(degrees[y]);
            }
            multiplyConjugate(scaled, row);
            for (int y = 0; y < n; y++) {
                row[y] *= Math.sqrt(degrees[y]);
            }
        }
        return row;
    }

    private void multiplyConjugate(double[] x, double[] y) {
        if (sparseConjugate != null) {
            sparseConjugate.multiply(x, 0, y, 0);
            return;
        }
        int n = size();
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < n; j++) {
                sum += denseConjugate[i * n + j] * x[j];
            }
            y[i] = sum;
        }
    }

    /** lambda^t, with rounding-level eigenvalues taken as 0. */
    private static double power(double lambda, double t) {
        requireTime(t);
        if (Math.abs(lambda) < ZERO_EIGENVALUE) {
            return t == 0 ? 1 : 0;
        }
        if (lambda < 0 && t != Math.rint(t)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "eigenvalue %.3g of P "
                    + "is negative, so lambda^t has no real value at t = %s: use a whole t, or "
                    + "a positive semi-definite kernel such as the dense RBF", lambda, t));
        }
        return Math.pow(lambda, t);
    }

    private static void requireTime(double t) {
        if (!(t >= 0) || Double.isInfinite(t)) {
            throw new IllegalArgumentException("diffusion time t = " + t + " is not allowed: t "
                    + "counts steps of the random walk and must be a finite number >= 0 (t = 0 "
                    + "is no step at all)");
        }
    }

    private void requireNode(int i) {
        if (i < 0 || i >= size()) {
            throw new IllegalArgumentException("point " + i + " does not exist: the diffusion "
                    + "map has " + size() + " points, numbered 0.." + (size() - 1));
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "diffusion map of %d points, alpha = %s, %d "
                + "eigenpairs: %s", size(), alpha, count(), conjugatePairs);
    }
}
