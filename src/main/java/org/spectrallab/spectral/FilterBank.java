package org.spectrallab.spectral;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

/**
 * A list of {@link SpectralFilter}s applied together: a graph wavelet frame when it holds a
 * low-pass scaling function h and band-pass wavelets g(s_k lambda) at scales s_k (Hammond,
 * Vandergheynst and Gribonval, "Wavelets on graphs via spectral graph theory", Applied and
 * Computational Harmonic Analysis 30, 2011, sections 4 and 8).
 *
 * <p>The banks follow PyGSP 0.6's conventions (its filters Heat, MexicanHat and Abspline),
 * all on the spectrum [0, lmax] of a Laplacian:
 *
 * <ul>
 *   <li>{@link #heat}: one filter exp(-scale lambda / lmax) per scale, i.e.
 *       {@link SpectralFilter#heat} at time t = scale / lmax. PyGSP's default scale is 10.</li>
 *   <li>{@link #mexicanHat} and {@link #abspline}: with lmin = lmax / lowPassFactor, the
 *       wavelet scales s_k run geometrically from 2 / lmin down to 1 / lmax (PyGSP's
 *       compute_log_scales), one fewer than the number of filters. Filter 0 is the scaling
 *       function, filters 1.. the wavelets g(s_k lambda), unnormalised.
 *     <ul>
 *       <li>Mexican hat: g(x) = x exp(-x); h(lambda) = 1.2 e^-1 exp(-(lambda / (0.4 lmin))^4).</li>
 *       <li>Abspline: g(x) = x^2 for x &lt; 1, x^3 - 6 x^2 + 11 x - 5 on [1, 2), 4 / x^2 from
 *           2 on (the cubic spline joining x^2 and 4 / x^2 with matching slopes);
 *           h(lambda) = gamma exp(-(lambda / (0.6 lmin))^4), gamma = the cubic's maximum
 *           1 + 2 / (3 sqrt 3), at x = 2 - 1 / sqrt 3 (PyGSP finds it numerically).</li>
 *     </ul>
 *   </li>
 * </ul>
 * Defaults: 6 filters, low-pass factor 20, as in PyGSP.
 */
public final class FilterBank {

    /** PyGSP's number of filters in a wavelet bank, the scaling function included. */
    public static final int DEFAULT_FILTERS = 6;
    /** PyGSP's lmax / lmin: the scaling function covers [0, about lmax / 20]. */
    public static final double DEFAULT_LOW_PASS_FACTOR = 20;

    private static final double ABSPLINE_PEAK = 1 + 2 / (3 * Math.sqrt(3));

    private final String name;
    private final List<SpectralFilter> filters;
    private final double[] scales;

    private FilterBank(String name, List<SpectralFilter> filters, double[] scales) {
        this.name = name;
        this.filters = List.copyOf(filters);
        this.scales = scales;
    }

    /** A bank of the given filters, in order. */
    public static FilterBank of(String name, SpectralFilter... filters) {
        if (filters.length == 0) {
            throw new IllegalArgumentException("a filter bank needs at least one filter");
        }
        return new FilterBank(name, List.of(filters), new double[0]);
    }

    /**
     * PyGSP's heat filters exp(-scale lambda / lmax), one per scale.
     *
     * @throws IllegalArgumentException when lmax or a scale is not a finite number &gt; 0
     */
    public static FilterBank heat(double lmax, double... scales) {
        requireLmax(lmax);
        if (scales.length == 0) {
            throw new IllegalArgumentException("no heat scales given: give one or more, e.g. "
                    + "10, 25, 50 (PyGSP's default is 10)");
        }
        List<SpectralFilter> filters = new ArrayList<>();
        for (double scale : scales) {
            SpectralFilter.requirePositive(scale, "heat scale", "the filter is exp(-scale "
                    + "lambda / lmax); PyGSP's default is 10");
            SpectralFilter time = SpectralFilter.heat(scale / lmax);
            filters.add(SpectralFilter.of(String.format(Locale.ROOT, "heat, scale %s",
                    trimmed(scale)), time::at));
        }
        return new FilterBank("heat", filters, scales.clone());
    }

    /** PyGSP's Mexican hat bank: 6 filters, low-pass factor 20. */
    public static FilterBank mexicanHat(double lmax) {
        return mexicanHat(lmax, DEFAULT_FILTERS, DEFAULT_LOW_PASS_FACTOR);
    }

    /** PyGSP's Mexican hat bank with {@code count} filters (the scaling function included). */
    public static FilterBank mexicanHat(double lmax, int count, double lowPassFactor) {
        return waveletBank("Mexican hat", lmax, count, lowPassFactor, 1.2 * Math.exp(-1), 0.4,
                x -> x * Math.exp(-x));
    }

    /** PyGSP's Abspline bank: 6 filters, low-pass factor 20. */
    public static FilterBank abspline(double lmax) {
        return abspline(lmax, DEFAULT_FILTERS, DEFAULT_LOW_PASS_FACTOR);
    }

    /** PyGSP's Abspline bank with {@code count} filters (the scaling function included). */
    public static FilterBank abspline(double lmax, int count, double lowPassFactor) {
        return waveletBank("Abspline", lmax, count, lowPassFactor, ABSPLINE_PEAK, 0.6,
                FilterBank::absplineWavelet);
    }

