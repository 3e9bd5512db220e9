package org.spectrallab.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Chooses n images of each class 0..9 from a split, so every class is equally present.
 *
 * <p>Two rules: {@link #firstPerClass} takes the first n of each class in dataset order
 * (the rule behind the kit's reference values); {@link #randomPerClass} draws n of each
 * class uniformly without replacement with a seeded {@link java.util.Random}, so the same
 * seed gives the same subset on every machine. Either way the points are ordered by class,
 * then by dataset index.
 */
public final class StratifiedSampler {

    private StratifiedSampler() {
    }

    /** The first {@code perClass} images of each class, in dataset order. */
    public static Subset firstPerClass(ImageSet images, int perClass) {
        List<int[]> byClass = indicesByClass(images);
        checkPerClass(images, byClass, perClass);
        int[] chosen = new int[10 * perClass];
        for (int label = 0; label < 10; label++) {
            System.arraycopy(byClass.get(label), 0, chosen, label * perClass, perClass);
        }
        return images.subset(chosen);
    }

    /**
     * {@code perClass} images of each class drawn at random without replacement.
     *
     * @param seed the same seed gives the same subset
     */
    public static Subset randomPerClass(ImageSet images, int perClass, long seed) {
        List<int[]> byClass = indicesByClass(images);
        checkPerClass(images, byClass, perClass);
        Random random = new Random(seed);
        int[] chosen = new int[10 * perClass];
        for (int label = 0; label < 10; label++) {
            int[] pool = byClass.get(label).clone();
            for (int i = 0; i < perClass; i++) {
                int j = i + random.nextInt(pool.length - i);
                int swap = pool[i];
                pool[i] = pool[j];
                pool[j] = swap;
            }
            int[] picked = Arrays.copyOf(pool, perClass);
            Arrays.sort(picked);
            System.arraycopy(picked, 0, chosen, label * perClass, perClass);
        }
        return images.subset(chosen);
    }

    private static List<int[]> indicesByClass(ImageSet images) {
        int[] counts = images.classCounts();
        List<int[]> byClass = new ArrayList<>();
        for (int label = 0; label < 10; label++) {
            byClass.add(new int[counts[label]]);
        }
        int[] filled = new int[10];
        for (int i = 0; i < images.size(); i++) {
            int label = images.label(i);
            byClass.get(label)[filled[label]++] = i;
        }
        return byClass;
    }

    /**
     * Refuses a per-class count above the smallest class: the message names that class, the
     * limit for every class.
     */
    private static void checkPerClass(ImageSet images, List<int[]> byClass, int perClass) {
        if (perClass < 1) {
            throw new IllegalArgumentException("asked for " + perClass
                    + " images per class: ask for at least 1");
        }
        int smallest = 0;
        for (int label = 1; label < 10; label++) {
            if (byClass.get(label).length < byClass.get(smallest).length) {
                smallest = label;
            }
        }
        int available = byClass.get(smallest).length;
        if (perClass > available) {
            throw new IllegalArgumentException("asked for " + perClass
                    + " images per class but class " + smallest + " has only " + available
                    + " in the " + images.dataset().displayName() + " "
                    + images.split().name().toLowerCase(java.util.Locale.ROOT)
                    + " set (the smallest class): ask for at most " + available
                    + (images.split() == Split.TEST ? ", or use the training set" : ""));
        }
    }
}
