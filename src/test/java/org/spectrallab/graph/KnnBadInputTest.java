package org.spectrallab.graph;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.la4j.Matrix;
import org.la4j.matrix.dense.Basic2DMatrix;

/** kNN graphs refuse impossible requests with messages a student can act on. */
class KnnBadInputTest {

    private final Matrix points = new Basic2DMatrix(new double[][] {
        {0, 0}, {1, 0}, {0, 1}, {1, 1}, {2, 2}});

    @Test
    void kAtLeastNIsRefusedWithTheLargestAllowedK() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> KnnGraph.of(points).k(5));
        assertTrue(error.getMessage().contains("choose k <= 4"), error.getMessage());
    }

    @Test
    void kBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> KnnGraph.of(points).k(0));
    }

    @Test
    void nanInTheDataIsRefusedWithItsPosition() {
        Matrix bad = new Basic2DMatrix(new double[][] {{0, 0}, {Double.NaN, 1}, {2, 2}});
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> KnnGraph.of(bad).k(1).build());
        assertTrue(error.getMessage().contains("row 1, column 0"), error.getMessage());
    }

    @Test
    void nonPositiveBandwidthIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> EdgeWeights.gaussian(0));
        assertThrows(IllegalArgumentException.class, () -> EdgeWeights.gaussian(Double.NaN));
    }

    @Test
    void negativeWeightIsRefused() {
        Matrix w = new Basic2DMatrix(new double[][] {{0, -1}, {-1, 0}});
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Graph.fromWeights(w));
        assertTrue(error.getMessage().contains("must be finite and >= 0"), error.getMessage());
    }

    @Test
    void asymmetricWeightsAreRefused() {
        Matrix w = new Basic2DMatrix(new double[][] {{0, 1}, {2, 0}});
        assertThrows(IllegalArgumentException.class, () -> Graph.fromWeights(w));
    }
}
