package org.spectrallab.entk;

import ai.djl.ndarray.NDArray;

/**
 * The non-linearity phi applied after every hidden dense layer, with the derivative phi'
 * that the layer-wise eNTK ({@link LayerwiseNtk}) needs.
 */
public enum Activation {
    /** phi(z) = max(z, 0); phi'(z) = 1 for z &gt; 0, else 0 (PyTorch's choice at 0). */
    RELU,
    /** phi(z) = tanh(z); phi'(z) = 1 - tanh(z)^2. */
    TANH;

    /**
     * Parses "relu" or "tanh", ignoring case (for lab parameters).
     *
     * @throws IllegalArgumentException naming the choices for anything else
     */
    public static Activation parse(String name) {
        switch (name.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "relu":
                return RELU;
            case "tanh":
                return TANH;
            default:
                throw new IllegalArgumentException("activation '" + name + "' is unknown: use "
                        + "relu or tanh");
        }
    }

    /** phi applied elementwise. */
    NDArray apply(NDArray z) {
        return this == RELU ? ai.djl.nn.Activation.relu(z) : ai.djl.nn.Activation.tanh(z);
    }

    /** phi' applied elementwise, in the dtype of {@code z}. */
    NDArray derivative(NDArray z) {
        if (this == RELU) {
            return z.gt(0).toType(z.getDataType(), false);
        }
        NDArray t = z.tanh();
        return t.mul(t).neg().add(1);
    }
}
