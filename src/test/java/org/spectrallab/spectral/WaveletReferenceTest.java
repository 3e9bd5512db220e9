package org.spectrallab.spectral;

import static org.spectrallab.support.Close.assertClose;
import static org.spectrallab.support.Close.assertRelative;

import com.google.gson.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.spectrallab.graph.Graph;
import org.spectrallab.graph.KnnGraph;
import org.spectrallab.graph.UnnormalizedLaplacian;
import org.spectrallab.numeric.SparseRows;
import org.spectrallab.support.Reference;

/**
 * Graph filters and wavelets on the reference subset's weighted kNN graph (k = 10), L = D - W,
 * against PyGSP 0.6.1 and NumPy. Atoms and filter values agree to 1e-10 absolute on values
 * of order 0.1-1: the exact path is one 200 x 200 eigen-decomposition (rounding ~1e-14),
 * and the Chebyshev path repeats the same 30 products in the same arithmetic, so the two
 * implementations differ by rounding only.
 */
class WaveletReferenceTest {

    private static final double TOLERANCE = 1e-10;
    private static final JsonObject BLOCK = Reference.block("wavelets");
    private static final Graph GRAPH = KnnGraph.of(Reference.subset().points()).k(10).build();
    private static final Eigenpairs BASIS = Eigensolver.all(UnnormalizedLaplacian.of(GRAPH));
    private static final double LMAX = BASIS.value(BASIS.count() - 1);

    @Test
    void exactLargestEigenvalueMatchesNumPy() {
        assertRelative(BLOCK.get("lmax_exact").getAsDouble(),
                LargestEigenvalue.exact(UnnormalizedLaplacian.of(GRAPH)), TOLERANCE, "lmax");
    }

    @Test
    void exactHeatAtomMatchesPyGsp() {
        double[] atom = ExactFiltering.of(BASIS).atom(FilterBank.heat(LMAX, 10).filter(0), 0);
        assertClose(Reference.doubles(BLOCK.get("heat_scale10_at_node0_exact")), atom,
                TOLERANCE, 1.0, "exact heat atom");
    }

    @Test
    void chebyshevHeatAtomOfOrder30MatchesPyGsp() {
        SparseRows laplacian = UnnormalizedLaplacian.rows(GRAPH);
        double[] atom = ChebyshevFiltering.of(laplacian, LMAX, 30)
                .atom(FilterBank.heat(LMAX, 10).filter(0), 0);
        assertClose(Reference.doubles(BLOCK.get("heat_scale10_at_node0_chebyshev30")), atom,
                TOLERANCE, 1.0, "Chebyshev heat atom");
    }

    @Test
    void heatTraceMatchesNumPy() {
        for (Map.Entry<String, com.google.gson.JsonElement> entry
                : BLOCK.getAsJsonObject("heat_trace_exp_minus_tL").entrySet()) {
            double t = Double.parseDouble(entry.getKey());
            assertRelative(entry.getValue().getAsDouble(), SpectralFilter.heat(t).trace(BASIS),
                    TOLERANCE, "trace exp(-" + t + " L)");
        }
    }

    @Test
    void mexicanHatBankMatchesPyGspAtTheProbeEigenvalues() {
        double[][] expected = Reference.matrix(BLOCK.get("mexican_hat_nf6_at_probe"));
        double[][] actual = FilterBank.mexicanHat(LMAX).evaluate(
                Reference.doubles(BLOCK.get("mexican_hat_nf6_probe_lambdas")));
        for (int k = 0; k < expected.length; k++) {
            assertClose(expected[k], actual[k], TOLERANCE, 1.0, "Mexican hat filter " + k);
        }
    }

    @Test
    void mexicanHatAtomsMatchPyGsp() {
        double[][] expected = Reference.matrix(BLOCK.get("mexican_hat_nf6_atoms_at_node0_exact"));
        double[][] atoms = ExactFiltering.of(BASIS).atoms(FilterBank.mexicanHat(LMAX), 0);
        for (int k = 0; k < expected.length; k++) {
            assertClose(expected[k], atoms[k], TOLERANCE, 1.0, "Mexican hat atom " + k);
        }
    }
}
