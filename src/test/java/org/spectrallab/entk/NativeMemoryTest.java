package org.spectrallab.entk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.la4j.Matrix;

/** Repeated work leaves no native arrays behind in the network's manager. */
class NativeMemoryTest {

    @Test
    void repeatedKernelsLeaveNoArraysBehind() {
        Matrix inputs = TestInputs.rows(8);
        try (Mlp network = MlpSpec.of(784, 16, 10).build()) {
            int before = network.managedArrayCount();
            for (int repeat = 0; repeat < 3; repeat++) {
                EmpiricalNtk.trace(network, inputs);
                EmpiricalNtk.full(network, inputs);
                EmpiricalNtk.trace(network, inputs, NtkMethod.AUTOGRAD);
                network.outputs(inputs);
                network.parameterVector();
                network.setBiases(1, network.biases(1));
            }
            assertEquals(before, network.managedArrayCount());
        }
    }
}
