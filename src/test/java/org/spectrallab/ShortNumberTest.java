package org.spectrallab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Numbers written for sentences. */
class ShortNumberTest {

    @Test
    void trailingZerosAreDropped() {
        assertEquals("0.02", ShortNumber.of(0.02));
        assertEquals("100", ShortNumber.of(100));
        assertEquals("0.1", ShortNumber.of(0.1));
        assertEquals("2.5e-07", ShortNumber.of(2.5e-7));
    }

    @Test
    void fourSignificantDigitsAreKept() {
        assertEquals("3.142", ShortNumber.of(Math.PI));
        assertEquals("1.235e+06", ShortNumber.of(1234567));
        assertEquals("-0.005", ShortNumber.of(-0.005));
    }

    @Test
    void nonFiniteValuesAreNamed() {
        assertEquals("NaN", ShortNumber.of(Double.NaN));
        assertEquals("Infinity", ShortNumber.of(Double.POSITIVE_INFINITY));
    }
}
