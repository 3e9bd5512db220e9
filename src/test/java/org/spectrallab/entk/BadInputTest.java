package org.spectrallab.entk;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.la4j.Matrix;
import org.la4j.matrix.dense.Basic1DMatrix;

/** Each misuse fails at the door with a message naming the problem and the fix. */
class BadInputTest {

    private static Mlp network;

    @BeforeAll
    static void build() {
        network = MlpSpec.of(784, 16, 10).build();
    }

    @AfterAll
    static void close() {
        network.close();
    }

    @Test
    void inputsOfTheWrongWidthAreRefused() {
        Matrix narrow = new Basic1DMatrix(5, 100);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EmpiricalNtk.trace(network, narrow));
        assertMentions(e, "100 values per row", "784");
    }

    @Test
    void anEmptyBatchIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> network.outputs(new Basic1DMatrix(0, 784)));
        assertMentions(e, "empty batch", "at least one input");
    }

    @Test
    void nonFiniteInputsAreRefused() {
        Matrix inputs = new Basic1DMatrix(2, 784);
        inputs.set(1, 7, Double.NaN);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EmpiricalNtk.trace(network, inputs));
        assertMentions(e, "NaN", "row 1");
    }

    @Test
    void weightsOfTheWrongShapeAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> network.setWeights(1, new double[784][16]));
        assertMentions(e, "16 x 784", "transpose");
    }

    @Test
    void biasesOfTheWrongLengthAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> network.setBiases(2, new double[16]));
        assertMentions(e, "b_2 needs 10", "16");
    }

    @Test
    void aLayerThatDoesNotExistIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> network.weights(0));
        assertMentions(e, "layer 0", "1..2");
    }

    @Test
    void anOutputTheNetworkLacksIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EmpiricalNtk.ofOutput(network, TestInputs.rows(2), 10));
        assertMentions(e, "output 10", "0..9");
    }

    @Test
    void aFullKernelTooLargeForMemoryIsRefusedWithItsSize() {
        Matrix many = new Basic1DMatrix(6000, 784);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EmpiricalNtk.full(network, many));
        // 60000 x 60000 doubles = 26.8 GB, beyond the test JVM's 3 GB heap
        assertMentions(e, "of 6000 inputs and 10 outputs", "60000 x 60000", "26.8 GB",
                "trace kernel");
    }

    @Test
    void aClosedNetworkSaysHowToGetANewOne() {
        Mlp closed = MlpSpec.of(4, 2).build();
        closed.close();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> closed.outputs(new Basic1DMatrix(1, 4)));
        assertMentions(e, "closed", "build");
    }

    static void assertMentions(Exception e, String... fragments) {
        for (String fragment : fragments) {
            assertTrue(e.getMessage().contains(fragment),
                    "message lacks '" + fragment + "': " + e.getMessage());
        }
    }
}
