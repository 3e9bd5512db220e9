package org.spectrallab.entk;

import org.la4j.Matrix;
import org.spectrallab.numeric.DenseArrays;

/** Checks at the door of every method that takes network inputs. */
final class Inputs {

    private Inputs() {
    }

    /**
     * The inputs as a row-major array after checking them against the network.
     *
     * @param what how the message calls them, e.g. "the inputs"
     * @throws IllegalArgumentException on an empty batch, a width that differs from the
     *     network's input width, or a non-finite value
     */
    static double[] rows(Matrix inputs, int networkWidth, String what) {
        if (inputs.rows() == 0) {
            throw new IllegalArgumentException(what + " are an empty batch (0 rows): "
                    + "give at least one input, one per row");
        }
        if (inputs.columns() != networkWidth) {
            throw new IllegalArgumentException(what + " have " + inputs.columns()
                    + " values per row but the network takes " + networkWidth + ": "
                    + (networkWidth == 784 ? "flatten each 28 x 28 image to 784 values, "
                    : "give rows of " + networkWidth + " values, ")
                    + "or build the network with input width " + inputs.columns());
        }
        return DenseArrays.rowMajorFinite(inputs, what);
    }
}
