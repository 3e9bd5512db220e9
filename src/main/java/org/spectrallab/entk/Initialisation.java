package org.spectrallab.entk;

import java.util.Random;

/**
 * How a dense layer's weights W (fan_out x fan_in) and biases b are drawn. The numbers come
 * from {@link java.util.Random} seeded by the network's seed, so the same seed gives the
 * same weights on every machine and engine version.
 */
public enum Initialisation {
    /** W_ij ~ N(0, 2 / fan_in), b = 0 (He et al. 2015): keeps ReLU activations' scale. */
    HE_NORMAL,
    /** W_ij ~ N(0, 1 / fan_in), b = 0 (LeCun et al. 1998): keeps tanh activations' scale. */
    LECUN_NORMAL,
    /**
     * W_ij and b_i ~ U(-1/sqrt(fan_in), 1/sqrt(fan_in)): what PyTorch's nn.Linear draws by
     * default (its kaiming_uniform with a = sqrt(5)), useful to mirror a PyTorch script.
     */
    PYTORCH_UNIFORM;

    /** The default for an activation: He for ReLU, LeCun for tanh. */
    public static Initialisation defaultFor(Activation activation) {
        return activation == Activation.RELU ? HE_NORMAL : LECUN_NORMAL;
    }

    /**
     * Draws one layer's weights (row-major fan_out x fan_in) and then its biases, in that
     * order, from {@code random}.
     */
    void draw(Random random, int fanIn, double[] weights, double[] biases) {
        double bound = 1 / Math.sqrt(fanIn);
        double deviation = Math.sqrt((this == HE_NORMAL ? 2.0 : 1.0) / fanIn);
        for (int p = 0; p < weights.length; p++) {
            weights[p] = this == PYTORCH_UNIFORM ? uniform(random, bound)
                    : deviation * random.nextGaussian();
        }
        for (int p = 0; p < biases.length; p++) {
            biases[p] = this == PYTORCH_UNIFORM ? uniform(random, bound) : 0;
        }
    }

    private static double uniform(Random random, double bound) {
        return bound * (2 * random.nextDouble() - 1);
    }
}
