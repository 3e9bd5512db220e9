package org.spectrallab.entk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.la4j.Matrix;

/** The same seed gives the same numbers, bit for bit. */
class DeterminismTest {

    private static final MlpSpec SPEC = MlpSpec.of(784, 32, 10).seed(42);

    @Test
    void sameSeedGivesSameWeights() {
        try (Mlp first = SPEC.build(); Mlp second = SPEC.build()) {
            assertArrayEquals(first.parameterVector(), second.parameterVector(), 0.0);
        }
    }

    @Test
    void differentSeedsGiveDifferentWeights() {
        try (Mlp first = SPEC.build(); Mlp second = SPEC.seed(43).build()) {
            assertFalse(Arrays.equals(first.parameterVector(), second.parameterVector()));
        }
    }

    @Test
    void sameSeedGivesSameKernel() {
        Matrix inputs = TestInputs.rows(20);
        try (Mlp first = SPEC.build(); Mlp second = SPEC.build()) {
            assertEquals(EmpiricalNtk.trace(first, inputs), EmpiricalNtk.trace(second, inputs));
        }
    }

    @Test
    void copyHasTheSameWeights() {
        try (Mlp network = SPEC.build(); Mlp copy = network.copy()) {
            assertArrayEquals(network.parameterVector(), copy.parameterVector(), 0.0);
        }
    }
}
