package org.spectrallab.numeric;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.spectrallab.data.Dataset;
import org.spectrallab.data.ImageSet;
import org.spectrallab.data.Split;
import org.spectrallab.data.StratifiedSampler;
import org.spectrallab.graph.KnnGraph;
import org.spectrallab.graph.SymmetricLaplacian;

/** The ARPACK bridge: how the tolerance reaches ARPACK, and the arguments it refuses. */
class ArpackTest {

    /** A LinearOperator that counts its applications. */
    private static final class CountingOperator implements LinearOperator {
        private final SparseRows matrix;
        private int products;

        CountingOperator(SparseRows matrix) {
            this.matrix = matrix;
        }

        @Override
        public void apply(double[] x, int xOffset, double[] y, int yOffset) {
            products++;
            matrix.multiply(x, xOffset, y, yOffset);
        }
    }

    private static SparseRows mnistLaplacian() {
        ImageSet images = ImageSet.load(Dataset.MNIST, Split.TEST);
        return SymmetricLaplacian.rows(KnnGraph.of(
                StratifiedSampler.randomPerClass(images, 200, 7).points()).k(10).build());
    }

    /**
     * Tolerance 0 must run exactly the iteration of an explicit machine precision. Before the
     * fix, arpack-ng's C binding let the zero through to every call after the first, and the
     * 2000-point Laplacian below took 707 products instead of 233.
     */
    @Test
    void zeroToleranceRunsTheMachinePrecisionIteration() {
        SparseRows laplacian = mnistLaplacian();
        CountingOperator byDefault = new CountingOperator(laplacian);
        CountingOperator explicit = new CountingOperator(laplacian);
        RawEigenpairs first = Arpack.solve(laplacian.rows(), byDefault, 20, Arpack.End.SMALLEST,
                0.0);
        RawEigenpairs second = Arpack.solve(laplacian.rows(), explicit, 20, Arpack.End.SMALLEST,
                Arpack.MACHINE_PRECISION);
        assertEquals(explicit.products, byDefault.products, "matrix-vector products");
        assertArrayEquals(second.values(), first.values());
    }

    @Test
    void countOfZeroIsRefused() {
        SparseRows identity = identity(10);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Arpack.solve(10, identity::multiply, 0, Arpack.End.SMALLEST, 0.0));
        assertTrue(error.getMessage().contains("count = 0"), error.getMessage());
    }

    @Test
    void countOfNIsRefused() {
        SparseRows identity = identity(10);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Arpack.solve(10, identity::multiply, 10, Arpack.End.LARGEST, 0.0));
        assertTrue(error.getMessage().contains("count = 10 for n = 10"), error.getMessage());
    }

    @Test
    void negativeOrNanToleranceIsRefused() {
        SparseRows identity = identity(10);
        assertThrows(IllegalArgumentException.class,
                () -> Arpack.solve(10, identity::multiply, 2, Arpack.End.SMALLEST, -1e-12));
        assertThrows(IllegalArgumentException.class,
                () -> Arpack.solve(10, identity::multiply, 2, Arpack.End.SMALLEST, Double.NaN));
    }

    private static SparseRows identity(int n) {
        int[] pointers = new int[n + 1];
        int[] columns = new int[n];
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            pointers[i + 1] = i + 1;
            columns[i] = i;
            values[i] = 1.0;
        }
        return new SparseRows(n, n, pointers, columns, values);
    }
}
