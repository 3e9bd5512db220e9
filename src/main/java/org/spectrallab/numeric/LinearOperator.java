package org.spectrallab.numeric;

/**
 * A symmetric linear map y = A x known only through its action, what a Lanczos solver
 * needs.
 */
@FunctionalInterface
public interface LinearOperator {

    /**
     * Writes A x into y.
     *
     * @param x the input, read from {@code x[xOffset .. xOffset + n)}
     * @param y the output, written to {@code y[yOffset .. yOffset + n)}
     */
    void apply(double[] x, int xOffset, double[] y, int yOffset);
}
