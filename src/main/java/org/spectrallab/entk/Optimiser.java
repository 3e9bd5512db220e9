package org.spectrallab.entk;

/**
 * How a gradient g of the loss becomes a parameter update, with learning rate eta (after
 * the output-scale adjustment of {@link TrainingConfig#outputScale}).
 */
public enum Optimiser {
    /** Gradient descent, theta &lt;- theta - eta g (stochastic when batches are smaller than N). */
    SGD,
    /**
     * Adam (Kingma and Ba, ICLR 2015) with beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8:
     * m &lt;- beta1 m + (1 - beta1) g, v &lt;- beta2 v + (1 - beta2) g^2,
     * theta &lt;- theta - eta m^ / (sqrt(v^) + epsilon) with the bias corrections
     * m^ = m / (1 - beta1^t), v^ = v / (1 - beta2^t) at step t.
     */
    ADAM;

    static final double BETA1 = 0.9;
    static final double BETA2 = 0.999;
    static final double EPSILON = 1e-8;
}
