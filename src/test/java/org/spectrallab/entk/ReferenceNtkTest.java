package org.spectrallab.entk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.la4j.Matrix;
import org.spectrallab.spectral.Eigensolver;

/**
 * Both eNTK methods against the functorch values of the reference block, in float64.
 *
 * <p>Tolerance 1e-10 relative: float64 rounding in sums of ~50,000 products stays near
 * 1e-13 relative; 1e-10 leaves room for a different summation order while catching any
 * wrong term (a missing bias or a transposed layer changes entries at the 1e-2 level).
 */
class ReferenceNtkTest {

    private static final double TOLERANCE = 1e-10;

    private static Mlp network;
    private static Matrix inputs;

    @BeforeAll
    static void load() {
        network = ReferenceBlock.network();
        inputs = ReferenceBlock.inputs();
    }

    @AfterAll
    static void close() {
        network.close();
    }

    @ParameterizedTest
    @EnumSource(NtkMethod.class)
    void traceKernelMatchesReference(NtkMethod method) {
        Matrix kernel = EmpiricalNtk.trace(network, inputs, method);
        Matrix expected = ReferenceBlock.asMatrix("trace_ntk");
        double difference = EmpiricalNtk.relativeDifference(kernel, expected);
        assertTrue(difference < TOLERANCE, method + ": relative difference " + difference);
    }

    @ParameterizedTest
    @EnumSource(NtkMethod.class)
    void fullKernelBlockOfInputs0And1MatchesReference(NtkMethod method) {
        Matrix full = EmpiricalNtk.full(network, inputs.copyOfRows(2), method);
        Matrix block = full.slice(0, 10, 10, 20);
        Matrix expected = ReferenceBlock.asMatrix("full_ntk_block_0_1");
        double difference = EmpiricalNtk.relativeDifference(block, expected);
        assertTrue(difference < TOLERANCE, method + ": relative difference " + difference);
    }

    @ParameterizedTest
    @EnumSource(NtkMethod.class)
    void largestTraceEigenvaluesMatchReference(NtkMethod method) {
        double[] values = Eigensolver.largest(EmpiricalNtk.trace(network, inputs, method), 5)
                .values();
        double[] expected = ReferenceBlock.vector("trace_ntk_eigenvalues_top5");
        for (int j = 0; j < 5; j++) {
            assertEquals(expected[j], values[j], TOLERANCE * expected[0], "eigenvalue " + j);
        }
    }
}
