package org.spectrallab.entk;

import org.la4j.Matrix;
import org.spectrallab.data.Dataset;
import org.spectrallab.data.ImageSet;
import org.spectrallab.data.Split;
import org.spectrallab.data.StratifiedSampler;
import org.spectrallab.data.Subset;

/** Small MNIST batches for the tests. */
final class TestInputs {

    private TestInputs() {
    }

    /** {@code perClass} test images of each digit (the first ones), 784 values per row. */
    static Subset mnist(int perClass) {
        return StratifiedSampler.firstPerClass(ImageSet.load(Dataset.MNIST, Split.TEST),
                perClass);
    }

    /** {@code perClass} training images of each digit, drawn with a fixed seed. */
    static Subset mnistTraining(int perClass, long seed) {
        return StratifiedSampler.randomPerClass(ImageSet.load(Dataset.MNIST, Split.TRAIN),
                perClass, seed);
    }

    /** The first {@code n} rows of the first-per-class test subset. */
    static Matrix rows(int n) {
        return mnist((n + 9) / 10).points().copyOfRows(n);
    }
}
