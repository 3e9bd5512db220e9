package org.spectrallab.spectral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The log-log least-squares fit of a spectrum and how it prints. */
class PowerLawFitTest {

    private static double[] powerLaw(double constant, double exponent, int n) {
        double[] values = new double[n];
        for (int j = 1; j <= n; j++) {
            values[j - 1] = constant * Math.pow(j, -exponent);
        }
        return values;
    }

    @Test
    void anExactPowerLawIsRecovered() {
        PowerLawFit fit = PowerLawFit.of(powerLaw(3.0, 1.5, 50), 2, 40);
        assertEquals(1.5, fit.exponent(), 1e-12);
        assertEquals(3.0, fit.constant(), 1e-12);
        assertEquals(3.0 * Math.pow(10, -1.5), fit.at(10), 1e-12);
    }

    @Test
    void aDecayingFitPrintsAMinusSign() {
        assertEquals("lambda_j ~ 3.00 j^(-1.50) over ranks 2..40",
                PowerLawFit.of(powerLaw(3.0, 1.5, 50), 2, 40).toString());
    }

    @Test
    void aGrowingFitPrintsAPlusSignNotTwoMinuses() {
        assertEquals("lambda_j ~ 2.00 j^(+0.25) over ranks 1..10",
                PowerLawFit.of(powerLaw(2.0, -0.25, 10), 1, 10).toString());
    }

    @Test
    void aNonPositiveEigenvalueInTheRangeIsRefused() {
        double[] values = powerLaw(1.0, 1.0, 10);
        values[5] = 0;
        assertThrows(IllegalArgumentException.class, () -> PowerLawFit.of(values, 1, 10));
    }
}
