package org.spectrallab.viz;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.spectrallab.data.Subset;
import org.spectrallab.numeric.DenseArrays;

/**
 * What the window shows about a point of a scatter plot when the mouse hovers over it or
 * clicks it: the point's image, its class name and where it sits in its dataset. Attach it
 * with {@link ScatterPlot#pointInfo(Subset)} (or {@link ScatterPlot#pointInfo(PointInfo)}).
 *
 * <p>Images are kept as grey levels 0..255, each image stretched from its own smallest to
 * its largest value, so centred data still shows a digit.
 */
public final class PointInfo implements Serializable {

    /** Grey level 0..255 of each pixel of each point's image, row-major; null without images. */
    private final byte[][] images;
    private final int width;
    private final int height;
    private final String[] labels;
    private final int[] indices;
    /** Where the points come from, e.g. "MNIST test"; "" when unknown. */
    private final String source;

    private PointInfo(byte[][] images, int width, int height, String[] labels, int[] indices,
            String source) {
        this.images = images;
        this.width = width;
        this.height = height;
        this.labels = labels;
        this.indices = indices;
        this.source = source;
    }

    /** The images, class names and dataset indices of a lab's subset. */
    public static PointInfo of(Subset data) {
        if (data == null) {
            throw new IllegalArgumentException("data is null: pass the lab's subset, e.g. "
                    + "pointInfo(lab.subset(50)).");
        }
        int n = data.size();
        int d = data.dimension();
        double[] rows = DenseArrays.rowMajor(data.points());
        byte[][] images = new byte[n][];
        for (int i = 0; i < n; i++) {
            images[i] = greyLevels(rows, i * d, d);
        }
        int[] labels = data.labels();
        String[] names = new String[n];
        for (int i = 0; i < n; i++) {
            names[i] = data.dataset() == null ? "label " + labels[i]
                    : data.dataset().classNames().get(labels[i]);
        }
        String source = data.dataset() == null ? "" : data.dataset().displayName() + " "
                + data.split().name().toLowerCase(Locale.ROOT);
        return new PointInfo(images, data.width(), data.height(), names, data.indices(), source);
    }

    /**
     * Details from plain arrays: one image of {@code width * height} values, one label and
     * one dataset index per point; {@code images} may be null for points without images.
     */
    public static PointInfo of(List<double[]> images, int width, int height, List<String> labels,
            int[] indices, String source) {
        List<String> names = Check.nonEmptyList("labels", labels);
        if (indices == null || indices.length != names.size()) {
            throw new IllegalArgumentException("indices has " + (indices == null ? "no"
                    : indices.length) + " values but labels has " + names.size()
                    + ": give one dataset index per point.");
        }
        byte[][] grey = null;
        if (images != null) {
            Check.sameLength("images", images.size(), "labels", names.size());
            if (width < 1 || height < 1) {
                throw new IllegalArgumentException("images of " + width + " x " + height
                        + " pixels are impossible: pass the true size, e.g. 28, 28 for MNIST.");
            }
            grey = new byte[images.size()][];
            for (int i = 0; i < grey.length; i++) {
                double[] image = Check.finiteData("images.get(" + i + ")", images.get(i));
                Check.sameLength("images.get(" + i + ")", image.length, "width x height",
                        width * height);
                grey[i] = greyLevels(image, 0, image.length);
            }
        }
        return new PointInfo(grey, width, height, names.toArray(new String[0]), indices.clone(),
                Check.text(source));
    }

    /** Number of points described. */
    int size() {
        return labels.length;
    }

    String label(int i) {
        return labels[i];
    }

    /** "MNIST test #1234", or "#1234" when the source is unknown. */
    String origin(int i) {
        return (source.isEmpty() ? "" : source + " ") + "#" + indices[i];
    }

    boolean hasImages() {
        return images != null;
    }

    int imageWidth() {
        return width;
    }

    int imageHeight() {
        return height;
    }

    /** Point i's image as opaque grey pixels. */
    Scene.Raster image(int i) {
        byte[] grey = images[i];
        int[] argb = new int[grey.length];
        for (int p = 0; p < grey.length; p++) {
            int g = grey[p] & 0xFF;
            argb[p] = 0xFF000000 | g << 16 | g << 8 | g;
        }
        return new Scene.Raster(width, height, argb);
    }

    /** values[from .. from + length) stretched from their minimum (0) to their maximum (255). */
    private static byte[] greyLevels(double[] values, int from, int length) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int p = from; p < from + length; p++) {
            min = Math.min(min, values[p]);
            max = Math.max(max, values[p]);
        }
        byte[] grey = new byte[length];
        double range = max - min;
        for (int p = 0; p < length; p++) {
            double t = range > 0 ? (values[from + p] - min) / range : 0;
            grey[p] = (byte) Math.round(255 * t);
        }
        return grey;
    }
}
