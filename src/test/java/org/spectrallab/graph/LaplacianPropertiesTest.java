package org.spectrallab.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spectrallab.support.Close.assertClose;

import org.junit.jupiter.api.Test;
import org.la4j.Matrix;
import org.la4j.Vector;
import org.la4j.matrix.dense.Basic2DMatrix;
import org.spectrallab.numeric.DenseArrays;
import org.spectrallab.spectral.Eigenpairs;
import org.spectrallab.spectral.Eigensolver;
import org.spectrallab.support.Reference;

/** Facts every graph Laplacian satisfies, checked on the MNIST reference subset's graph. */
class LaplacianPropertiesTest {

    private final Graph graph = KnnGraph.of(Reference.subset().points()).k(10).build();

    @Test
    void unnormalizedLaplacianRowsSumToZero() {
        Matrix l = UnnormalizedLaplacian.of(graph);
        for (int i = 0; i < l.rows(); i++) {
            assertEquals(0.0, l.getRow(i).sum(), 1e-12, "row " + i);
        }
    }

    @Test
    void randomWalkLaplacianRowsSumToZero() {
        Matrix l = RandomWalkLaplacian.of(graph);
        for (int i = 0; i < l.rows(); i++) {
            assertEquals(0.0, l.getRow(i).sum(), 1e-12, "row " + i);
        }
    }

    @Test
    void symmetricLaplacianIsSymmetricWithUnitDiagonal() {
        Matrix l = SymmetricLaplacian.of(graph);
        for (int i = 0; i < l.rows(); i++) {
            assertEquals(1.0, l.get(i, i), 0.0);
            for (int j = 0; j < l.columns(); j++) {
                assertEquals(l.get(i, j), l.get(j, i), 0.0);
            }
        }
    }

    @Test
    void randomWalkAndSymmetricShareEigenvalues() {
        double[] symmetric = Eigensolver.all(SymmetricLaplacian.of(graph)).values();
        double[] randomWalk = RandomWalkLaplacian.eigenpairs(graph, graph.size()).values();
        assertClose(symmetric, randomWalk, 1e-12, 2.0, "shared eigenvalues");
    }

    @Test
    void randomWalkEigenvectorsSolveTheRandomWalkEigenproblem() {
        Matrix l = RandomWalkLaplacian.of(graph);
        Eigenpairs pairs = RandomWalkLaplacian.eigenpairs(graph, 6);
        for (int j = 0; j < 6; j++) {
            Vector psi = pairs.vector(j);
            double[] residual = DenseArrays.array(l.multiply(psi).subtract(psi.multiply(
                    pairs.value(j))));
            assertClose(new double[residual.length], residual, 1e-12, 1.0, "L_rw psi - l psi");
        }
    }

    @Test
    void randomWalkEigenvectorsAreSymmetricOnesTimesDMinusOneHalf() {
        Eigenpairs symmetric = Eigensolver.smallest(SymmetricLaplacian.of(graph), 4);
        Eigenpairs randomWalk = RandomWalkLaplacian.eigenpairs(graph, 4);
        double[] degrees = graph.degreeArray();
        for (int j = 0; j < 4; j++) {
            double[] u = symmetric.vectorArray(j);
            double[] psi = randomWalk.vectorArray(j);
            double ratio = psi[0] * Math.sqrt(degrees[0]) / u[0];
            for (int i = 0; i < u.length; i++) {
                // psi_i sqrt(d_i) / u_i is one constant per eigenvector
                assertEquals(ratio, psi[i] * Math.sqrt(degrees[i]) / u[i], 1e-9 * Math.abs(ratio));
            }
        }
    }

    @Test
    void laplacianQuadraticFormIsHalfTheWeightedSquaredDifferences() {
        Matrix l = UnnormalizedLaplacian.of(graph);
        Matrix w = graph.weights();
        double[] x = new double[graph.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.sin(i);
        }
        Vector v = DenseArrays.vector(x);
        double form = v.innerProduct(l.multiply(v));
        double energy = 0;
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x.length; j++) {
                energy += 0.5 * w.get(i, j) * (x[i] - x[j]) * (x[i] - x[j]);
            }
        }
        assertEquals(energy, form, 1e-10 * energy);
    }

    @Test
    void symmetricLaplacianEigenvaluesLieInZeroToTwo() {
        double[] values = Eigensolver.all(SymmetricLaplacian.of(graph)).values();
        assertTrue(values[0] > -1e-12 && values[values.length - 1] <= 2 + 1e-12);
    }

    @Test
    void isolatedNodeIsRefusedByTheNormalisedLaplacians() {
        Matrix w = new Basic2DMatrix(3, 3);
        w.set(0, 1, 1.0);
        w.set(1, 0, 1.0);
        Graph withIsolatedNode = Graph.fromWeights(w);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SymmetricLaplacian.of(withIsolatedNode));
        assertTrue(error.getMessage().contains("node 2 has degree 0"), error.getMessage());
    }

    @Test
    void mutualGraphIsASubgraphOfTheUnionGraph() {
        Graph mutual = KnnGraph.of(Reference.subset().points()).k(10)
                .symmetrisation(Symmetrisation.MUTUAL).build();
        Graph average = KnnGraph.of(Reference.subset().points()).k(10)
                .symmetrisation(Symmetrisation.AVERAGE).build();
        assertTrue(mutual.edgeCount() < graph.edgeCount());
        assertEquals(graph.edgeCount(), average.edgeCount());
        Matrix union = graph.weights();
        Matrix averaged = average.weights();
        Matrix both = mutual.weights();
        for (int i = 0; i < graph.size(); i++) {
            for (int j = 0; j < graph.size(); j++) {
                double expected = both.get(i, j) > 0 ? union.get(i, j) : union.get(i, j) / 2;
                assertEquals(expected, averaged.get(i, j), 1e-15);
            }
        }
    }
}
