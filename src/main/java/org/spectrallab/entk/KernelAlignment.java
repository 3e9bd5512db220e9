package org.spectrallab.entk;

import org.la4j.Matrix;
import org.spectrallab.Log;
import org.spectrallab.numeric.DenseArrays;
import org.spectrallab.numeric.MemoryGuard;

/**
 * How alike two kernels on the same N points are, or how well a kernel matches the labels.
 * All take symmetric N x N la4j matrices; H = I - 1 1^T / N is the centring matrix,
 * &lt;A, B&gt;_F = sum_ij A_ij B_ij and |A|_F = sqrt(&lt;A, A&gt;_F).
 *
 * <ul>
 *   <li>{@link #cka}: centred kernel alignment (biased), in [0, 1].</li>
 *   <li>{@link #ckaDebiased}: CKA from the unbiased HSIC estimator.</li>
 *   <li>{@link #kernelTargetAlignment}: alignment with the label kernel Y Y^T, uncentred.</li>
 *   <li>{@link #centredNtkAlignment}: Kumar et al.'s alignment, the kernel centred but not
 *       the labels.</li>
 * </ul>
 *
 * <p>Labels enter as targets Y, N x C: one-hot rows for classes ({@link #oneHot}), or one
 * column for a scalar target. The label kernel is Y Y^T ({@link #labelKernel}).
 */
public final class KernelAlignment {

    private KernelAlignment() {
    }

    /**
     * Centred kernel alignment, CKA(K, L) = &lt;HKH, HLH&gt;_F / (|HKH|_F |HLH|_F): Cortes,
     * Mohri and Rostamizadeh (JMLR 2012); in the HSIC form of Kornblith, Norouzi, Lee and
     * Hinton (ICML 2019), HSIC(K, L) / sqrt(HSIC(K, K) HSIC(L, L)) with the biased estimator
     * HSIC(K, L) = tr(K H L H) / (N - 1)^2 (Gretton et al. 2005), which is the same number.
     * 1 for kernels equal up to a positive factor; invariant to scaling either kernel.
     *
     * @throws IllegalArgumentException when the kernels differ in size, are not symmetric,
     *     or one is constant after centring (its alignment is then undefined)
     */
    public static double cka(Matrix k, Matrix l) {
        int n = checkPair(k, l);
        double[] a = centred(DenseArrays.rowMajor(k), n);
        double[] b = centred(DenseArrays.rowMajor(l), n);
        return inner(a, b) / (norm(a, "the centred first kernel")
                * norm(b, "the centred second kernel"));
    }

    /**
     * CKA with the unbiased HSIC estimator of Song, Smola, Gretton, Bedo and Borgwardt
     * (JMLR 2012), as used for CKA by Nguyen, Raghu and Kornblith (ICLR 2021):
     *
     * <pre>
     * HSIC_1(K, L) = [ tr(K~ L~) + (1^T K~ 1)(1^T L~ 1) / ((N-1)(N-2))
     *                  - 2 / (N-2) 1^T K~ L~ 1 ] / (N (N-3)),
     * </pre>
     *
     * <p>K~ and L~ being K and L with their diagonals set to zero; then
     * CKA_1 = HSIC_1(K, L) / sqrt(HSIC_1(K, K) HSIC_1(L, L)). It removes the bias of the
     * biased CKA towards 1 on few points, and can be slightly negative.
     *
     * <p>Guard: HSIC_1(K, K) can come out zero or negative (few points, a near-constant
     * kernel), and then no square root exists; when it is not above rounding level (1e-12
     * of tr(K~ K~) / (N (N-3)), the size of its largest term) the method warns in one line
     * and returns NaN instead of a meaningless number.
     *
     * @throws IllegalArgumentException when N &lt; 4, or the kernels differ in size or are
     *     not symmetric
     */
    public static double ckaDebiased(Matrix k, Matrix l) {
        int n = checkPair(k, l);
        if (n < 4) {
            throw new IllegalArgumentException("debiased CKA needs at least 4 points (it divides"
                    + " by N - 3) but got " + n + ": use cka(K, L) or more points");
        }
        double[] a = zeroDiagonal(DenseArrays.rowMajor(k), n);
        double[] b = zeroDiagonal(DenseArrays.rowMajor(l), n);
        double kk = unbiasedHsic(a, a, n);
        double ll = unbiasedHsic(b, b, n);
        if (!clearlyPositive(kk, a, n) || !clearlyPositive(ll, b, n)) {
            Log.warn("debiased CKA is undefined here: the unbiased HSIC of "
                    + (kk <= 0 ? "the first" : "the second") + " kernel with itself is "
                    + (kk <= 0 ? kk : ll) + " (not positive, so it has no square root); "
                    + "returning NaN: use more points or the biased cka(K, L)");
            return Double.NaN;
        }
        return unbiasedHsic(a, b, n) / Math.sqrt(kk * ll);
    }

