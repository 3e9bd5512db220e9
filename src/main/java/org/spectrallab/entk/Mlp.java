package org.spectrallab.entk;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.la4j.Matrix;
import org.spectrallab.numeric.DenseArrays;

/**
 * A multilayer perceptron on DJL's PyTorch engine:
 * f(x) = W_L phi(... phi(W_2 phi(W_1 x + b_1) + b_2) ...) + b_L, with L dense layers, the
 * activation phi after every layer but the last, and no output non-linearity.
 *
 * <p>Layers are numbered 1..L as in the formula; W_l is n_l x n_(l-1) (rows are output
 * units, PyTorch's and DJL's convention) and b_l has n_l entries. The parameter vector
 * theta lists W_1 (row by row), b_1, W_2, b_2, ... in that order.
 *
 * <p>The network owns native memory: create it with try-with-resources and close it.
 * Not for use from several threads at once.
 */
public final class Mlp implements DifferentiableModel, AutoCloseable {

    private final MlpSpec spec;
    private final NDManager manager;
    /** W_1..W_L at indices 0..L-1. */
    private final List<NDArray> weights = new ArrayList<>();
    /** b_1..b_L at indices 0..L-1. */
    private final List<NDArray> biases = new ArrayList<>();
    private boolean closed;

    Mlp(MlpSpec spec) {
        this.spec = spec;
        this.manager = TorchEngine.newManager();
        Random random = new Random(spec.seed());
        int[] widths = spec.widths();
        for (int l = 1; l < widths.length; l++) {
            double[] w = new double[widths[l] * widths[l - 1]];
            double[] b = new double[widths[l]];
            spec.initialisation().draw(random, widths[l - 1], w, b);
            weights.add(parameter(TorchArrays.matrix(manager, w, widths[l], widths[l - 1],
                    spec.precision())));
            biases.add(parameter(TorchArrays.vector(manager, b, spec.precision())));
        }
    }

    private static NDArray parameter(NDArray array) {
        array.setRequiresGradient(true);
        return array;
    }

    /** The spec the network was built from (its weights may since have changed). */
    public MlpSpec spec() {
        return spec;
    }

    /** The number of dense layers L. */
    public int depth() {
        return weights.size();
    }

    /** Inputs, hidden widths, outputs. */
    public int[] widths() {
        return spec.widths();
    }

    @Override
    public int inputWidth() {
        return spec.widths()[0];
    }

    @Override
    public int outputWidth() {
        return spec.widths()[depth()];
    }

    @Override
    public Precision precision() {
        return spec.precision();
    }

    /** The activation phi. */
    public Activation activation() {
        return spec.activation();
    }

    /** The number of weights and biases P. */
    public long parameterCount() {
        return spec.parameterCount();
    }

    /** W_l as an n_l x n_(l-1) array (layer l = 1..L). */
    public double[][] weights(int layer) {
        checkLayer(layer);
        double[] flat = read(weights.get(layer - 1));
        int columns = spec.widths()[layer - 1];
        double[][] w = new double[flat.length / columns][];
        for (int i = 0; i < w.length; i++) {
            w[i] = Arrays.copyOfRange(flat, i * columns, (i + 1) * columns);
        }
        return w;
    }

    /** b_l (layer l = 1..L). */
    public double[] biases(int layer) {
        checkLayer(layer);
        return read(biases.get(layer - 1));
    }

    /**
     * Replaces W_l (layer l = 1..L), e.g. with given weights to reproduce a result.
     *
     * @throws IllegalArgumentException when the array is not n_l x n_(l-1) or not finite
     */
    public void setWeights(int layer, double[][] newWeights) {
        checkLayer(layer);
        int rows = spec.widths()[layer];
        int columns = spec.widths()[layer - 1];
        String name = "W_" + layer;
        if (newWeights.length != rows) {
            throw shapeError(name, newWeights.length + " rows", rows, columns);
        }
        double[] flat = new double[rows * columns];
        for (int i = 0; i < rows; i++) {
            if (newWeights[i].length != columns) {
                throw shapeError(name, "row " + i + " of " + newWeights[i].length, rows, columns);
            }
            System.arraycopy(newWeights[i], 0, flat, i * columns, columns);
        }
        replace(weights, layer - 1, flat, name);
    }

    /**
     * Replaces b_l (layer l = 1..L).
     *
     * @throws IllegalArgumentException when the array does not have n_l finite entries
     */
    public void setBiases(int layer, double[] newBiases) {
        checkLayer(layer);
        int units = spec.widths()[layer];
        if (newBiases.length != units) {
            throw new IllegalArgumentException("b_" + layer + " needs " + units
                    + " entries (one per unit of layer " + layer + ") but got "
                    + newBiases.length + ": give an array of " + units);
        }
        replace(biases, layer - 1, newBiases, "b_" + layer);
    }

    /** theta: W_1 row by row, b_1, W_2, b_2, ... (a fresh copy of P numbers). */
    public double[] parameterVector() {
        double[] theta = new double[Math.toIntExact(parameterCount())];
        int at = 0;
        for (int l = 0; l < depth(); l++) {
            for (NDArray array : List.of(weights.get(l), biases.get(l))) {
                double[] values = read(array);
                System.arraycopy(values, 0, theta, at, values.length);
                at += values.length;
            }
        }
        return theta;
    }

