package org.spectrallab.data;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * All images and labels of one split of a dataset, as read from its two IDX files.
 *
 * <p>Pixels stay unsigned bytes (0..255) here; {@link Subset} scales the chosen images to
 * [0, 1] as {@code value / 255}. Loaded sets are cached per JVM, so a lab that asks twice
 * reads the files once. MNIST files loaded by {@link #load} are also checked against the
 * published SHA-256 ({@link MnistChecksums}: an error for the kit's own copy, a warning for
 * a folder of the user's own).
 */
public final class ImageSet {

    private static final Map<String, ImageSet> CACHE = new ConcurrentHashMap<>();

    private final Dataset dataset;
    private final Split split;
    private final int width;
    private final int height;
    private final byte[] pixels;
    private final byte[] labels;

    private ImageSet(Dataset dataset, Split split, int width, int height, byte[] pixels,
                     byte[] labels) {
        this.dataset = dataset;
        this.split = split;
        this.width = width;
        this.height = height;
        this.pixels = pixels;
        this.labels = labels;
    }

    /**
     * Loads (or returns the cached) images and labels of a dataset's split.
     *
     * @throws DataFileException when a file is missing, corrupt (for the kit's own MNIST copy,
     *     also when its SHA-256 differs from the published one), or images and labels disagree
     */
    public static ImageSet load(Dataset dataset, Split split) {
        return CACHE.computeIfAbsent(dataset + "/" + split, key -> read(dataset, split));
    }

    /** Reads an image file and a label file given directly, without caching. */
    public static ImageSet read(Dataset dataset, Split split, Path imageFile, Path labelFile) {
        IdxFile images = IdxFile.read(imageFile, 3);
        IdxFile labels = IdxFile.read(labelFile, 1);
        if (images.count() != labels.count()) {
            throw new DataFileException(labelFile, "holds " + labels.count()
                    + " labels but " + imageFile.getFileName() + " holds " + images.count()
                    + " images", "the two files come from different sets; fetch both again");
        }
        checkLabels(labelFile, labels.data());
        int[] dims = images.dimensions();
        return new ImageSet(dataset, split, dims[2], dims[1], images.data(), labels.data());
    }

    /** Reads a split from its folder; MNIST files are checked by {@link MnistChecksums}. */
    private static ImageSet read(Dataset dataset, Split split) {
        Path imageFile = dataset.file(split, "images");
        Path labelFile = dataset.file(split, "labels");
        ImageSet set = read(dataset, split, imageFile, labelFile);
        if (dataset == Dataset.MNIST) {
            MnistChecksums.check(imageFile, split, "images");
            MnistChecksums.check(labelFile, split, "labels");
        }
        return set;
    }

    private static void checkLabels(Path labelFile, byte[] labels) {
        for (int i = 0; i < labels.length; i++) {
            int label = labels[i] & 0xff;
            if (label > 9) {
                throw new DataFileException(labelFile, "label " + i + " is " + label
                        + ", outside 0..9", "the file is corrupt; fetch it again");
            }
        }
    }

    /** The dataset these images belong to. */
    public Dataset dataset() {
        return dataset;
    }

    /** The split these images belong to. */
    public Split split() {
        return split;
    }

    /** The number of images. */
    public int size() {
        return labels.length;
    }

    /** Image width in pixels (28 for MNIST). */
    public int width() {
        return width;
    }

    /** Image height in pixels (28 for MNIST). */
    public int height() {
        return height;
    }

    /** Pixels per image, width times height. */
    public int pixelCount() {
        return width * height;
    }

    /** The label (0..9) of image {@code index}. */
    public int label(int index) {
        checkIndex(index);
        return labels[index] & 0xff;
    }

    /** Image {@code index} scaled to [0, 1] as value / 255, row by row. */
    public double[] image(int index) {
        checkIndex(index);
        int size = pixelCount();
        double[] image = new double[size];
        int offset = index * size;
        for (int p = 0; p < size; p++) {
            image[p] = (pixels[offset + p] & 0xff) / 255.0;
        }
        return image;
    }

    /**
     * The images at the given dataset indices, in the order given: how a results.json's
     * subset is rebuilt exactly.
     */
    public Subset subset(int... chosen) {
        int d = pixelCount();
        double[] data = new double[Math.multiplyExact(chosen.length, d)];
        int[] chosenLabels = new int[chosen.length];
        for (int i = 0; i < chosen.length; i++) {
            System.arraycopy(image(chosen[i]), 0, data, i * d, d);
            chosenLabels[i] = label(chosen[i]);
        }
        return new Subset(dataset, split, chosen.clone(), chosenLabels, data, width, height,
                false);
    }

    /** How many images carry each label 0..9. */
    public int[] classCounts() {
        int[] counts = new int[10];
        for (byte label : labels) {
            counts[label & 0xff]++;
        }
        return counts;
    }

    private void checkIndex(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException("image index " + index + " is outside 0.."
                    + (size() - 1) + " of the " + dataset.displayName() + " " + split
                    + " set");
        }
    }
}
