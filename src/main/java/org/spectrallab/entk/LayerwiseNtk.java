package org.spectrallab.entk;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * The empirical NTK of an {@link Mlp} in closed form, layer by layer, with matrix products
 * only (no loop over parameters, no Jacobian).
 *
 * <p>For dense layer l, z_l = W_l h_(l-1) + b_l with h_0 = x and h_l = phi(z_l). Write
 * delta_l^c(x) = d f_c(x) / d z_l, the signal back-propagated to layer l for output c:
 * delta_L^c = e_c and delta_l^c = phi'(z_l) * (W_(l+1)^T delta_(l+1)^c). The gradient of
 * f_c with respect to W_l is the outer product delta_l^c h_(l-1)^T, and with respect to b_l
 * it is delta_l^c, so
 *
 * <pre>
 *   &lt;grad f_a(x), grad f_b(x')&gt;
 *       = sum_l &lt;delta_l^a(x), delta_l^b(x')&gt; (&lt;h_(l-1)(x), h_(l-1)(x')&gt; + 1),
 * </pre>
 *
 * <p>since &lt;u v^T, u' v'^T&gt;_F = &lt;u, u'&gt; &lt;v, v'&gt;. Over a batch that is, for every
 * kernel of {@link NtkKind}, a sum over layers of the elementwise product of two Gram
 * matrices: G_l = H_(l-1) H'_(l-1)^T + 1 (inputs to the layer) and the Gram matrix of the
 * back-propagated signals (for the trace kernel, of the signals of all outputs side by
 * side). This is the structure Novak, Sohl-Dickstein and Schoenholz (ICML 2022) exploit in
 * their "structured derivatives"; for a dense net it is exact, not an approximation.
 *
 * <p>Cost for N inputs, O outputs and hidden widths n_l: the products are N^2 (d + sum_l
 * O n_l) multiply-adds, against N^2 O P for contracting per-example gradients (P the number
 * of parameters). Memory: the signals, N O n_l numbers per layer, and the kernel.
 */
public final class LayerwiseNtk {

    private LayerwiseNtk() {
    }

    /**
     * The kernel between two batches of inputs, or of one batch with itself when
     * {@code b == null}.
     *
     * @return row-major, (na x nb) times {@code kind.rowsPerInput(O)} squared
     */
    static double[] compute(Mlp network, double[] a, int na, double[] b, int nb, NtkKind kind) {
        try (NDManager scope = network.scope()) {
            Signals first = Signals.of(network, TorchArrays.matrix(scope, a, na,
                    network.inputWidth(), network.precision()));
            Signals second = b == null ? first : Signals.of(network, TorchArrays.matrix(scope,
                    b, nb, network.inputWidth(), network.precision()));
            NDArray kernel = null;
            for (int l = 0; l < network.depth(); l++) {
                NDArray term = layerTerm(network, first, second, l, kind);
                kernel = kernel == null ? term : kernel.add(term);
            }
            return TorchArrays.doubles(kernel);
        }
    }

    /** Layer l's contribution: (signal Gram) elementwise times (input Gram + 1). */
    private static NDArray layerTerm(Mlp network, Signals first, Signals second, int l,
                                     NtkKind kind) {
        NDArray inputGram = first.layerInputs.get(l).matMul(
                second.layerInputs.get(l).transpose()).add(1);
        int outputs = network.outputWidth();
        boolean last = l == network.depth() - 1;
        switch (kind.type()) {
            case TRACE:
                return last ? inputGram.mul(outputs)
                        : inputGram.mul(signalGram(first.flatSignals(l), second.flatSignals(l)));
            case OUTPUT:
                return last ? inputGram : inputGram.mul(signalGram(
                        first.signalsOf(l, kind.outputIndex()),
                        second.signalsOf(l, kind.outputIndex())));
            default:
                return fullTerm(network, first, second, l, inputGram, last);
        }
    }