    /**
     * A bank in PyGSP's layout: the scaling function height exp(-(lambda / (width lmin))^4),
     * then the mother wavelet g(s_k lambda) at each of the log scales s_k.
     */
    private static FilterBank waveletBank(String family, double lmax, int count,
                                          double lowPassFactor, double height, double width,
                                          DoubleUnaryOperator mother) {
        double lmin = lowestWaveletFrequency(lmax, count, lowPassFactor);
        double[] scales = logScales(lmin, lmax, count - 1);
        List<SpectralFilter> filters = new ArrayList<>();
        filters.add(SpectralFilter.of(family + " scaling function",
                lambda -> height * Math.exp(-Math.pow(lambda / (width * lmin), 4))));
        for (double scale : scales) {
            filters.add(SpectralFilter.of(waveletName(family, scale),
                    lambda -> mother.applyAsDouble(scale * lambda)));
        }
        return new FilterBank(family, filters, scales);
    }

    /** The Abspline mother wavelet: x^2, then a cubic on [1, 2), then 4 / x^2. */
    static double absplineWavelet(double x) {
        if (x < 1) {
            return x * x;
        }
        if (x < 2) {
            return ((x - 6) * x + 11) * x - 5;
        }
        return 4 / (x * x);
    }

    private static double lowestWaveletFrequency(double lmax, int count, double lowPassFactor) {
        requireLmax(lmax);
        if (count < 2) {
            throw new IllegalArgumentException("a wavelet bank of " + count + " filters has no "
                    + "wavelet: give at least 2 (the scaling function and one wavelet); PyGSP "
                    + "uses 6");
        }
        SpectralFilter.requirePositive(lowPassFactor, "the low-pass factor", "lmin = lmax / "
                + "factor; PyGSP uses 20");
        return lmax / lowPassFactor;
    }

    /** exp(linspace(log(2 / lmin), log(1 / lmax), count)): PyGSP's compute_log_scales. */
    private static double[] logScales(double lmin, double lmax, int count) {
        double first = Math.log(2 / lmin);
        double last = Math.log(1 / lmax);
        double[] scales = new double[count];
        for (int k = 0; k < count; k++) {
            double fraction = count == 1 ? 0 : (double) k / (count - 1);
            scales[k] = Math.exp(first + fraction * (last - first));
        }
        return scales;
    }

    static void requireLmax(double lmax) {
        if (!(lmax > 0) || Double.isInfinite(lmax)) {
            throw new IllegalArgumentException("lmax = " + lmax + " is not allowed: it is the "
                    + "largest eigenvalue of the Laplacian, a finite number > 0 "
                    + "(LargestEigenvalue.exact or .upperEstimate give it)");
        }
    }

    private static String waveletName(String family, double scale) {
        return String.format(Locale.ROOT, "%s wavelet, scale %.3g", family, scale);
    }

    private static String trimmed(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value)
                : String.format(Locale.ROOT, "%.3g", value);
    }

    /** The bank's family name, e.g. "Mexican hat". */
    public String name() {
        return name;
    }

    /** The number of filters. */
    public int size() {
        return filters.size();
    }

    /** Filter k (for wavelet banks, 0 is the scaling function). */
    public SpectralFilter filter(int k) {
        if (k < 0 || k >= filters.size()) {
            throw new IllegalArgumentException("filter " + k + " does not exist: the bank has "
                    + filters.size() + " (0.." + (filters.size() - 1) + ")");
        }
        return filters.get(k);
    }

    /** The filters, in order. */
    public List<SpectralFilter> filters() {
        return filters;
    }

    /** The filters' names, in order. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        filters.forEach(f -> names.add(f.name()));
        return names;
    }

    /** The heat scales, or the wavelet scales s_k of a wavelet bank (a fresh copy). */
    public double[] scales() {
        return scales.clone();
    }

    /** Every filter at every value: [filter][value]. */
    public double[][] evaluate(double[] lambdas) {
        double[][] values = new double[size()][];
        for (int k = 0; k < size(); k++) {
            values[k] = filters.get(k).at(lambdas);
        }
        return values;
    }

    /**
     * The frame bounds A = min G, B = max G of G(lambda) = sum_k g_k(lambda)^2 over the
     * values given: A |x|^2 &lt;= sum_k |g_k(L) x|^2 &lt;= B |x|^2 for every signal x when the
     * values are L's eigenvalues (Hammond et al. 2011, section 5.2).
     */
    public FrameBounds frameBounds(double[] eigenvalues) {
        if (eigenvalues.length == 0) {
            throw new IllegalArgumentException("no eigenvalues given: frame bounds are taken "
                    + "over the spectrum, e.g. Eigensolver.all(L).values()");
        }
        double lower = Double.POSITIVE_INFINITY;
        double upper = 0;
        for (double lambda : eigenvalues) {
            double sum = 0;
            for (SpectralFilter filter : filters) {
                double g = filter.at(lambda);
                sum += g * g;
            }
            lower = Math.min(lower, sum);
            upper = Math.max(upper, sum);
        }
        return new FrameBounds(lower, upper);
    }

    /**
     * The frame bounds of a filter bank.
     *
     * @param lower A, the least energy the bank keeps of a unit signal
     * @param upper B, the most
     */
    public record FrameBounds(double lower, double upper) {

        /** B / A: 1 for a tight frame, large when some frequency is nearly lost. */
        public double ratio() {
            return upper / lower;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "A = %.4g, B = %.4g (B / A = %.3g)", lower, upper,
                    ratio());
        }
    }

    @Override
    public String toString() {
        return name + " bank of " + size() + " filters: " + String.join("; ", names());
    }
}
