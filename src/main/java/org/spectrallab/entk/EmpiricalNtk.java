package org.spectrallab.entk;

import org.la4j.Matrix;
import org.spectrallab.numeric.DenseArrays;
import org.spectrallab.numeric.MemoryGuard;

/**
 * The empirical neural tangent kernel of a network on a batch of inputs: the trace kernel
 * (default), the full kernel over (input, output) pairs, or the kernel of one output, each
 * as defined in {@link NtkKind}, by the layer-wise closed form (default, {@link
 * LayerwiseNtk}) or by autograd ({@link AutogradNtk}).
 *
 * <p>Inputs are la4j matrices with one input per row (N x d, d the network's input width);
 * kernels are la4j dense matrices, symmetric and positive semi-definite when one batch is
 * given. They are computed in the network's precision and returned as doubles.
 *
 * <p>Example: {@code Matrix k = EmpiricalNtk.trace(network, subset.points());}
 */
public final class EmpiricalNtk {

    private EmpiricalNtk() {
    }

    /** The trace eNTK (N x N) by the layer-wise closed form. */
    public static Matrix trace(Mlp network, Matrix inputs) {
        return compute(network, inputs, null, NtkKind.TRACE, NtkMethod.LAYERWISE);
    }

    /** The trace eNTK (N x N) by the given method. */
    public static Matrix trace(DifferentiableModel model, Matrix inputs, NtkMethod method) {
        return compute(model, inputs, null, NtkKind.TRACE, method);
    }

    /**
     * The trace eNTK between two batches, K(x_i, x'_j) for x_i in {@code inputs} and x'_j in
     * {@code others} (N x M), e.g. test against training inputs for kernel regression.
     */
    public static Matrix trace(Mlp network, Matrix inputs, Matrix others) {
        return compute(network, inputs, others, NtkKind.TRACE, NtkMethod.LAYERWISE);
    }

    /** The full eNTK ((N O) x (N O), row i O + a for input i and output a), layer-wise. */
    public static Matrix full(Mlp network, Matrix inputs) {
        return compute(network, inputs, null, NtkKind.FULL, NtkMethod.LAYERWISE);
    }

    /** The full eNTK by the given method. */
    public static Matrix full(DifferentiableModel model, Matrix inputs, NtkMethod method) {
        return compute(model, inputs, null, NtkKind.FULL, method);
    }

    /** The eNTK of output {@code c} alone (N x N), layer-wise. */
    public static Matrix ofOutput(Mlp network, Matrix inputs, int c) {
        return compute(network, inputs, null, NtkKind.output(c), NtkMethod.LAYERWISE);
    }

    /**
     * Any eNTK by any method; autograd uses {@link AutogradNtk#DEFAULT_BUDGET_BYTES}.
     *
     * @param others a second batch, or null for the kernel of {@code inputs} with itself
     * @throws IllegalArgumentException on an empty batch, inputs of the wrong width, NaN,
     *     an output the network lacks, the layer-wise method on a model that is not an
     *     {@link Mlp}, or a kernel too large for memory (the message gives its size)
     * @throws IllegalStateException when the kernel comes out non-finite (weights hold NaN)
     */
    public static Matrix compute(DifferentiableModel model, Matrix inputs, Matrix others,
                                 NtkKind kind, NtkMethod method) {
        return compute(model, inputs, others, kind, method, AutogradNtk.DEFAULT_BUDGET_BYTES);
    }

