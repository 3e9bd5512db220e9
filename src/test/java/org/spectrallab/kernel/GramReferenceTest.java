package org.spectrallab.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.spectrallab.support.Close.assertClose;
import static org.spectrallab.support.Close.assertRelative;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import org.la4j.Matrix;
import org.spectrallab.data.Subset;
import org.spectrallab.spectral.Eigenpairs;
import org.spectrallab.spectral.Eigensolver;
import org.spectrallab.support.Reference;

/**
 * Gram matrices of the reference subset against values computed independently with NumPy.
 * Eigenvalues must agree to 1e-8 relative (the bar; LAPACK on both sides agrees to
 * about 1e-13).
 */
class GramReferenceTest {

    private static final double TOLERANCE = 1e-8;
    private final JsonObject gram = Reference.block("gram");
    private final Subset subset = Reference.subset();

    @Test
    void subsetIsTheFirstTwentyOfEachDigit() {
        assertArrayEquals(Reference.ints(Reference.json().get("indices")), subset.indices());
        assertArrayEquals(Reference.ints(Reference.json().get("labels")), subset.labels());
    }

    @Test
    void linearGramEigenvaluesMatchNumPy() {
        Eigenpairs pairs = Eigensolver.largest(GramMatrix.linear(subset.points()), 10);
        assertClose(Reference.doubles(gram.get("linear_top10")), pairs.values(), TOLERANCE, 0,
                "linear_top10");
    }

    @Test
    void linearGramTraceIsTheSumOfSquaredNorms() {
        Matrix k = GramMatrix.linear(subset.points());
        assertRelative(gram.get("linear_trace").getAsDouble(), k.trace(), 1e-12, "trace");
    }

    @Test
    void centredLinearGramEigenvaluesMatchNumPy() {
        Matrix centred = GramMatrix.centred(GramMatrix.linear(subset.points()));
        Eigenpairs pairs = Eigensolver.largest(centred, 10);
        assertClose(Reference.doubles(gram.get("centered_linear_top10")), pairs.values(),
                TOLERANCE, 0, "centered_linear_top10");
    }

    @Test
    void medianHeuristicMatchesNumPy() {
        assertRelative(gram.get("rbf_eps_median_sq_dist").getAsDouble(),
                Bandwidth.medianHeuristic(subset.points()), 1e-10, "eps");
    }

    @Test
    void rbfGramEigenvaluesMatchNumPy() {
        Eigenpairs pairs = Eigensolver.largest(GramMatrix.rbf(subset.points()), 10);
        assertClose(Reference.doubles(gram.get("rbf_top10")), pairs.values(), TOLERANCE, 0,
                "rbf_top10");
    }

    @Test
    void rbfTopEigenvectorsMatchNumPyWithTheSameSignConvention() {
        Eigenpairs pairs = Eigensolver.largest(GramMatrix.rbf(subset.points()), 3);
        double[][] expected = Reference.matrix(gram.get("rbf_top3_vectors_signfixed"));
        for (int j = 0; j < 3; j++) {
            // eigenvectors of well-separated eigenvalues: entries agree to ~1e-10 absolute
            assertClose(expected[j], pairs.vectorArray(j), 1e-8, 1.0, "vector " + j);
        }
    }

    @Test
    void centringGivesZeroRowSums() {
        Matrix centred = GramMatrix.centred(GramMatrix.rbf(subset.points()));
        double[] rowSums = new double[centred.rows()];
        for (int i = 0; i < rowSums.length; i++) {
            rowSums[i] = centred.getRow(i).sum();
        }
        double[] zeros = new double[rowSums.length];
        assertClose(zeros, rowSums, 1e-12, subset.size(), "row sums of H K H");
    }
}