    /**
     * The full kernel's term, shaped (Na O) x (Nb O): entry [(i, a), (j, b)] is
     * &lt;delta_l^a(x_i), delta_l^b(x_j)&gt; G_l[i, j]; at the last layer delta is e_a, so
     * the signal product is 1 when a = b and 0 otherwise.
     */
    private static NDArray fullTerm(Mlp network, Signals first, Signals second, int l,
                                    NDArray inputGram, boolean last) {
        int outputs = network.outputWidth();
        long na = first.count;
        long nb = second.count;
        NDArray blockwise = inputGram.reshape(na, 1, nb, 1);
        NDArray signalProducts;
        if (last) {
            NDManager manager = inputGram.getManager();
            signalProducts = manager.eye(outputs, outputs, 0, inputGram.getDataType())
                    .reshape(1, outputs, 1, outputs);
        } else {
            signalProducts = signalGram(first.rowSignals(l), second.rowSignals(l))
                    .reshape(na, outputs, nb, outputs);
        }
        return signalProducts.mul(blockwise).reshape(na * outputs, nb * outputs);
    }

    private static NDArray signalGram(NDArray first, NDArray second) {
        return first.matMul(second.transpose());
    }

    /** The forward and backward quantities of one batch that the kernel is built from. */
    private static final class Signals {
        /** How many inputs. */
        final long count;
        /** H_(l-1), the input to layer l (N x n_(l-1)), at index l-1. */
        final List<NDArray> layerInputs = new ArrayList<>();
        /** delta_l for the hidden layers l = 1..L-1 at index l-1, each N x O x n_l. */
        final List<NDArray> signals = new ArrayList<>();

        private Signals(long count) {
            this.count = count;
        }

        static Signals of(Mlp network, NDArray inputs) {
            Signals s = new Signals(inputs.getShape().get(0));
            List<NDArray> derivatives = new ArrayList<>();
            NDArray h = inputs;
            for (int l = 0; l < network.depth(); l++) {
                s.layerInputs.add(h);
                if (l < network.depth() - 1) {
                    NDArray z = network.dense(l, h);
                    derivatives.add(network.activation().derivative(z));
                    h = network.activation().apply(z);
                }
            }
            s.backPropagate(network, derivatives);
            return s;
        }

        /**
         * delta_(L-1)[i, c, :] = phi'(z_(L-1)(x_i)) * W_L[c, :], then
         * delta_l[i, c, :] = phi'(z_l(x_i)) * (delta_(l+1)[i, c, :] W_(l+1)).
         */
        private void backPropagate(Mlp network, List<NDArray> derivatives) {
            int hidden = network.depth() - 1;
            int outputs = network.outputWidth();
            NDArray[] deltas = new NDArray[hidden];
            for (int l = hidden - 1; l >= 0; l--) {
                NDArray derivative = derivatives.get(l);
                long width = derivative.getShape().get(1);
                NDArray pulledBack;
                if (l == hidden - 1) {
                    pulledBack = network.weightArray(l + 1).expandDims(0);
                } else {
                    NDArray next = deltas[l + 1];
                    pulledBack = next.reshape(count * outputs, next.getShape().get(2))
                            .matMul(network.weightArray(l + 1)).reshape(count, outputs, width);
                }
                deltas[l] = pulledBack.mul(derivative.reshape(count, 1, width));
            }
            signals.addAll(List.of(deltas));
        }

        /** delta_l with the outputs side by side: N x (O n_l). */
        NDArray flatSignals(int l) {
            NDArray delta = signals.get(l);
            return delta.reshape(count, -1);
        }

        /** delta_l with one row per (input, output): (N O) x n_l, input-major. */
        NDArray rowSignals(int l) {
            NDArray delta = signals.get(l);
            return delta.reshape(-1, delta.getShape().get(2));
        }

        /** delta_l^c for one output c: N x n_l. */
        NDArray signalsOf(int l, int c) {
            return signals.get(l).get(new NDIndex(":, {}, :", c));
        }
    }
}