    /**
     * As {@link #compute(DifferentiableModel, Matrix, Matrix, NtkKind, NtkMethod)}, with the
     * bytes the autograd method may spend on stored gradients.
     */
    public static Matrix compute(DifferentiableModel model, Matrix inputs, Matrix others,
                                 NtkKind kind, NtkMethod method, long autogradBudget) {
        TorchEngine.stopRecordingGradients();
        kind.check(model.outputWidth());
        double[] a = Inputs.rows(inputs, model.inputWidth(), "the inputs");
        double[] b = others == null ? null
                : Inputs.rows(others, model.inputWidth(), "the second batch of inputs");
        int na = inputs.rows();
        int nb = others == null ? na : others.rows();
        int perInput = kind.rowsPerInput(model.outputWidth());
        requireFits(model, kind, na, others == null ? -1 : nb, method, autogradBudget);
        double[] kernel;
        if (method == NtkMethod.LAYERWISE) {
            if (!(model instanceof Mlp)) {
                throw new IllegalArgumentException("the layer-wise closed form is for an Mlp, "
                        + "but the model is a " + model.getClass().getSimpleName()
                        + ": use NtkMethod.AUTOGRAD");
            }
            kernel = LayerwiseNtk.compute((Mlp) model, a, na, b, nb, kind);
        } else {
            kernel = AutogradNtk.compute(model, a, na, b, nb, kind, autogradBudget);
        }
        int rows = na * perInput;
        int columns = nb * perInput;
        requireFinite(kernel, columns, kind);
        if (others == null) {
            symmetrise(kernel, rows);
        }
        return DenseArrays.matrix(rows, columns, kernel);
    }

    /** @param others the second batch's size, or -1 for a kernel of one batch */
    private static void requireFits(DifferentiableModel model, NtkKind kind, int na,
                                    int others, NtkMethod method, long autogradBudget) {
        int nb = others < 0 ? na : others;
        int outputs = model.outputWidth();
        long rows = (long) na * kind.rowsPerInput(outputs);
        long columns = (long) nb * kind.rowsPerInput(outputs);
        long bytes = model.precision().bytes();
        long nativeBytes = method == NtkMethod.AUTOGRAD
                ? autogradBudget + rows * columns * Double.BYTES
                : rows * columns * (3 * bytes + Double.BYTES);
        String inputs = others < 0 ? na + " inputs" : na + " x " + nb + " inputs";
        String traceSize = na + " x " + nb + ", " + MemoryGuard.size((long) na * nb
                * Double.BYTES);
        KernelMemory.require("the " + kind + " of " + inputs + (kind == NtkKind.FULL
                ? " and " + outputs + " outputs" : ""), rows, columns, nativeBytes,
                kind == NtkKind.FULL ? "the trace kernel (" + traceSize + ")"
                        : "a smaller batch");
    }

    private static void requireFinite(double[] kernel, int columns, NtkKind kind) {
        for (int p = 0; p < kernel.length; p++) {
            if (!Double.isFinite(kernel[p])) {
                throw new IllegalStateException("the " + kind + " holds " + kernel[p] + " at ("
                        + p / columns + ", " + p % columns + "): the network's weights are "
                        + "not finite (did training diverge?); rebuild or reload the network");
            }
        }
    }

    /** K = (K + K^T) / 2, removing rounding asymmetry from matrix products. */
    private static void symmetrise(double[] kernel, int n) {
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double mean = (kernel[i * n + j] + kernel[j * n + i]) / 2;
                kernel[i * n + j] = mean;
                kernel[j * n + i] = mean;
            }
        }
    }

    /** The relative difference |A - B|_F / |B|_F, for comparing kernels (0 when both are 0). */
    public static double relativeDifference(Matrix a, Matrix b) {
        if (a.rows() != b.rows() || a.columns() != b.columns()) {
            throw new IllegalArgumentException("cannot compare a " + a.rows() + " x "
                    + a.columns() + " matrix with a " + b.rows() + " x " + b.columns() + " one");
        }
        double[] x = DenseArrays.rowMajor(a);
        double[] y = DenseArrays.rowMajor(b);
        double difference = 0;
        double norm = 0;
        for (int p = 0; p < x.length; p++) {
            difference += (x[p] - y[p]) * (x[p] - y[p]);
            norm += y[p] * y[p];
        }
        if (norm == 0) {
            return difference == 0 ? 0 : Double.POSITIVE_INFINITY;
        }
        return Math.sqrt(difference / norm);
    }
}
