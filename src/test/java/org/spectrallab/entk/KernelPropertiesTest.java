package org.spectrallab.entk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.la4j.Matrix;
import org.spectrallab.spectral.Eigensolver;

/** Facts every empirical NTK obeys, checked on a small float64 network. */
class KernelPropertiesTest {

    private static Mlp network;
    private static Matrix inputs;

    @BeforeAll
    static void build() {
        network = MlpSpec.of(784, 32, 32, 10).precision(Precision.FLOAT64).seed(5).build();
        inputs = TestInputs.rows(30);
    }

    @AfterAll
    static void close() {
        network.close();
    }

    @Test
    void traceKernelIsSymmetric() {
        Matrix kernel = EmpiricalNtk.trace(network, inputs);
        assertEquals(kernel, kernel.transpose());
    }

    @Test
    void traceKernelIsPositiveSemiDefinite() {
        Matrix kernel = EmpiricalNtk.trace(network, inputs);
        double smallest = Eigensolver.smallest(kernel, 1).value(0);
        double largest = Eigensolver.largest(kernel, 1).value(0);
        // a Gram matrix J J^T: negative eigenvalues can only be rounding, ~1e-16 x largest x N
        assertTrue(smallest > -1e-12 * largest, "smallest eigenvalue " + smallest);
    }

    @Test
    void fullKernelIsPositiveSemiDefinite() {
        Matrix full = EmpiricalNtk.full(network, inputs.copyOfRows(8));
        double smallest = Eigensolver.smallest(full, 1).value(0);
        double largest = Eigensolver.largest(full, 1).value(0);
        // as above
        assertTrue(smallest > -1e-12 * largest, "smallest eigenvalue " + smallest);
    }

    @Test
    void traceKernelIsTheSumOfTheFullKernelsDiagonalOutputBlocks() {
        Matrix full = EmpiricalNtk.full(network, inputs.copyOfRows(6));
        Matrix trace = EmpiricalNtk.trace(network, inputs.copyOfRows(6));
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 6; j++) {
                double sum = 0;
                for (int c = 0; c < 10; c++) {
                    sum += full.get(i * 10 + c, j * 10 + c);
                }
                // same products summed in another order: float64 rounding only
                assertEquals(trace.get(i, j), sum, 1e-12 * trace.get(i, i));
            }
        }
    }

    @Test
    void traceKernelIsTheSumOfTheOutputKernels() {
        Matrix trace = EmpiricalNtk.trace(network, inputs);
        Matrix sum = EmpiricalNtk.ofOutput(network, inputs, 0);
        for (int c = 1; c < 10; c++) {
            sum = sum.add(EmpiricalNtk.ofOutput(network, inputs, c));
        }
        // float64 rounding only
        assertTrue(EmpiricalNtk.relativeDifference(sum, trace) < 1e-12);
    }

    @Test
    void crossKernelOfABatchWithItselfIsTheTraceKernel() {
        Matrix cross = EmpiricalNtk.trace(network, inputs, inputs);
        // the same products; only the final symmetrisation differs
        assertTrue(EmpiricalNtk.relativeDifference(cross, EmpiricalNtk.trace(network, inputs))
                < 1e-14);
    }
}
