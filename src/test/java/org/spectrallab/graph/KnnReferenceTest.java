package org.spectrallab.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spectrallab.support.Close.assertClose;
import static org.spectrallab.support.Close.assertRelative;

import com.google.gson.JsonObject;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.spectrallab.spectral.Eigenpairs;
import org.spectrallab.spectral.Eigensolver;
import org.spectrallab.support.Reference;

/**
 * The kNN graph (k = 10, union, Gaussian weights) of the reference subset and its three
 * Laplacians against values computed independently with NumPy/SciPy. Eigenvalues agree to
 * 1e-8 relative to max(|value|, the largest eigenvalue): a zero eigenvalue comes out as
 * rounding noise of the operator's norm, so it is compared on that scale.
 */
class KnnReferenceTest {

    private static final double TOLERANCE = 1e-8;
    private final JsonObject knn = Reference.block("knn");
    private final Graph graph = KnnGraph.of(Reference.subset().points()).k(10).build();

    @Test
    void graphHasTheReferenceEdgesAndComponents() {
        assertEquals(knn.get("edges").getAsInt(), graph.edgeCount());
        assertEquals(knn.get("components").getAsInt(), graph.components().count());
    }

    @Test
    void bandwidthIsTheMeanSquaredDistanceToTheKthNeighbour() {
        NearestNeighbours neighbours = NearestNeighbours.of(Reference.subset().points(), 10);
        double eps = EdgeWeights.gaussian().bandwidthFor(neighbours);
        assertRelative(knn.get("eps_mean_sq_dist_to_kth_neighbour").getAsDouble(), eps, 1e-12,
                "eps");
    }

    @Test
    void theGraphReportsTheBandwidthItsWeightsUse() {
        assertRelative(knn.get("eps_mean_sq_dist_to_kth_neighbour").getAsDouble(),
                graph.bandwidth(), 1e-12, "eps");
        Graph binary = KnnGraph.of(Reference.subset().points()).k(10)
                .weights(EdgeWeights.binary()).build();
        assertTrue(Double.isNaN(binary.bandwidth()), "binary weights have no bandwidth");
    }

    @Test
    void degreesMatchTheReferenceRange() {
        double[] degrees = graph.degreeArray();
        assertRelative(knn.get("degree_min").getAsDouble(), Arrays.stream(degrees).min()
                .orElseThrow(), 1e-12, "degree_min");
        assertRelative(knn.get("degree_max").getAsDouble(), Arrays.stream(degrees).max()
                .orElseThrow(), 1e-12, "degree_max");
    }

    @Test
    void unnormalizedLaplacianSpectrumMatchesSciPy() {
        double largest = knn.get("unnormalized_largest").getAsDouble();
        Eigenpairs pairs = Eigensolver.all(UnnormalizedLaplacian.of(graph));
        assertClose(Reference.doubles(knn.get("unnormalized_smallest10")),
                pairs.first(10).values(), TOLERANCE, largest, "unnormalized_smallest10");
        assertRelative(largest, pairs.value(pairs.count() - 1), TOLERANCE, "largest");
    }

    @Test
    void symmetricLaplacianSpectrumMatchesSciPy() {
        double largest = knn.get("symmetric_largest").getAsDouble();
        Eigenpairs pairs = Eigensolver.all(SymmetricLaplacian.of(graph));
        assertClose(Reference.doubles(knn.get("symmetric_smallest10")), pairs.first(10).values(),
                TOLERANCE, largest, "symmetric_smallest10");
        assertRelative(largest, pairs.value(pairs.count() - 1), TOLERANCE, "largest");
    }

    @Test
    void randomWalkLaplacianSpectrumMatchesSciPy() {
        Eigenpairs pairs = RandomWalkLaplacian.eigenpairs(graph, 10);
        assertClose(Reference.doubles(knn.get("random_walk_smallest10")), pairs.values(),
                TOLERANCE, knn.get("symmetric_largest").getAsDouble(), "random_walk_smallest10");
    }

    @Test
    void symmetricLaplacianEigenvectorsMatchSciPyWithTheSameSignConvention() {
        Eigenpairs pairs = Eigensolver.smallest(SymmetricLaplacian.of(graph), 5);
        double[][] expected = Reference.matrix(knn.get("symmetric_vectors_2to4_signfixed"));
        for (int j = 0; j < 3; j++) {
            // eigenvalues 2..4 are separated by > 0.01, so vectors agree to ~1e-10 absolute
            assertClose(expected[j], pairs.vectorArray(j + 1), 1e-8, 1.0, "vector " + (j + 1));
        }
    }

    @Test
    void binaryWeightsGiveTheReferenceSpectrum() {
        Graph binary = KnnGraph.of(Reference.subset().points()).k(10)
                .weights(EdgeWeights.binary()).build();
        double largest = knn.get("binary_unnormalized_largest").getAsDouble();
        Eigenpairs pairs = Eigensolver.all(UnnormalizedLaplacian.of(binary));
        assertClose(Reference.doubles(knn.get("binary_unnormalized_smallest10")),
                pairs.first(10).values(), TOLERANCE, largest, "binary_unnormalized_smallest10");
        assertRelative(largest, pairs.value(pairs.count() - 1), TOLERANCE, "largest");
    }
}
