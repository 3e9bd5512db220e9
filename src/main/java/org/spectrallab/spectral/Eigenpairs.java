package org.spectrallab.spectral;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.la4j.Matrix;
import org.la4j.Vector;
import org.spectrallab.Log;
import org.spectrallab.numeric.DenseArrays;
import org.spectrallab.numeric.MemoryGuard;
import org.spectrallab.numeric.RawEigenpairs;

/**
 * Eigenvalues and unit eigenvectors of a symmetric operator, sorted, with deterministic
 * signs.
 *
 * <p>Convention, stated here once for the whole kit: eigenvector j is column j of
 * {@link #vectors()}, has Euclidean length 1, and its sign is chosen so that its entry of
 * largest magnitude is positive (the first such entry when magnitudes tie). Eigenvalue j
 * belongs to eigenvector j; the order is ascending for Laplacians and descending for
 * kernels, as the solver that made the pairs says.
 */
public final class Eigenpairs {

    /** The order of the eigenvalues. */
    public enum Order {
        /** Smallest first: Laplacians. */
        ASCENDING,
        /** Largest first: kernels and Markov matrices. */
        DESCENDING
    }

    private final double[] values;
    private final double[] vectors;
    private final int dimension;
    private final Order order;

    private Eigenpairs(double[] values, double[] vectors, int dimension, Order order) {
        this.values = values;
        this.vectors = vectors;
        this.dimension = dimension;
        this.order = order;
    }

    /**
     * Sorts raw solver output into the given order and fixes every eigenvector's sign, in
     * place: the result takes over raw's eigenvector array (no second N x count copy), so
     * hand it output that nothing else holds.
     */
    public static Eigenpairs of(RawEigenpairs raw, Order order) {
        int count = raw.count();
        Comparator<Integer> byValue = Comparator.comparingDouble(j -> raw.values()[j]);
        int[] permutation = IntStream.range(0, count).boxed()
                .sorted(order == Order.ASCENDING ? byValue : byValue.reversed())
                .mapToInt(Integer::intValue).toArray();
        double[] values = new double[count];
        for (int j = 0; j < count; j++) {
            values[j] = raw.values()[permutation[j]];
        }
        permuteColumns(raw.vectors(), raw.n(), count, permutation);
        fixSigns(raw.vectors(), raw.n(), count);
        return new Eigenpairs(values, raw.vectors(), raw.n(), order);
    }

    /** Builds eigenpairs from copies of given values and vectors (columns, row-major n x count). */
    public static Eigenpairs of(double[] values, double[] vectors, int dimension, Order order) {
        MemoryGuard.requireRoom(dimension, values.length, "a copy of the eigenvectors");
        return of(new RawEigenpairs(values.clone(), vectors.clone(), dimension, values.length),
                order);
    }

    /** Reorders the columns of a row-major n x count array: column j := old column p[j]. */
    private static void permuteColumns(double[] vectors, int n, int count, int[] p) {
        double[] row = new double[count];
        for (int i = 0; i < n; i++) {
            System.arraycopy(vectors, i * count, row, 0, count);
            for (int j = 0; j < count; j++) {
                vectors[i * count + j] = row[p[j]];
            }
        }
    }

    private static void fixSigns(double[] vectors, int n, int count) {
        for (int j = 0; j < count; j++) {
            int largest = 0;
            for (int i = 1; i < n; i++) {
                if (Math.abs(vectors[i * count + j]) > Math.abs(vectors[largest * count + j])) {
                    largest = i;
                }
            }
            if (vectors[largest * count + j] < 0) {
                for (int i = 0; i < n; i++) {
                    vectors[i * count + j] = -vectors[i * count + j];
                }
            }
        }
    }

    /** The number of eigenpairs. */
    public int count() {
        return values.length;
    }

    /** The length N of each eigenvector. */
    public int dimension() {
        return dimension;
    }

    /** The order of the eigenvalues. */
    public Order order() {
        return order;
    }

    /** The eigenvalues, in this object's order. */
    public double[] values() {
        return values.clone();
    }

    /** Eigenvalue j (0-based, in this object's order). */
    public double value(int j) {
        return values[checkIndex(j)];
    }

    /** The eigenvectors as the columns of an N x count matrix (a fresh copy). */
    public Matrix vectors() {
        MemoryGuard.requireRoom(dimension, count(), "a copy of the eigenvectors");
        return DenseArrays.matrix(dimension, count(), vectors.clone());
    }

    /** Eigenvector j as an la4j vector. */
    public Vector vector(int j) {
        return DenseArrays.vector(vectorArray(j));
    }

    /** Eigenvector j as a fresh array of N values. */
    public double[] vectorArray(int j) {
        checkIndex(j);
        double[] v = new double[dimension];
        for (int i = 0; i < dimension; i++) {
            v[i] = vectors[i * count() + j];
        }
        return v;
    }

    /** The eigenvectors, row-major N x count, shared: for this package's numeric code only. */
    double[] vectorData() {
        return vectors;
    }

