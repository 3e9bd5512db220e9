package org.spectrallab.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.la4j.matrix.sparse.CRSMatrix;

/** How the components of a graph are counted and described. */
class ConnectedComponentsTest {

    /** Paths with the given numbers of nodes, side by side, unit weights. */
    private static Graph paths(int... sizes) {
        int n = 0;
        for (int size : sizes) {
            n += size;
        }
        CRSMatrix w = new CRSMatrix(n, n);
        int first = 0;
        for (int size : sizes) {
            for (int i = first; i < first + size - 1; i++) {
                w.set(i, i + 1, 1.0);
                w.set(i + 1, i, 1.0);
            }
            first += size;
        }
        return Graph.fromWeights(w);
    }

    @Test
    void twoComponentsAreDescribedWithBothSizes() {
        assertEquals("2 components of sizes 15, 5", paths(5, 15).components().toString());
    }

    @Test
    void sixComponentsAreAllListed() {
        assertEquals("6 components of sizes 6, 5, 4, 3, 2, 1",
                paths(1, 2, 3, 4, 5, 6).components().toString());
    }

    @Test
    void manyComponentsListTheSixLargestAndCountTheRest() {
        int[] sizes = new int[120];
        java.util.Arrays.fill(sizes, 1);
        sizes[7] = 15;
        sizes[30] = 9;
        sizes[31] = 7;
        sizes[90] = 6;
        sizes[91] = 6;
        sizes[119] = 5;
        sizes[3] = 2;
        assertEquals("120 components of sizes 15, 9, 7, 6, 6, 5 and 114 more",
                paths(sizes).components().toString());
    }

    @Test
    void aConnectedGraphIsDescribedAsConnected() {
        assertEquals("connected", paths(4).components().toString());
    }
}
