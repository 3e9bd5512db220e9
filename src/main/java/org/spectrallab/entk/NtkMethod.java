package org.spectrallab.entk;

/** How the empirical NTK is computed; both give the same kernel up to rounding. */
public enum NtkMethod {
    /**
     * The closed form for dense layers ({@link LayerwiseNtk}): a sum over layers of
     * elementwise products of two small Gram matrices. MLPs only; fast; the default.
     */
    LAYERWISE,
    /**
     * Per-example gradients from DJL's autograd contracted in blocks ({@link AutogradNtk}):
     * any {@link DifferentiableModel}; slow; the independent check.
     */
    AUTOGRAD
}
