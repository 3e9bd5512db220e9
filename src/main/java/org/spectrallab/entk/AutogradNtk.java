package org.spectrallab.entk;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.spectrallab.numeric.MemoryGuard;

/**
 * The empirical NTK of any {@link DifferentiableModel} from per-example gradients taken by
 * DJL's autograd: one backward pass per (input, output) pair gives the row grad f_c(x_i) of
 * the Jacobian, and kernel entries are inner products of rows (conventions in
 * {@link NtkKind}).
 *
 * <p>Memory stays bounded: the Jacobian is never held whole. Rows are computed a chunk of
 * inputs at a time into a gradient store of at most {@code budget} bytes; a sweep keeps as
 * many chunks resident as fit, multiplies them with each other, then streams the remaining
 * chunks past them one by one and drops each after use. The trace kernel needs only pairs
 * with the same output, so it is built output by output and its store holds one output's
 * rows: N P numbers at most instead of N O P. When everything fits, each row is computed
 * once; otherwise rows are recomputed in later sweeps (time traded for memory).
 *
 * <p>This is the independent check on {@link LayerwiseNtk}: slow (N O backward passes and
 * N^2 O P multiply-adds for the trace kernel) but blind to the network's structure.
 */
public final class AutogradNtk {

    /** The default gradient store: 1 GiB. */
    public static final long DEFAULT_BUDGET_BYTES = 1L << 30;

    private final DifferentiableModel model;
    private final List<NDArray> parameters;
    private final long parameterCount;
    private final int outputs;

    private AutogradNtk(DifferentiableModel model) {
        this.model = model;
        this.parameters = model.parameters();
        this.parameterCount = parameters.stream().mapToLong(NDArray::size).sum();
        this.outputs = model.outputWidth();
    }

    /**
     * The kernel between two batches, or of one batch with itself when {@code b == null}.
     *
     * @param budget bytes the gradient store may take
     * @return row-major, (na x nb) times {@code kind.rowsPerInput(O)} squared
     * @throws IllegalArgumentException when one input's gradients alone exceed the budget
     */
    static double[] compute(DifferentiableModel model, double[] a, int na, double[] b, int nb,
                            NtkKind kind, long budget) {
        AutogradNtk ntk = new AutogradNtk(model);
        TorchArrays.runInScope(ntk.parameters, scope -> zeroGradients(ntk.parameters));
        Batch first = new Batch(a, na, model.inputWidth());
        Batch second = b == null ? first : new Batch(b, nb, model.inputWidth());
        int rowsPerInput = kind.rowsPerInput(ntk.outputs);
        double[] kernel = new double[Math.multiplyExact(na * rowsPerInput, nb * rowsPerInput)];
        for (int[] channel : ntk.channels(kind)) {
            ntk.accumulate(first, second, channel, kernel, nb * rowsPerInput, budget);
        }
        return kernel;
    }

    /**
     * Groups of outputs whose rows pair with each other: each output alone for the trace
     * kernel, the one output asked for, or all outputs together for the full kernel.
     */
    private List<int[]> channels(NtkKind kind) {
        List<int[]> channels = new ArrayList<>();
        switch (kind.type()) {
            case TRACE:
                for (int c = 0; c < outputs; c++) {
                    channels.add(new int[] {c});
                }
                break;
            case OUTPUT:
                channels.add(new int[] {kind.outputIndex()});
                break;
            default:
                int[] all = new int[outputs];
                for (int c = 0; c < outputs; c++) {
                    all[c] = c;
                }
                channels.add(all);
        }
        return channels;
    }

    /** Adds the inner products of one channel's rows into the kernel, sweep by sweep. */
    private void accumulate(Batch first, Batch second, int[] channel, double[] kernel,
                            int kernelColumns, long budget) {
        long bytesPerInput = parameterCount * model.precision().bytes() * channel.length;
        int chunk = (int) Math.min(Integer.MAX_VALUE, budget / 4 / bytesPerInput);
        if (chunk < 1) {
            throw new IllegalArgumentException("one input's gradients take "
                    + MemoryGuard.size(bytesPerInput) + " (" + parameterCount + " parameters x "
                    + channel.length + " output(s)) but the gradient budget is "
                    + MemoryGuard.size(budget) + ": raise the budget to at least "
                    + MemoryGuard.size(4 * bytesPerInput) + ", or use the layer-wise method");
        }
        int residentChunks = (int) Math.max(1, (budget - chunk * bytesPerInput)
                / (chunk * bytesPerInput));
        boolean symmetric = first == second;
        for (int start = 0; start < first.count; start += residentChunks * chunk) {
            try (NDManager sweep = TorchArrays.scopeOver(parameters)) {
                int end = Math.min(first.count, start + residentChunks * chunk);
                List<Chunk> resident = new ArrayList<>();
                for (int from = start; from < end; from += chunk) {
                    Chunk rows = rows(sweep, first, from, Math.min(end, from + chunk), channel);
                    if (symmetric) {
                        for (Chunk earlier : resident) {
                            contract(earlier, rows, true, channel, kernel, kernelColumns);
                        }
                        contract(rows, rows, false, channel, kernel, kernelColumns);
                    }
                    resident.add(rows);
                }
                streamPast(resident, second, symmetric ? end : 0, chunk, channel, kernel,
                        kernelColumns);
            }
        }
    }

