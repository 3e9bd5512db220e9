package org.spectrallab.entk;

/**
 * Which empirical NTK to compute; the conventions of the three are stated here once.
 * Gradients are taken with respect to theta, every weight and bias of the network, and
 * grad f_c(x) denotes d f_c(x) / d theta.
 *
 * <ul>
 *   <li>{@link #TRACE} (the default): K(x, x') = sum_c &lt;grad f_c(x), grad f_c(x')&gt;,
 *       an N x N matrix: the trace over outputs of the full kernel.</li>
 *   <li>{@link #FULL}: Theta[(i, a), (j, b)] = &lt;grad f_a(x_i), grad f_b(x_j)&gt;, an
 *       (N O) x (N O) matrix whose row for input i and output a is i O + a (input-major).
 *       It is the matrix J J^T of the Jacobian J of all outputs on all inputs.</li>
 *   <li>{@link #output(int) output(c)}: K_c(x, x') = &lt;grad f_c(x), grad f_c(x')&gt;, the
 *       kernel of one output, N x N.</li>
 * </ul>
 *
 * <p>The NTK is Jacot, Gabriel and Hongler's (NeurIPS 2018); the empirical (finite-width)
 * kernel, full and traced over outputs, is as in Novak, Sohl-Dickstein and Schoenholz, "Fast
 * finite width neural tangent kernel" (ICML 2022).
 */
public final class NtkKind {

    /** The trace kernel, summed over outputs. */
    public static final NtkKind TRACE = new NtkKind(Type.TRACE, -1);
    /** The full kernel over (input, output) pairs. */
    public static final NtkKind FULL = new NtkKind(Type.FULL, -1);

    enum Type { TRACE, FULL, OUTPUT }

    private final Type type;
    private final int output;

    private NtkKind(Type type, int output) {
        this.type = type;
        this.output = output;
    }

    /**
     * The kernel of output {@code c} alone (0-based).
     *
     * @throws IllegalArgumentException when c is negative
     */
    public static NtkKind output(int c) {
        if (c < 0) {
            throw new IllegalArgumentException("output " + c + " does not exist: outputs are "
                    + "numbered from 0");
        }
        return new NtkKind(Type.OUTPUT, c);
    }

    Type type() {
        return type;
    }

    /** The output of an {@link Type#OUTPUT} kernel. */
    int outputIndex() {
        return output;
    }

    /** Matrix rows per input: O for the full kernel, 1 otherwise. */
    int rowsPerInput(int outputs) {
        return type == Type.FULL ? outputs : 1;
    }

    /** Checks the kind against a network's number of outputs. */
    void check(int outputs) {
        if (type == Type.OUTPUT && output >= outputs) {
            throw new IllegalArgumentException("output " + output + " does not exist: the "
                    + "network has outputs 0.." + (outputs - 1));
        }
    }

    @Override
    public String toString() {
        switch (type) {
            case TRACE:
                return "trace eNTK";
            case FULL:
                return "full eNTK";
            default:
                return "eNTK of output " + output;
        }
    }
}