    /**
     * The eigenvector alignment matrix A_jk = &lt;u_j, w_k&gt; between these eigenvectors u_j
     * and another operator's w_k on the same points (count x other.count()). A_jk^2 is the
     * share of u_j that lies along w_k: a row of one 1 and zeros means u_j is one of the other
     * operator's eigenvectors; with all N pairs on both sides A is orthogonal. Signs follow
     * this class's convention, so read A_jk^2 or |A_jk| when signs do not matter.
     *
     * @throws IllegalArgumentException when the eigenvectors differ in length
     */
    public Matrix alignment(Eigenpairs other) {
        if (other.dimension != dimension) {
            throw new IllegalArgumentException("eigenvectors of length " + dimension + " and "
                    + other.dimension + " cannot be aligned: use operators on the same points");
        }
        int rows = count();
        int columns = other.count();
        double[] a = MemoryGuard.doubles(rows, columns, "the alignment matrix");
        for (int i = 0; i < dimension; i++) {
            for (int j = 0; j < rows; j++) {
                double u = vectors[i * rows + j];
                for (int k = 0; k < columns; k++) {
                    a[j * columns + k] += u * other.vectors[i * columns + k];
                }
            }
        }
        return DenseArrays.matrix(rows, columns, a);
    }

    /** The first {@code k} eigenpairs in this object's order. */
    public Eigenpairs first(int k) {
        if (k < 1 || k > count()) {
            throw new IllegalArgumentException("asked for the first " + k + " of " + count()
                    + " eigenpairs");
        }
        double[] sub = new double[dimension * k];
        for (int i = 0; i < dimension; i++) {
            System.arraycopy(vectors, i * count(), sub, i * k, k);
        }
        return new Eigenpairs(Arrays.copyOf(values, k), sub, dimension, order);
    }

    /**
     * For an operator known to be positive semi-definite (a Gram matrix, a Laplacian):
     * eigenvalues that came out slightly negative through rounding are set to 0, and a note
     * ({@link Log#note}) says how many and the smallest, since this is expected and harmless.
     * Rounding level here is 1e-10 |lambda|_max N. A clearly negative eigenvalue (beyond
     * rounding) is kept and reported as a warning: the operator is then not PSD.
     *
     * @param operatorName how the note or warning calls the operator, e.g. "L_sym" or "the
     *     linear Gram matrix"
     */
    public Eigenpairs clampedToNonNegative(String operatorName) {
        double scale = Arrays.stream(values).map(Math::abs).max().orElse(0);
        double rounding = 1e-10 * Math.max(scale, Double.MIN_NORMAL) * Math.max(1, dimension);
        double mostNegative = Arrays.stream(values).min().orElse(0);
        if (mostNegative >= 0) {
            return this;
        }
        if (mostNegative < -rounding) {
            Log.warn(operatorName + " has eigenvalue " + mostNegative + ", beyond rounding "
                    + "error: it is not positive semi-definite; check how it was built");
            return this;
        }
        long negatives = Arrays.stream(values).filter(value -> value < 0).count();
        Log.note(roundingNote(operatorName, negatives, mostNegative));
        double[] clamped = values.clone();
        for (int j = 0; j < clamped.length; j++) {
            clamped[j] = Math.max(0, clamped[j]);
        }
        return new Eigenpairs(clamped, vectors, dimension, order);
    }

    /**
     * How many eigenvalues exceed {@code unitRoundoff} N |lambda|_max, the tolerance of
     * numpy.linalg.matrix_rank (Press et al., Numerical Recipes, 3rd ed., section 2.6): the
     * numerical rank of the operator when all its eigenpairs were computed. The rest are 0
     * up to rounding, which a logarithmic axis cannot show: plot the largest
     * {@code numericalRank(...)} of them.
     *
     * @param unitRoundoff the precision the operator was computed in: {@code Math.ulp(1.0)}
     *     for doubles, {@code Math.ulp(1.0f)} for a float32 kernel such as the eNTK
     */
    public int numericalRank(double unitRoundoff) {
        if (!(unitRoundoff > 0 && unitRoundoff < 1)) {
            throw new IllegalArgumentException("unitRoundoff = " + unitRoundoff + " must lie in "
                    + "(0, 1): give Math.ulp(1.0) for a matrix of doubles, Math.ulp(1.0f) for "
                    + "one of floats");
        }
        double largest = Arrays.stream(values).map(Math::abs).max().orElse(0);
        double tolerance = unitRoundoff * Math.max(1, dimension) * largest;
        return (int) Arrays.stream(values).filter(value -> value > tolerance).count();
    }

    /** "3 eigenvalues of L_sym were slightly below 0 (smallest -2e-15, rounding error) ..." */
    private static String roundingNote(String operatorName, long negatives, double smallest) {
        String value = String.format(java.util.Locale.ROOT, "%.1g", smallest);
        if (negatives == 1) {
            return "1 eigenvalue of " + operatorName + " was slightly below 0 (" + value
                    + ", rounding error) and was set to 0";
        }
        return negatives + " eigenvalues of " + operatorName + " were slightly below 0 "
                + "(smallest " + value + ", rounding error) and were set to 0";
    }

    private int checkIndex(int j) {
        if (j < 0 || j >= count()) {
            throw new IndexOutOfBoundsException("eigenpair " + j + " does not exist: there are "
                    + count() + " (indices 0.." + (count() - 1) + ")");
        }
        return j;
    }

    @Override
    public String toString() {
        int shown = Math.min(count(), 8);
        StringBuilder text = new StringBuilder(count() + " eigenpairs (" + order.name()
                .toLowerCase(java.util.Locale.ROOT) + "), values");
        for (int j = 0; j < shown; j++) {
            text.append(String.format(java.util.Locale.ROOT, " %.6g", values[j]));
        }
        return text.append(count() > shown ? " ..." : "").toString();
    }
}
