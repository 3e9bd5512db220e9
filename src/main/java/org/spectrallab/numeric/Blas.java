package org.spectrallab.numeric;

import static org.bytedeco.openblas.global.openblas.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas.CblasRowMajor;
import static org.bytedeco.openblas.global.openblas.CblasTrans;
import static org.bytedeco.openblas.global.openblas.CblasUpper;
import static org.bytedeco.openblas.global.openblas.cblas_dgemm;
import static org.bytedeco.openblas.global.openblas.cblas_dsyrk;

/**
 * Dense matrix products on row-major arrays, through OpenBLAS (org.bytedeco:openblas,
 * natives inside the jar).
 */
public final class Blas {

    private Blas() {
    }

    /**
     * The Gram matrix of the rows: G = X X^T, so G_ij = &lt;x_i, x_j&gt; (BLAS dsyrk, then
     * the lower triangle mirrored from the upper).
     *
     * @param x n x d, row-major
     * @return n x n, row-major, exactly symmetric
     */
    public static double[] rowGram(double[] x, int n, int d) {
        double[] g = new double[Math.multiplyExact(n, n)];
        cblas_dsyrk(CblasRowMajor, CblasUpper, CblasNoTrans, n, d, 1.0, x, d, 0.0, g, n);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                g[j * n + i] = g[i * n + j];
            }
        }
        return g;
    }

    /**
     * C = A B for row-major A (m x k) and B (k x n), or with either transposed.
     *
     * @param transposeA use A^T, A then being stored k x m
     * @param transposeB use B^T, B then being stored n x k
     */
    public static double[] multiply(double[] a, boolean transposeA, double[] b,
                                    boolean transposeB, int m, int k, int n) {
        double[] c = new double[Math.multiplyExact(m, n)];
        int lda = transposeA ? m : k;
        int ldb = transposeB ? k : n;
        cblas_dgemm(CblasRowMajor, transposeA ? CblasTrans : CblasNoTrans,
                transposeB ? CblasTrans : CblasNoTrans, m, n, k, 1.0, a, lda, b, ldb, 0.0, c, n);
        return c;
    }

    /**
     * Rows {@code from..to-1} of A B^T for row-major A (m x k) and B (n x k): a block of
     * inner products, used to compute distances a band of rows at a time.
     *
     * @return (to - from) x n, row-major
     */
    public static double[] rowBlockTimesTranspose(double[] a, int from, int to, double[] b,
                                                  int n, int k) {
        int rows = to - from;
        double[] block = new double[Math.multiplyExact(rows, n)];
        double[] aBlock = java.util.Arrays.copyOfRange(a, from * k, to * k);
        cblas_dgemm(CblasRowMajor, CblasNoTrans, CblasTrans, rows, n, k, 1.0, aBlock, k, b, k,
                0.0, block, n);
        return block;
    }
}
