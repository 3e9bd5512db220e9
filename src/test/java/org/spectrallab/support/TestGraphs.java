package org.spectrallab.support;

import org.la4j.Matrix;
import org.la4j.matrix.dense.Basic2DMatrix;
import org.spectrallab.graph.Graph;

/** Small graphs whose spectra are known in closed form. */
public final class TestGraphs {

    private TestGraphs() {
    }

    /**
     * The cycle graph on n nodes with unit weights: its Laplacian L = D - W has eigenvalues
     * 2 - 2 cos(2 pi j / n) with eigenvectors cos and sin(2 pi j i / n).
     */
    public static Graph ring(int n) {
        Matrix w = new Basic2DMatrix(n, n);
        for (int i = 0; i < n; i++) {
            w.set(i, (i + 1) % n, 1.0);
            w.set((i + 1) % n, i, 1.0);
        }
        return Graph.fromWeights(w);
    }
}