    /**
     * Kernel-target alignment, A(K, Y Y^T) = &lt;K, Y Y^T&gt;_F / (|K|_F |Y Y^T|_F)
     * (Cristianini, Shawe-Taylor, Elisseeff and Kandola, NeurIPS 2001); for one target
     * column y it is y^T K y / (|K|_F |y|^2). Uncentred: a kernel with a large constant part
     * scores high whatever the labels; {@link #cka} with {@link #labelKernel} removes that.
     *
     * @param targets N x C, one row per point
     */
    public static double kernelTargetAlignment(Matrix k, Matrix targets) {
        int n = checkTargets(k, targets);
        double[] a = DenseArrays.rowMajor(k);
        double[] y = labelGram(targets);
        return inner(a, y) / (norm(a, "the kernel") * norm(y, "the label kernel Y Y^T"));
    }

    /** {@link #kernelTargetAlignment(Matrix, Matrix)} with one-hot targets of the labels. */
    public static double kernelTargetAlignment(Matrix k, int[] labels) {
        return kernelTargetAlignment(k, oneHot(labels));
    }

    /**
     * The centred NTK alignment of Kumar, Bordelon, Gershman and Pehlevan, "Grokking as the
     * transition from lazy to rich training dynamics" (ICLR 2024), as we read their
     * definition: y^T K_c y / (|K_c|_F |y|^2) with K_c = H K H. One-sided: the kernel is
     * centred, the targets are not (CKA with the label kernel centres both). With several
     * target columns it is &lt;K_c, Y Y^T&gt;_F / (|K_c|_F |Y Y^T|_F), which reduces to
     * theirs for one column.
     *
     * @param targets N x C, one row per point
     */
    public static double centredNtkAlignment(Matrix k, Matrix targets) {
        int n = checkTargets(k, targets);
        double[] a = centred(DenseArrays.rowMajor(k), n);
        double[] y = labelGram(targets);
        return inner(a, y) / (norm(a, "the centred kernel") * norm(y, "the label kernel Y Y^T"));
    }

    /** {@link #centredNtkAlignment(Matrix, Matrix)} with one-hot targets of the labels. */
    public static double centredNtkAlignment(Matrix k, int[] labels) {
        return centredNtkAlignment(k, oneHot(labels));
    }

    /**
     * One-hot targets: row i has a 1 in column labels[i], classes 0..max(labels).
     *
     * @throws IllegalArgumentException on a negative label or no labels
     */
    public static Matrix oneHot(int[] labels) {
        int classes = 0;
        for (int label : labels) {
            classes = Math.max(classes, label + 1);
        }
        return oneHot(labels, classes);
    }

