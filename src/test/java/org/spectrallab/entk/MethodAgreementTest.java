package org.spectrallab.entk;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.la4j.Matrix;

/**
 * The layer-wise closed form and blocked autograd give the same kernels. Relative
 * differences are |A - B|_F / |B|_F.
 */
class MethodAgreementTest {

    /**
     * float32 keeps ~7 digits; each kernel entry sums ~10^5 products in a different order
     * in the two methods, so differences near 1e-6 are expected and 1e-4 is the contract.
     */
    private static final double FLOAT32_TOLERANCE = 1e-4;
    /** float64: rounding near 1e-15; 1e-10 is the contract. */
    private static final double FLOAT64_TOLERANCE = 1e-10;
    /** A budget of 1 MiB forces several sweeps and streamed chunks on the small network. */
    private static final long SMALL_BUDGET = 1L << 20;

    @Test
    void methodsAgreeOnTraceKernelInFloat32() {
        try (Mlp network = MlpSpec.of(784, 32, 16, 10).seed(3).build()) {
            Matrix inputs = TestInputs.rows(20);
            assertAgree(EmpiricalNtk.trace(network, inputs, NtkMethod.LAYERWISE),
                    EmpiricalNtk.trace(network, inputs, NtkMethod.AUTOGRAD), FLOAT32_TOLERANCE);
        }
    }

    @Test
    void methodsAgreeForTanhInFloat64() {
        MlpSpec spec = MlpSpec.of(784, 24, 12, 10).activation(Activation.TANH)
                .initialisation(Initialisation.PYTORCH_UNIFORM).precision(Precision.FLOAT64);
        try (Mlp network = spec.build()) {
            Matrix inputs = TestInputs.rows(12);
            assertAgree(EmpiricalNtk.trace(network, inputs, NtkMethod.LAYERWISE),
                    EmpiricalNtk.trace(network, inputs, NtkMethod.AUTOGRAD), FLOAT64_TOLERANCE);
        }
    }

    @Test
    void blockedAutogradMatchesLayerwiseWhenGradientsDoNotFitTheBudget() {
        try (Mlp network = smallFloat64()) {
            Matrix inputs = TestInputs.rows(20);
            Matrix layerwise = EmpiricalNtk.trace(network, inputs);
            Matrix autograd = EmpiricalNtk.compute(network, inputs, null, NtkKind.TRACE,
                    NtkMethod.AUTOGRAD, SMALL_BUDGET);
            assertAgree(layerwise, autograd, FLOAT64_TOLERANCE);
        }
    }

    @Test
    void blockedAutogradMatchesLayerwiseOnTheFullKernel() {
        try (Mlp network = smallFloat64()) {
            Matrix inputs = TestInputs.rows(7);
            Matrix layerwise = EmpiricalNtk.full(network, inputs);
            Matrix autograd = EmpiricalNtk.compute(network, inputs, null, NtkKind.FULL,
                    NtkMethod.AUTOGRAD, 8 * SMALL_BUDGET);
            assertAgree(layerwise, autograd, FLOAT64_TOLERANCE);
        }
    }

    @Test
    void blockedAutogradMatchesLayerwiseOnOneOutputBetweenTwoBatches() {
        try (Mlp network = smallFloat64()) {
            Matrix inputs = TestInputs.rows(30);
            Matrix first = inputs.copyOfRows(13);
            Matrix second = inputs.slice(13, 0, 30, 784);
            NtkKind kind = NtkKind.output(4);
            Matrix layerwise = EmpiricalNtk.compute(network, first, second, kind,
                    NtkMethod.LAYERWISE);
            Matrix autograd = EmpiricalNtk.compute(network, first, second, kind,
                    NtkMethod.AUTOGRAD, SMALL_BUDGET);
            assertAgree(layerwise, autograd, FLOAT64_TOLERANCE);
        }
    }

    @Test
    void methodsAgreeOnANetworkWithoutHiddenLayers() {
        try (Mlp network = MlpSpec.of(784, 10).precision(Precision.FLOAT64).build()) {
            Matrix inputs = TestInputs.rows(10);
            assertAgree(EmpiricalNtk.trace(network, inputs, NtkMethod.LAYERWISE),
                    EmpiricalNtk.trace(network, inputs, NtkMethod.AUTOGRAD), FLOAT64_TOLERANCE);
        }
    }

    @Test
    void autogradWorksOnAnyDifferentiableModelAndLayerwiseOnlyOnAnMlp() {
        try (Mlp network = smallFloat64()) {
            DifferentiableModel wrapped = new DifferentiableModel() {
                public java.util.List<ai.djl.ndarray.NDArray> parameters() {
                    return network.parameters();
                }

                public ai.djl.ndarray.NDArray forward(ai.djl.ndarray.NDArray inputs) {
                    return network.forward(inputs);
                }

                public int inputWidth() {
                    return network.inputWidth();
                }

                public int outputWidth() {
                    return network.outputWidth();
                }

                public Precision precision() {
                    return network.precision();
                }
            };
            Matrix inputs = TestInputs.rows(6);
            assertAgree(EmpiricalNtk.trace(network, inputs),
                    EmpiricalNtk.trace(wrapped, inputs, NtkMethod.AUTOGRAD), FLOAT64_TOLERANCE);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> EmpiricalNtk.trace(wrapped, inputs, NtkMethod.LAYERWISE));
            BadInputTest.assertMentions(e, "for an Mlp", "AUTOGRAD");
        }
    }

    private static Mlp smallFloat64() {
        return MlpSpec.of(784, 16, 10).precision(Precision.FLOAT64).seed(11).build();
    }

    private static void assertAgree(Matrix layerwise, Matrix autograd, double tolerance) {
        double difference = EmpiricalNtk.relativeDifference(autograd, layerwise);
        assertTrue(difference < tolerance, "relative difference " + difference);
    }
}