    /**
     * Replaces every weight and bias from a vector in the order of {@link #parameterVector()}.
     *
     * @throws IllegalArgumentException when the length is not P or a value is not finite
     */
    public void setParameterVector(double[] theta) {
        if (theta.length != parameterCount()) {
            throw new IllegalArgumentException("the parameter vector has " + theta.length
                    + " entries but " + spec + " has " + parameterCount()
                    + ": give one value per weight and bias, in the order of parameterVector()");
        }
        int at = 0;
        for (int l = 0; l < depth(); l++) {
            for (List<NDArray> arrays : List.of(weights, biases)) {
                int size = Math.toIntExact(arrays.get(l).size());
                replace(arrays, l, Arrays.copyOfRange(theta, at, at + size), "theta");
                at += size;
            }
        }
    }

    /**
     * The outputs f(x_i), one row per input row.
     *
     * @param inputs N x d, d the input width
     * @return N x O
     * @throws IllegalArgumentException on an empty batch, the wrong width, or NaN
     */
    public Matrix outputs(Matrix inputs) {
        double[] x = Inputs.rows(inputs, inputWidth(), "the inputs");
        try (NDManager scope = scope()) {
            NDArray out = forward(TorchArrays.matrix(scope, x, inputs.rows(), inputWidth(),
                    precision()));
            return DenseArrays.matrix(inputs.rows(), outputWidth(), TorchArrays.doubles(out));
        }
    }

    /** The predicted class of each input: the index of its largest output. */
    public int[] predict(Matrix inputs) {
        Matrix out = outputs(inputs);
        int[] classes = new int[out.rows()];
        for (int i = 0; i < classes.length; i++) {
            for (int c = 1; c < out.columns(); c++) {
                if (out.get(i, c) > out.get(i, classes[i])) {
                    classes[i] = c;
                }
            }
        }
        return classes;
    }

    /** A new network with the same spec and the current weights. */
    public Mlp copy() {
        Mlp copy = new Mlp(spec);
        copy.setParameterVector(parameterVector());
        return copy;
    }

    /**
     * W_1, b_1, W_2, b_2, ...: theta, as live arrays (do not close them). Setting weights
     * replaces arrays, so ask again after {@link #setWeights} and its kin.
     */
    @Override
    public List<NDArray> parameters() {
        checkOpen();
        List<NDArray> theta = new ArrayList<>();
        for (int l = 0; l < depth(); l++) {
            theta.add(weights.get(l));
            theta.add(biases.get(l));
        }
        return theta;
    }

    @Override
    public NDArray forward(NDArray inputs) {
        NDArray h = inputs;
        for (int l = 0; l < depth(); l++) {
            NDArray z = dense(l, h);
            h = l < depth() - 1 ? activation().apply(z) : z;
        }
        return h;
    }

    /** z = h W_l^T + b_l for a batch h (one input per row), layer index l = 0..L-1. */
    NDArray dense(int index, NDArray h) {
        return h.matMul(weights.get(index).transpose()).add(biases.get(index));
    }

    /** W_l as a live array (index 0..L-1). */
    NDArray weightArray(int index) {
        return weights.get(index);
    }

    /**
     * A sub-manager with every parameter temporarily attached, so that arrays computed from
     * them are freed when it closes and the parameters return to the network.
     */
    NDManager scope() {
        checkOpen();
        return TorchArrays.scopeOver(parameters());
    }

    /** How many arrays the network's manager holds (a leak check for tests). */
    int managedArrayCount() {
        return manager.getManagedArrays().size();
    }

    /** Frees the network's native memory. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            manager.close();
        }
    }

    private double[] read(NDArray array) {
        checkOpen();
        return TorchArrays.inScope(parameters(), scope -> TorchArrays.doubles(array));
    }

    /**
     * Replaces one parameter array by a new one holding {@code values} (same shape). A new
     * array rather than an in-place write: PyTorch warns about writes into arrays that
     * track gradients.
     */
    private void replace(List<NDArray> arrays, int index, double[] values, String name) {
        checkOpen();
        for (int p = 0; p < values.length; p++) {
            if (!Double.isFinite(values[p])) {
                throw new IllegalArgumentException(name + " holds " + values[p] + " at entry "
                        + p + ": weights must be finite numbers");
            }
        }
        NDArray old = arrays.get(index);
        NDArray fresh = TorchArrays.create(manager, values, old.getShape(), precision());
        fresh.setRequiresGradient(true);
        arrays.set(index, fresh);
        old.close();
    }

    private void checkLayer(int layer) {
        checkOpen();
        if (layer < 1 || layer > depth()) {
            throw new IllegalArgumentException("layer " + layer + " does not exist: "
                    + spec + " has dense layers 1.." + depth() + " (W_1 is the first)");
        }
    }

    private IllegalArgumentException shapeError(String name, String got, int rows, int columns) {
        return new IllegalArgumentException(name + " must be " + rows + " x " + columns
                + " (rows are output units, as in PyTorch) but got " + got
                + ": transpose it if it is " + columns + " x " + rows);
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("this network was closed, which freed its "
                    + "weights: build a new one (spec().build())");
        }
    }

    @Override
    public String toString() {
        return spec.toString() + ", " + parameterCount() + " parameters";
    }
}
