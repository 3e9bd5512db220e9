package org.spectrallab.viz;

/**
 * Continuous colour maps from a number in [0, 1] to an opaque ARGB colour, by linear
 * interpolation in sRGB between evenly spaced anchor colours.
 *
 * <ul>
 *   <li>{@link #VIRIDIS}: perceptually uniform, dark blue (0) to yellow (1), readable in
 *       grey and by colour-blind readers (S. van der Walt and N. Smith, matplotlib 2.0,
 *       2015). Anchors are the map's nine evenly spaced samples.</li>
 *   <li>{@link #DIVERGING}: blue (0) through white (0.5) to red (1), for signed values with
 *       0 at the middle; ColorBrewer's RdBu scheme reversed (C. Brewer, colorbrewer2.org,
 *       11 classes).</li>
 *   <li>{@link #GREY}: black (0) to white (1), for images.</li>
 * </ul>
 */
public enum Colormap {

    VIRIDIS(0x440154, 0x472D7B, 0x3B528B, 0x2C728E, 0x21908C, 0x27AD81, 0x5DC863, 0xAADC32,
            0xFDE725),
    DIVERGING(0x053061, 0x2166AC, 0x4393C3, 0x92C5DE, 0xD1E5F0, 0xF7F7F7, 0xFDDBC7, 0xF4A582,
            0xD6604D, 0xB2182B, 0x67001F),
    GREY(0x000000, 0xFFFFFF);

    /** Anchor colours as RGB, evenly spaced over [0, 1]. */
    private final int[] anchors;

    Colormap(int... anchors) {
        this.anchors = anchors;
    }

    /**
     * The colour at {@code t}, clamped to [0, 1]; NaN gives the colour at 0.
     *
     * @return an opaque ARGB colour
     */
    public int color(double t) {
        double clamped = Double.isNaN(t) ? 0 : Math.max(0, Math.min(1, t));
        double position = clamped * (anchors.length - 1);
        int lower = Math.min((int) position, anchors.length - 2);
        double fraction = position - lower;
        return 0xFF000000 | mix(anchors[lower], anchors[lower + 1], fraction);
    }

    private static int mix(int rgbA, int rgbB, double fraction) {
        int red = mixChannel(rgbA >> 16, rgbB >> 16, fraction);
        int green = mixChannel(rgbA >> 8, rgbB >> 8, fraction);
        int blue = mixChannel(rgbA, rgbB, fraction);
        return red << 16 | green << 8 | blue;
    }

    private static int mixChannel(int a, int b, double fraction) {
        int from = a & 0xFF;
        int to = b & 0xFF;
        return (int) Math.round(from + (to - from) * fraction);
    }
}
