package org.spectrallab.entk;

import ai.djl.ndarray.NDArray;
import java.util.List;

/**
 * A network that {@link AutogradNtk} can differentiate: any function f_theta from R^d to
 * R^O written with DJL NDArray operations, theta being the arrays of {@link #parameters()}.
 * {@link Mlp} is one; a model of another shape (convolutions, attention) can implement this
 * and get its empirical NTK by autograd without further code.
 */
public interface DifferentiableModel {

    /**
     * Every trainable array theta, each marked {@code setRequiresGradient(true)}; theta in
     * the eNTK is all of them. Arrays live in the model's NDManager.
     */
    List<NDArray> parameters();

    /**
     * f_theta on a batch: inputs (B x d) to outputs (B x O), built from NDArray operations
     * so that autograd can trace it. Must not keep references to the arrays it creates.
     */
    NDArray forward(NDArray inputs);

    /** The input width d. */
    int inputWidth();

    /** The number of outputs O. */
    int outputWidth();

    /** The precision of the parameters and computations. */
    Precision precision();
}