    /**
     * One-hot targets with {@code classes} columns: row i has a 1 in column labels[i].
     *
     * @throws IllegalArgumentException on no labels or a label outside 0..classes-1
     */
    public static Matrix oneHot(int[] labels, int classes) {
        if (labels.length == 0) {
            throw new IllegalArgumentException("no labels given: give one label per point");
        }
        double[] y = new double[labels.length * classes];
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classes) {
                throw new IllegalArgumentException("label " + i + " is " + labels[i]
                        + ": class labels run 0.." + (classes - 1));
            }
            y[i * classes + labels[i]] = 1;
        }
        return DenseArrays.matrix(labels.length, classes, y);
    }

    /** The label kernel Y Y^T of one-hot targets: 1 where two points share a label, else 0. */
    public static Matrix labelKernel(int[] labels) {
        Matrix y = oneHot(labels);
        return DenseArrays.matrix(labels.length, labels.length, labelGram(y));
    }

    /** Y Y^T, row-major. */
    private static double[] labelGram(Matrix targets) {
        int n = targets.rows();
        int c = targets.columns();
        double[] y = DenseArrays.rowMajorFinite(targets, "the targets");
        double[] gram = MemoryGuard.doubles(n, n, "the label Gram matrix Y Y^T");
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int t = 0; t < c; t++) {
                    sum += y[i * c + t] * y[j * c + t];
                }
                gram[i * n + j] = sum;
            }
        }
        return gram;
    }

    /** HSIC_1 of two kernels whose diagonals are zero (Song et al. 2012). */
    private static double unbiasedHsic(double[] a, double[] b, int n) {
        double[] rowsA = rowSums(a, n);
        double[] rowsB = rowSums(b, n);
        double sumA = 0;
        double sumB = 0;
        double rowProducts = 0;
        for (int i = 0; i < n; i++) {
            sumA += rowsA[i];
            sumB += rowsB[i];
            rowProducts += rowsA[i] * rowsB[i];
        }
        double trace = inner(a, b);
        return (trace + sumA * sumB / ((n - 1.0) * (n - 2.0)) - 2.0 / (n - 2.0) * rowProducts)
                / (n * (n - 3.0));
    }

    /** Whether a self-HSIC is above rounding level for the zero-diagonal kernel a. */
    private static boolean clearlyPositive(double selfHsic, double[] a, int n) {
        return selfHsic > 1e-12 * inner(a, a) / (n * (n - 3.0));
    }

    /** H A H for a row-major symmetric n x n A: A_ij - r_i - r_j + m (row means r, mean m). */
    static double[] centred(double[] a, int n) {
        double[] rowMeans = rowSums(a, n);
        double mean = 0;
        for (int i = 0; i < n; i++) {
            rowMeans[i] /= n;
            mean += rowMeans[i];
        }
        mean /= n;
        double[] c = new double[a.length];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                c[i * n + j] = a[i * n + j] - rowMeans[i] - rowMeans[j] + mean;
            }
        }
        return c;
    }

    private static double[] rowSums(double[] a, int n) {
        double[] sums = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                sums[i] += a[i * n + j];
            }
        }
        return sums;
    }

    private static double[] zeroDiagonal(double[] a, int n) {
        for (int i = 0; i < n; i++) {
            a[i * n + i] = 0;
        }
        return a;
    }

    static double inner(double[] a, double[] b) {
        double sum = 0;
        for (int p = 0; p < a.length; p++) {
            sum += a[p] * b[p];
        }
        return sum;
    }

    private static double norm(double[] a, String name) {
        double norm = Math.sqrt(inner(a, a));
        if (norm == 0) {
            throw new IllegalArgumentException(name + " has Frobenius norm 0, so the alignment "
                    + "is undefined: " + (name.contains("centred") ? "a kernel is constant after "
                    + "centring when all points are identical or all labels equal; "
                    : "") + "check how it was built");
        }
        return norm;
    }

    private static int checkPair(Matrix k, Matrix l) {
        DenseArrays.requireSymmetric(k, "the first kernel");
        DenseArrays.requireSymmetric(l, "the second kernel");
        if (k.rows() != l.rows()) {
            throw new IllegalArgumentException("the kernels are " + k.rows() + " x " + k.rows()
                    + " and " + l.rows() + " x " + l.rows() + ": compare kernels on the same "
                    + "points, in the same order");
        }
        return k.rows();
    }

    private static int checkTargets(Matrix k, Matrix targets) {
        DenseArrays.requireSymmetric(k, "the kernel");
        if (targets.rows() != k.rows()) {
            throw new IllegalArgumentException("the kernel is " + k.rows() + " x " + k.rows()
                    + " but there are " + targets.rows() + " target rows: give one target row "
                    + "per point, in the kernel's order");
        }
        return k.rows();
    }
}
