package org.spectrallab.viz;

import java.util.List;

/**
 * Small images in a grid, e.g. MNIST digits or eigen-digits, filled row by row.
 *
 * <p>Each image is {@code width * height} values in row-major order (row 0 at the top).
 * Unsigned images (the default) hold intensities in [0, 1] drawn from black (0) to white
 * (1). Signed images ({@link #signed}) are drawn with the {@link Colormap#DIVERGING} map,
 * each scaled by its own largest |value| m: -m blue, 0 white, +m red; use this for
 * eigenvectors reshaped to images, whose sign and scale are arbitrary.
 */
public final class ImageGrid extends Figure {

    private static final int GAP = 6;
    private static final int FRAME_COLOR = 0xFFCCCCCC;
    /** Scales of at least this are rounded down to whole pixels, for crisp images. */
    private static final double WHOLE_PIXEL_SCALE = 4;

    private final List<double[]> images;
    private final int width;
    private final int height;
    private final int columns;
    private List<String> captions;
    private List<String> rowLabels;
    private boolean signed;

    ImageGrid(String title, List<double[]> images, int width, int height, int columns) {
        super(title);
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("images of " + width + " x " + height
                    + " pixels are impossible: pass the true size, e.g. 28, 28 for MNIST.");
        }
        if (columns < 1) {
            throw new IllegalArgumentException("columns is " + columns
                    + ": a grid needs at least 1 column.");
        }
        List<double[]> list = Check.nonEmptyList("images", images);
        double[][] copies = new double[list.size()][];
        for (int i = 0; i < list.size(); i++) {
            copies[i] = Check.finiteData("images.get(" + i + ")", list.get(i));
            if (copies[i].length != width * height) {
                throw new IllegalArgumentException("images.get(" + i + ") has "
                        + copies[i].length + " values but a " + width + " x " + height
                        + " image has " + width * height + ": check width and height.");
            }
        }
        this.images = List.of(copies);
        this.width = width;
        this.height = height;
        this.columns = Math.min(columns, copies.length);
    }

    /** One caption per image, drawn below it. */
    public ImageGrid captions(List<String> captions) {
        List<String> list = Check.nonEmptyList("captions", captions);
        Check.sameLength("captions", list.size(), "images", images.size());
        this.captions = list;
        return this;
    }

    /** One label per grid row, drawn at its left. */
    public ImageGrid rowLabels(List<String> labels) {
        List<String> list = Check.nonEmptyList("rowLabels", labels);
        Check.sameLength("rowLabels", list.size(), "grid rows", rows());
        this.rowLabels = list;
        return this;
    }

    /** Draws the images as signed values with a diverging map (see the class comment). */
    public ImageGrid signed(boolean on) {
        this.signed = on;
        return this;
    }

    /** Number of grid rows: images / columns, rounded up. */
    public int rows() {
        return (images.size() + columns - 1) / columns;
    }

    @Override
    public int defaultHeight() {
        double cell = Math.min(160, (DEFAULT_WIDTH - 60.0) / columns - GAP);
        double rowHeight = cell * height / width + GAP + captionHeight();
        return (int) Math.max(200, Math.min(2400, 70 + rows() * rowHeight));
    }

    @Override
    void checkComplete() {
        if (signed) {
            return;
        }
        for (int i = 0; i < images.size(); i++) {
            double[] image = images.get(i);
            for (int p = 0; p < image.length; p++) {
                if (image[p] < 0 || image[p] > 1) {
                    throw new IllegalArgumentException("image " + i + " has value " + image[p]
                            + " at pixel " + p + ", outside [0, 1]: divide raw MNIST bytes by "
                            + "255, or call .signed(true) for signed images.");
                }
            }
        }
    }

    @Override
    void draw(Scene scene, Rect area) {
        Rect rest = drawTitle(scene, area);
        double labelWidth = rowLabelWidth();
        Rect grid = rest.inset(12 + labelWidth, 0, 12, 10);
        int rows = rows();
        double scale = cellScale(grid, rows);
        double imageWidth = width * scale;
        double imageHeight = height * scale;
        double gridWidth = columns * imageWidth + (columns - 1) * GAP;
        double left = grid.x() + (grid.width() - gridWidth) / 2;
        double rowHeight = imageHeight + captionHeight() + GAP;
        for (int i = 0; i < images.size(); i++) {
            Rect cell = new Rect(left + (i % columns) * (imageWidth + GAP),
                    grid.y() + (i / columns) * rowHeight, imageWidth, imageHeight);
            scene.image(raster(images.get(i)), cell);
            scene.strokeRect(new Rect(cell.x() - 1, cell.y() - 1, cell.width() + 2,
                    cell.height() + 2), FRAME_COLOR);
            if (captions != null) {
                scene.text(captions.get(i), cell.centerX(), cell.bottom() + 2,
                        TextStyle.CAPTION, 0.5, 0);
            }
        }
        for (int r = 0; rowLabels != null && r < rows; r++) {
            scene.text(rowLabels.get(r), left - GAP * 2, grid.y() + r * rowHeight
                    + imageHeight / 2, TextStyle.LABEL, 1, 0.5);
        }
    }

    /** Screen pixels per image pixel so that the whole grid fits. */
    private double cellScale(Rect grid, int rows) {
        double across = (grid.width() - (columns - 1) * GAP) / columns / width;
        double down = (grid.height() - rows * (GAP + captionHeight())) / rows / height;
        double scale = Math.max(0.1, Math.min(across, down));
        return scale >= WHOLE_PIXEL_SCALE ? Math.floor(scale) : scale;
    }

    private int captionHeight() {
        return captions == null ? 0 : TextStyle.CAPTION.height() + 2;
    }

    private double rowLabelWidth() {
        if (rowLabels == null) {
            return 0;
        }
        int widest = 0;
        for (String label : rowLabels) {
            widest = Math.max(widest, TextStyle.LABEL.width(label));
        }
        return widest + GAP * 2;
    }

    private Scene.Raster raster(double[] image) {
        int[] argb = new int[image.length];
        double largest = 0;
        for (double v : image) {
            largest = Math.max(largest, Math.abs(v));
        }
        for (int p = 0; p < image.length; p++) {
            argb[p] = signed
                    ? Colormap.DIVERGING.color(largest > 0 ? (image[p] / largest + 1) / 2 : 0.5)
                    : Colormap.GREY.color(image[p]);
        }
        return new Scene.Raster(width, height, argb);
    }
}
