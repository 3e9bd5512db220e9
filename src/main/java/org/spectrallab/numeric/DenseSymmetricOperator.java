package org.spectrallab.numeric;

import static org.bytedeco.openblas.global.openblas.CblasRowMajor;
import static org.bytedeco.openblas.global.openblas.CblasUpper;
import static org.bytedeco.openblas.global.openblas.cblas_dsymv;

import org.bytedeco.javacpp.DoublePointer;

/**
 * y = A x for a dense symmetric n x n matrix A held in native memory and multiplied by BLAS
 * dsymv (upper triangle): the operator a Lanczos solver needs for a few eigenpairs of a
 * large dense matrix. The matrix is copied into native memory once, so each product moves
 * only the two vectors across JNI, never the n^2 entries.
 *
 * <p>Owns native memory: use it in try-with-resources, or {@link #close} it.
 */
public final class DenseSymmetricOperator implements LinearOperator, AutoCloseable {

    private final int n;
    private final DoublePointer matrix;
    private final DoublePointer in;
    private final DoublePointer out;

    /**
     * Copies a row-major symmetric matrix into native memory.
     *
     * @param symmetric n x n, row-major; only its upper triangle is read
     */
    public DenseSymmetricOperator(double[] symmetric, int n) {
        if (symmetric.length != (long) n * n) {
            throw new IllegalArgumentException("an array of " + symmetric.length
                    + " values cannot hold a " + n + " x " + n + " matrix");
        }
        this.n = n;
        this.matrix = new DoublePointer(symmetric);
        this.in = new DoublePointer((long) n);
        this.out = new DoublePointer((long) n);
    }

    /** The size n. */
    public int size() {
        return n;
    }

    @Override
    public void apply(double[] x, int xOffset, double[] y, int yOffset) {
        in.put(x, xOffset, n);
        cblas_dsymv(CblasRowMajor, CblasUpper, n, 1.0, matrix, n, in, 1, 0.0, out, 1);
        out.get(y, yOffset, n);
    }

    @Override
    public void close() {
        matrix.close();
        in.close();
        out.close();
    }
}
