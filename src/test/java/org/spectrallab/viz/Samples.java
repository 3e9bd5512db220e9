package org.spectrallab.viz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.spectrallab.spectral.Eigenpairs;

/** Small deterministic data sets for the figure tests. */
final class Samples {

    private Samples() {
    }

    /** {@code n} points in {@code classes} Gaussian blobs round a circle; fixed seed. */
    static double[][] blobs(int n, int classes) {
        Random random = new Random(7);
        double[][] xyLabel = new double[3][n];
        for (int i = 0; i < n; i++) {
            int label = i % classes;
            double angle = 2 * Math.PI * label / classes;
            xyLabel[0][i] = 3 * Math.cos(angle) + 0.5 * random.nextGaussian();
            xyLabel[1][i] = 3 * Math.sin(angle) + 0.5 * random.nextGaussian();
            xyLabel[2][i] = label;
        }
        return xyLabel;
    }

    /** 1, 2, ..., n. */
    static double[] indices(int n) {
        double[] k = new double[n];
        for (int i = 0; i < n; i++) {
            k[i] = i + 1;
        }
        return k;
    }

    static int[] labels(double[] asDoubles) {
        int[] labels = new int[asDoubles.length];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = (int) asDoubles[i];
        }
        return labels;
    }

    /**
     * Four "eigenvectors" of 25 points on a 5 x 5 grid, ascending eigenvalues 0 .. 0.3:
     * v0 a ramp from -11/13 to 1 (signed), v1 and v2 the grid columns and rows, v3 a
     * height. Each vector's largest entry is positive, so the sign convention keeps them.
     */
    static Eigenpairs gridEigenpairs() {
        int n = 25;
        int count = 4;
        double[] vectors = new double[n * count];
        for (int i = 0; i < n; i++) {
            vectors[i * count] = (i - 11) / 13.0;
            vectors[i * count + 1] = i % 5 - 1.9;
            vectors[i * count + 2] = i / 5 - 1.9;
            vectors[i * count + 3] = (i * 7) % 11 - 4.9;
        }
        return Eigenpairs.of(new double[] {0, 0.1, 0.2, 0.3}, vectors, n,
                Eigenpairs.Order.ASCENDING);
    }

    /** The grid eigenmap (psi_1, psi_2), three classes, a 28 x 28 image per point. */
    static ScatterPlot gridEigenmap() {
        int n = 25;
        int[] labels = new int[n];
        Arrays.setAll(labels, i -> i % 3);
        List<double[]> images = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int[] indices = new int[n];
        for (int i = 0; i < n; i++) {
            images.add(squareImage());
            names.add("class " + labels[i]);
            indices[i] = 1000 + i;
        }
        return Figure.eigenmap("grid eigenmap", "psi", gridEigenpairs(), 1)
                .byClass(labels, classNames(3))
                .pointInfo(PointInfo.of(images, 28, 28, names, indices, "test grid"));
    }

    /** A 28 x 28 image: black with a white 8 x 8 square in the middle. */
    static double[] squareImage() {
        double[] image = new double[28 * 28];
        for (int r = 10; r < 18; r++) {
            for (int c = 10; c < 18; c++) {
                image[r * 28 + c] = 1;
            }
        }
        return image;
    }

    static List<String> classNames(int classes) {
        List<String> names = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            names.add("class " + c);
        }
        return names;
    }
}
