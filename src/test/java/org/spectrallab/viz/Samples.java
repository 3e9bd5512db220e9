package org.spectrallab.viz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

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

    static List<String> classNames(int classes) {
        List<String> names = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            names.add("class " + c);
        }
        return names;
    }
}
