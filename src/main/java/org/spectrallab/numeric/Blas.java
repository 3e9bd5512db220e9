package org.spectrallab.numeric;

import static org.bytedeco.openblas.global.openblas.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas.CblasRowMajor;
import static org.bytedeco.openblas.global.openblas.CblasTrans;
import static org.bytedeco.openblas.global.openblas.CblasUpper;
import static org.bytedeco.openblas.global.openblas.cblas_dgemm;
import static org.bytedeco.openblas.global.openblas.cblas_dsyrk;

import org.bytedeco.javacpp.DoublePointer;

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
        double[] g = MemoryGuard.doubles(n, n, "the Gram matrix X X^T");
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
        double[] c = MemoryGuard.doubles(m, n, "the product A B");
        int lda = transposeA ? m : k;
        int ldb = transposeB ? k : n;
        cblas_dgemm(CblasRowMajor, transposeA ? CblasTrans : CblasNoTrans,
                transposeB ? CblasTrans : CblasNoTrans, m, n, k, 1.0, a, lda, b, ldb, 0.0, c, n);
        return c;
    }

    /**
     * The inner products of a band of rows with all rows of one matrix, X[from..to) X^T,
     * the band's block of X X^T. The matrix sits in native memory once, so banding through
     * it copies only each band's result back to Java.
     */
    public static final class RowBands implements AutoCloseable {
        private final DoublePointer rows;
        private final DoublePointer block;
        private final int n;
        private final int d;

        /** Copies x (n x d, row-major) to native memory, for bands of at most maxBand rows. */
        public RowBands(double[] x, int n, int d, int maxBand) {
            this.rows = new DoublePointer(x);
            this.block = new DoublePointer((long) maxBand * n);
            this.n = n;
            this.d = d;
        }

        /** Writes rows {@code from..to-1} of X X^T into {@code out} ((to - from) x n). */
        public void band(int from, int to, double[] out) {
            int bandRows = to - from;
            cblas_dgemm(CblasRowMajor, CblasNoTrans, CblasTrans, bandRows, n, d, 1.0,
                    rows.position((long) from * d), d, rows.position(0), d, 0.0, block, n);
            rows.position(0);
            block.get(out, 0, bandRows * n);
        }

        @Override
        public void close() {
            rows.close();
            block.close();
        }
    }
}
