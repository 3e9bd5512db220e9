package org.spectrallab.spectral;

import java.util.Locale;

/**
 * A power law lambda_j ~ C j^(-alpha) fitted to a decreasing spectrum by least squares on
 * log-log axes, over the ranks {@code first..last} (1-based, inclusive):
 *
 * <pre>  log lambda_j = log C - alpha log j</pre>
 *
 * <p>The exponent alpha says how fast a kernel forgets detail: kernel regression learns
 * the top eigenfunctions first, and alpha sets how many it can afford (Bordelon, Canatar
 * and Pehlevan 2020). Non-positive eigenvalues in the range are refused: the log is
 * undefined.
 *
 * @param exponent alpha
 * @param constant C
 * @param first the first rank used
 * @param last the last rank used
 */
public record PowerLawFit(double exponent, double constant, int first, int last) {

    /** Fits ranks {@code first..last} of the eigenvalues (sorted descending). */
    public static PowerLawFit of(double[] descending, int first, int last) {
        if (first < 1 || last > descending.length || last - first < 1) {
            throw new IllegalArgumentException("fit range " + first + ".." + last + " must lie in 1.."
                    + descending.length + " and hold at least two ranks");
        }
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        int count = last - first + 1;
        for (int j = first; j <= last; j++) {
            double value = descending[j - 1];
            if (!(value > 0)) {
                throw new IllegalArgumentException("eigenvalue " + j + " is " + value
                        + ": a power law needs positive values; fit a shorter range");
            }
            double x = Math.log(j);
            double y = Math.log(value);
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        double slope = (count * sxy - sx * sy) / (count * sxx - sx * sx);
        double intercept = (sy - slope * sx) / count;
        return new PowerLawFit(-slope, Math.exp(intercept), first, last);
    }

    /** The fitted value C j^(-alpha) at rank j. */
    public double at(double rank) {
        return constant * Math.pow(rank, -exponent);
    }

    /** The fitted curve at ranks first..last, for plotting. */
    public double[] curve() {
        double[] values = new double[last - first + 1];
        for (int j = first; j <= last; j++) {
            values[j - first] = at(j);
        }
        return values;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "lambda_j ~ %.3g j^(%+.2f) over ranks %d..%d",
                constant, -exponent, first, last);
    }
}