    /**
     * Computes the chunks of {@code batch} from {@code from} on, one at a time, pairs each
     * with the resident chunks and drops it.
     */
    private void streamPast(List<Chunk> resident, Batch batch, int from, int chunk,
                            int[] channel, double[] kernel, int kernelColumns) {
        boolean symmetric = resident.get(0).batch == batch;
        for (int start = from; start < batch.count; start += chunk) {
            NDManager owner = resident.get(0).rows.getManager();
            try (NDManager streamScope = owner.newSubManager()) {
                Chunk streamed = rows(streamScope, batch, start,
                        Math.min(batch.count, start + chunk), channel);
                for (Chunk held : resident) {
                    contract(held, streamed, symmetric, channel, kernel, kernelColumns);
                }
            }
        }
    }

    /**
     * Adds the inner products of two chunks' rows into the kernel (and their mirror image
     * when the pair lies off the diagonal of a symmetric kernel).
     */
    private void contract(Chunk left, Chunk right, boolean mirror, int[] channel,
                          double[] kernel, int kernelColumns) {
        double[] products = TorchArrays.doubles(left.rows.matMul(right.rows.transpose()));
        int leftRows = left.size() * channel.length;
        int rightRows = right.size() * channel.length;
        for (int p = 0; p < leftRows; p++) {
            int i = kernelIndex(left, p, channel);
            for (int q = 0; q < rightRows; q++) {
                int j = kernelIndex(right, q, channel);
                double value = products[p * rightRows + q];
                kernel[i * kernelColumns + j] += value;
                if (mirror) {
                    kernel[j * kernelColumns + i] += value;
                }
            }
        }
    }

    /**
     * The kernel row of a chunk's row: the input's index for the trace and one-output
     * kernels, input index times O plus output for the full kernel.
     */
    private int kernelIndex(Chunk chunk, int row, int[] channel) {
        int input = chunk.from + row / channel.length;
        return channel.length == 1 ? input : input * outputs + channel[row % channel.length];
    }

    /**
     * The Jacobian rows grad f_c(x_i) for inputs from..to-1 and the channel's outputs c,
     * input-major, as one (count |channel|) x P array owned by {@code owner}.
     */
    private Chunk rows(NDManager owner, Batch batch, int from, int to, int[] channel) {
        NDArray rows = owner.zeros(new Shape((long) (to - from) * channel.length,
                parameterCount), model.precision().dataType());
        int row = 0;
        for (int i = from; i < to; i++) {
            for (int c : channel) {
                writeGradient(rows, row++, batch, i, c);
            }
        }
        return new Chunk(batch, from, to, rows);
    }

    /**
     * Writes grad f_c(x_i), flattened over every parameter (W_1, b_1, ... in order), into
     * one row of {@code rows}, from one backward pass. The parameters' gradient buffers are
     * zeroed afterwards, since backward passes accumulate into them; everything the pass
     * created is freed when it ends.
     */
    private void writeGradient(NDArray rows, int row, Batch batch, int i, int c) {
        try (NDManager pass = TorchArrays.scopeOver(parameters)) {
            NDArray input = TorchArrays.matrix(pass, batch.row(i), 1, model.inputWidth(),
                    model.precision());
            try (GradientCollector collector = TorchEngine.newGradientCollector()) {
                collector.backward(model.forward(input).get(0, c));
            }
            NDList parts = new NDList();
            for (NDArray parameter : parameters) {
                parts.add(parameter.getGradient().flatten());
            }
            rows.set(new NDIndex().addIndices(row), NDArrays.concat(parts));
            zeroGradients(parameters);
        }
    }

    /** Sets every parameter's accumulated gradient to zero. */
    static void zeroGradients(List<NDArray> parameters) {
        for (NDArray parameter : parameters) {
            if (parameter.hasGradient()) {
                NDArray gradient = parameter.getGradient();
                gradient.subi(gradient);
            }
        }
    }

    /** A batch of inputs as row-major doubles. */
    private static final class Batch {
        final double[] values;
        final int count;
        final int width;

        Batch(double[] values, int count, int width) {
            this.values = values;
            this.count = count;
            this.width = width;
        }

        double[] row(int i) {
            return Arrays.copyOfRange(values, i * width, (i + 1) * width);
        }
    }

    /** Jacobian rows of inputs from..to-1 of a batch. */
    private static final class Chunk {
        final Batch batch;
        final int from;
        final int to;
        final NDArray rows;

        Chunk(Batch batch, int from, int to, NDArray rows) {
            this.batch = batch;
            this.from = from;
            this.to = to;
            this.rows = rows;
        }

        int size() {
            return to - from;
        }
    }
}
