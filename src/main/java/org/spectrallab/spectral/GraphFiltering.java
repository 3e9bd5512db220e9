package org.spectrallab.spectral;

/**
 * A way to apply functions of a graph Laplacian L to signals on its N nodes:
 * {@link ExactFiltering} through the eigenbasis, {@link ChebyshevFiltering} by a polynomial
 * in L. The filters and their conventions are {@link SpectralFilter}'s and
 * {@link FilterBank}'s.
 *
 * <p>A wavelet atom is a filter localised at a node i: g(L) delta_i, column i of g(L)
 * (Hammond, Vandergheynst and Gribonval 2011, section 4.1). {@link #atom} returns exactly
 * that; {@link #localized} multiplies it by sqrt(N) as PyGSP's Filter.localize does, which
 * makes a graph's atoms comparable across graph sizes.
 */
public interface GraphFiltering {

    /** The number of nodes N. */
    int size();

    /**
     * Every filter of the bank applied to one signal.
     *
     * @return [filter][node]
     * @throws IllegalArgumentException when the signal's length is not N
     */
    double[][] apply(FilterBank bank, double[] signal);

    /** g(L) x for one filter. */
    default double[] apply(SpectralFilter filter, double[] signal) {
        return apply(FilterBank.of(filter.name(), filter), signal)[0];
    }

    /** The bank's atoms at a node: g_k(L) delta_node for every filter k, no sqrt(N) factor. */
    default double[][] atoms(FilterBank bank, int node) {
        return apply(bank, delta(size(), node));
    }

    /** The atom g(L) delta_node, no sqrt(N) factor. */
    default double[] atom(SpectralFilter filter, int node) {
        return apply(filter, delta(size(), node));
    }

    /** PyGSP's localize: sqrt(N) g(L) delta_node. */
    default double[] localized(SpectralFilter filter, int node) {
        double[] atom = atom(filter, node);
        double factor = Math.sqrt(size());
        for (int i = 0; i < atom.length; i++) {
            atom[i] *= factor;
        }
        return atom;
    }

    /**
     * The unit signal at one node.
     *
     * @throws IllegalArgumentException when the node is not in 0..n-1
     */
    static double[] delta(int n, int node) {
        if (node < 0 || node >= n) {
            throw new IllegalArgumentException("node " + node + " does not exist: the graph has "
                    + n + " nodes, numbered 0.." + (n - 1));
        }
        double[] delta = new double[n];
        delta[node] = 1;
        return delta;
    }

    /** Checks a signal's length against the graph's size. */
    static void requireSignal(double[] signal, int n) {
        if (signal == null || signal.length != n) {
            throw new IllegalArgumentException("the signal has " + (signal == null ? "no"
                    : signal.length) + " values but the graph has " + n + " nodes: give one "
                    + "value per node");
        }
    }
}
