package org.spectrallab.spectral;

import java.util.Locale;
import java.util.function.DoubleUnaryOperator;
import org.la4j.Matrix;
import org.la4j.Vector;
import org.spectrallab.ShortNumber;
import org.spectrallab.numeric.Blas;
import org.spectrallab.numeric.DenseArrays;

/**
 * A function g on the spectrum of a symmetric operator L = U Lambda U^T (a graph Laplacian),
 * and the operator it defines:
 *
 * <pre>  g(L) = U g(Lambda) U^T = sum_j g(lambda_j) u_j u_j^T</pre>
 *
 * Filtering a signal x on the nodes multiplies its graph Fourier coefficients U^T x by g
 * (Hammond, Vandergheynst and Gribonval, "Wavelets on graphs via spectral graph theory",
 * Applied and Computational Harmonic Analysis 30, 2011, section 4). Every positive g makes
 * g(L) a kernel on the nodes: kernels are functions of the Laplacian (Smola and Kondor,
 * "Kernels and regularization on graphs", COLT 2003).
 *
 * <ul>
 *   <li>{@link #heat}: g(lambda) = exp(-t lambda), the heat kernel H_t = exp(-t L); a
 *       semigroup, H_s H_t = H_(s+t), t being diffusion time.</li>
 *   <li>{@link #resolvent}: g(lambda) = (lambda + a)^-s, the operator (L + a I)^-s; s = 1 is
 *       the regularised Laplacian kernel.</li>
 *   <li>{@link #projector}: g(lambda) = 1 for lambda &lt;= cutoff, else 0, the orthogonal
 *       projector onto the eigenvectors of eigenvalues up to the cutoff.</li>
 * </ul>
 *
 * <p>The exact forms below use the eigenpairs given: with all N of them they are exact, with
 * fewer they are g(L) restricted to the eigenvectors computed. {@link ChebyshevFiltering}
 * applies g(L) without any eigenvectors.
 */
public final class SpectralFilter {

    private final String name;
    private final DoubleUnaryOperator function;

    private SpectralFilter(String name, DoubleUnaryOperator function) {
        this.name = name;
        this.function = function;
    }

    /** Any function of the spectrum, named for legends and results.json. */
    public static SpectralFilter of(String name, DoubleUnaryOperator g) {
        if (name == null || g == null) {
            throw new IllegalArgumentException("a spectral filter needs a name and a function, "
                    + "e.g. SpectralFilter.of(\"low-pass\", l -> 1 / (1 + l))");
        }
        return new SpectralFilter(name, g);
    }

    /**
     * The heat kernel exp(-t lambda) at diffusion time t &gt;= 0.
     *
     * @throws IllegalArgumentException when t &lt; 0 or not finite
     */
    public static SpectralFilter heat(double t) {
        if (!(t >= 0) || Double.isInfinite(t)) {
            throw new IllegalArgumentException("heat time t = " + t + " is not allowed: t must "
                    + "be a finite number >= 0 (t = 0 is the identity; larger t diffuses "
                    + "further)");
        }
        return new SpectralFilter(String.format(Locale.ROOT, "heat exp(-%s L)", ShortNumber.of(t)),
                lambda -> Math.exp(-t * lambda));
    }

    /**
     * The resolvent (lambda + a)^-s, with shift a &gt; 0 (so that L + a I is invertible for
     * a positive semi-definite L) and power s &gt; 0.
     */
    public static SpectralFilter resolvent(double shift, double power) {
        requirePositive(shift, "resolvent shift a", "a keeps L + a I invertible; try 0.1");
        requirePositive(power, "resolvent power s", "s = 1 gives (L + a I)^-1");
        return new SpectralFilter(String.format(Locale.ROOT, "resolvent (L + %s I)^-%s",
                ShortNumber.of(shift), ShortNumber.of(power)), lambda -> Math.pow(lambda + shift, -power));
    }

    /** The spectral projector onto eigenvalues &lt;= cutoff: g = 1 there, 0 above. */
    public static SpectralFilter projector(double cutoff) {
        if (Double.isNaN(cutoff)) {
            throw new IllegalArgumentException("the projector's cutoff is NaN: give the largest "
                    + "eigenvalue to keep, e.g. 0.5");
        }
        return new SpectralFilter(String.format(Locale.ROOT, "projector onto lambda <= %s",
                ShortNumber.of(cutoff)), lambda -> lambda <= cutoff ? 1.0 : 0.0);
    }

    static void requirePositive(double value, String what, String hint) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " = " + value + " is not allowed: it must "
                    + "be a finite number > 0 (" + hint + ")");
        }
    }

    /** The filter's name, e.g. "heat exp(-2 L)". */
    public String name() {
        return name;
    }

    /** g(lambda). */
    public double at(double lambda) {
        return function.applyAsDouble(lambda);
    }

    /** g at every value given. */
    public double[] at(double[] lambdas) {
        double[] values = new double[lambdas.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = at(lambdas[i]);
        }
        return values;
    }

    /** The operator g(L) = U g(Lambda) U^T, N x N (BLAS). */
    public Matrix matrix(Eigenpairs basis) {
        int n = basis.dimension();
        int count = basis.count();
        double[] u = basis.vectorData();
        double[] g = at(basis.values());
        double[] scaled = new double[u.length];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < count; j++) {
                scaled[i * count + j] = u[i * count + j] * g[j];
            }
        }
        return DenseArrays.matrix(n, n, Blas.multiply(scaled, false, u, true, n, count, n));
    }

    /** g(L) x = U g(Lambda) U^T x. */
    public double[] apply(Eigenpairs basis, double[] signal) {
        double[] coefficients = ExactFiltering.fourierCoefficients(basis, signal);
        double[] g = at(basis.values());
        for (int j = 0; j < coefficients.length; j++) {
            coefficients[j] *= g[j];
        }
        return ExactFiltering.synthesis(basis, coefficients);
    }

    /** g(L) x for an la4j vector. */
    public Vector apply(Eigenpairs basis, Vector signal) {
        return DenseArrays.vector(apply(basis, DenseArrays.array(signal)));
    }

    /** trace g(L) = sum_j g(lambda_j), e.g. the heat trace for {@link #heat}. */
    public double trace(Eigenpairs basis) {
        double sum = 0;
        for (double value : at(basis.values())) {
            sum += value;
        }
        return sum;
    }

    @Override
    public String toString() {
        return name;
    }
}
