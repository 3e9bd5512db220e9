package org.spectrallab.entk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.la4j.Matrix;

class MlpTest {

    @Test
    void referenceWeightsReproduceReferenceOutputs() {
        try (Mlp mlp = ReferenceBlock.network()) {
            Matrix outputs = mlp.outputs(ReferenceBlock.inputs().copyOfRows(2));
            Matrix expected = ReferenceBlock.asMatrix("outputs_first2");
            // float64 forward pass through 784 + 64 terms: rounding stays near 1e-15
            assertTrue(outputs.subtract(expected).max() < 1e-12
                    && expected.subtract(outputs).max() < 1e-12, outputs + " vs " + expected);
        }
    }

    @Test
    void weightsReadBackAsTheyWereSet() {
        try (Mlp mlp = ReferenceBlock.network()) {
            assertArrayEquals(ReferenceBlock.matrix("W1")[5], mlp.weights(1)[5], 0.0);
            assertArrayEquals(ReferenceBlock.vector("b2"), mlp.biases(2), 0.0);
            assertEquals(784 * 64 + 64 + 64 * 10 + 10, mlp.parameterVector().length);
        }
    }
}
