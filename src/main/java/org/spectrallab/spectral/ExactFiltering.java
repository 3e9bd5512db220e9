package org.spectrallab.spectral;

/**
 * Filtering through the eigenbasis: g(L) x = U g(Lambda) U^T x, with all N eigenpairs of L
 * (Hammond, Vandergheynst and Gribonval 2011, section 4). Exact to rounding; costs the full
 * eigen-decomposition once (O(N^3)), then O(N^2) per signal and filter.
 */
public final class ExactFiltering implements GraphFiltering {

    private final Eigenpairs basis;

    private ExactFiltering(Eigenpairs basis) {
        this.basis = basis;
    }

    /**
     * Filtering in the eigenbasis of L, e.g. {@code Eigensolver.all(UnnormalizedLaplacian.of(g))}.
     *
     * @throws IllegalArgumentException when fewer than all N eigenpairs are given
     */
    public static ExactFiltering of(Eigenpairs basis) {
        if (basis.count() != basis.dimension()) {
            throw new IllegalArgumentException("exact filtering needs all " + basis.dimension()
                    + " eigenpairs of L, got " + basis.count() + ": use Eigensolver.all(L), or "
                    + "ChebyshevFiltering for large graphs");
        }
        return new ExactFiltering(basis);
    }

    /** The eigenbasis used. */
    public Eigenpairs basis() {
        return basis;
    }

    @Override
    public int size() {
        return basis.dimension();
    }

    @Override
    public double[][] apply(FilterBank bank, double[] signal) {
        GraphFiltering.requireSignal(signal, size());
        double[] coefficients = fourierCoefficients(basis, signal);
        double[] lambdas = basis.values();
        double[][] out = new double[bank.size()][];
        for (int k = 0; k < bank.size(); k++) {
            double[] g = bank.filter(k).at(lambdas);
            double[] filtered = new double[coefficients.length];
            for (int j = 0; j < filtered.length; j++) {
                filtered[j] = g[j] * coefficients[j];
            }
            out[k] = synthesis(basis, filtered);
        }
        return out;
    }

    /** The graph Fourier coefficients U^T x over the eigenvectors given. */
    static double[] fourierCoefficients(Eigenpairs basis, double[] signal) {
        GraphFiltering.requireSignal(signal, basis.dimension());
        int count = basis.count();
        double[] u = basis.vectorData();
        double[] coefficients = new double[count];
        for (int i = 0; i < signal.length; i++) {
            double x = signal[i];
            for (int j = 0; j < count; j++) {
                coefficients[j] += u[i * count + j] * x;
            }
        }
        return coefficients;
    }

    /** The signal U c with the given coefficients. */
    static double[] synthesis(Eigenpairs basis, double[] coefficients) {
        int n = basis.dimension();
        int count = basis.count();
        double[] u = basis.vectorData();
        double[] signal = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < count; j++) {
                sum += u[i * count + j] * coefficients[j];
            }
            signal[i] = sum;
        }
        return signal;
    }
}
