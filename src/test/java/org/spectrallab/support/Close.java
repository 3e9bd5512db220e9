package org.spectrallab.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/** Assertions on numbers with tolerances relative to a stated scale. */
public final class Close {

    private Close() {
    }

    /**
     * |actual - expected| &lt;= tolerance * max(|expected|, scale) for every entry. The scale
     * keeps values near zero (an eigenvalue 0) from demanding impossible relative accuracy:
     * rounding there is relative to the operator's norm.
     */
    public static void assertClose(double[] expected, double[] actual, double tolerance,
                                   double scale, String what) {
        assertEquals(expected.length, actual.length, what + ": length");
        for (int i = 0; i < expected.length; i++) {
            double allowed = tolerance * Math.max(Math.abs(expected[i]), scale);
            if (!(Math.abs(actual[i] - expected[i]) <= allowed)) {
                fail(String.format("%s[%d]: expected %.17g, got %.17g (difference %.3g, allowed "
                        + "%.3g)", what, i, expected[i], actual[i],
                        Math.abs(actual[i] - expected[i]), allowed));
            }
        }
    }

    /** Relative closeness of two numbers: |actual - expected| &lt;= tolerance * |expected|. */
    public static void assertRelative(double expected, double actual, double tolerance,
                                      String what) {
        assertClose(new double[] {expected}, new double[] {actual}, tolerance, 0, what);
    }
}
