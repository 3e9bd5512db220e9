package org.spectrallab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Stratified subsets of the real MNIST files: counts, order, determinism, limits. */
class StratifiedSamplerTest {

    private final ImageSet test = ImageSet.load(Dataset.MNIST, Split.TEST);

    @Test
    void mnistTestSetHasThePublishedClassCounts() {
        assertArrayEquals(new int[] {980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009},
                test.classCounts());
    }

    @Test
    void mnistTrainingSetHasThePublishedClassCounts() {
        assertArrayEquals(new int[] {5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949},
                ImageSet.load(Dataset.MNIST, Split.TRAIN).classCounts());
    }

    @Test
    void randomSubsetHasExactlyNOfEachClassInClassOrder() {
        Subset subset = StratifiedSampler.randomPerClass(test, 7, 42);
        int[] expectedCounts = new int[10];
        Arrays.fill(expectedCounts, 7);
        assertArrayEquals(expectedCounts, subset.classCounts());
        int[] labels = subset.labels();
        int[] indices = subset.indices();
        for (int i = 0; i < labels.length; i++) {
            assertEquals(i / 7, labels[i]);
            assertEquals(test.label(indices[i]), labels[i]);
        }
    }

    @Test
    void sameSeedGivesTheSameSubsetAndAnotherSeedAnother() {
        int[] first = StratifiedSampler.randomPerClass(test, 30, 1).indices();
        int[] again = StratifiedSampler.randomPerClass(test, 30, 1).indices();
        int[] other = StratifiedSampler.randomPerClass(test, 30, 2).indices();
        assertArrayEquals(first, again);
        assertFalse(Arrays.equals(first, other));
    }

    @Test
    void randomSubsetHasNoRepeatedImage() {
        int[] indices = StratifiedSampler.randomPerClass(test, 500, 3).indices();
        assertEquals(indices.length, Arrays.stream(indices).distinct().count());
    }

    @Test
    void pixelsAreScaledToTheUnitInterval() {
        Subset subset = StratifiedSampler.firstPerClass(test, 5);
        double max = 0;
        double min = 1;
        for (int i = 0; i < subset.size(); i++) {
            for (double p : subset.point(i)) {
                max = Math.max(max, p);
                min = Math.min(min, p);
            }
        }
        assertEquals(0.0, min);
        assertEquals(1.0, max);
    }

    @Test
    void centredSubsetHasZeroMean() {
        Subset centred = StratifiedSampler.firstPerClass(test, 5).centred();
        for (double m : centred.mean()) {
            assertEquals(0.0, m, 1e-15);
        }
        assertTrue(centred.isCentred());
    }

    @Test
    void askingForMoreThanTheSmallestClassNamesTheClassAndTheLimit() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> StratifiedSampler.randomPerClass(test, 900, 0));
        assertTrue(error.getMessage().contains("class 5 has only 892"), error.getMessage());
        assertTrue(error.getMessage().contains("at most 892"), error.getMessage());
    }

    @Test
    void askingForMoreThanEveryClassNamesTheSmallestClassNotTheFirst() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> StratifiedSampler.randomPerClass(test, 5000, 0));
        assertTrue(error.getMessage().contains("class 5 has only 892"), error.getMessage());
        assertTrue(error.getMessage().contains("at most 892"), error.getMessage());
        assertFalse(error.getMessage().contains("class 0"), error.getMessage());
    }

    @Test
    void zeroPerClassIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> StratifiedSampler.firstPerClass(test, 0));
    }

    @Test
    void nanInGivenRowsIsRefusedWithItsPosition() {
        double[][] rows = {{0, 1}, {2, Double.NaN}};
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Subset.ofRows(rows, new int[] {0, 1}));
        assertTrue(error.getMessage().contains("row 1, column 1"), error.getMessage());
    }
}
