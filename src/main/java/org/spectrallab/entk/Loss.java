package org.spectrallab.entk;

import ai.djl.ndarray.NDArray;

/**
 * The training loss over a batch of B outputs g(x_i) with labels y_i. The network's
 * outputs are raw scores; neither loss adds an output non-linearity to the network.
 */
public enum Loss {
    /**
     * Squared error on one-hot targets: L = 1/(2B) sum_i |g(x_i) - e_(y_i)|^2, the loss
     * under which gradient descent in the lazy regime is kernel regression with the NTK
     * (Jacot et al. 2018). The default.
     */
    MSE,
    /** Cross-entropy of the softmax: L = -1/B sum_i log softmax(g(x_i))_(y_i). */
    CROSS_ENTROPY;

    /**
     * The loss as a scalar array.
     *
     * @param outputs B x O
     * @param oneHot B x O, the one-hot labels in the outputs' dtype
     */
    NDArray of(NDArray outputs, NDArray oneHot) {
        long batch = outputs.getShape().get(0);
        if (this == MSE) {
            return outputs.sub(oneHot).square().sum().div(2.0 * batch);
        }
        return outputs.logSoftmax(1).mul(oneHot).sum().neg().div(batch);
    }
}
