package org.spectrallab.viz;

/**
 * How the window shows one scatter plot at the moment: what colours the points, whether it
 * is seen in 2-D or 3-D, the rotation, zoom and pan, and which point is hovered or pinned.
 * Figures stay as the lab built them; the window keeps one view per scatter plot and
 * passes it to the drawing through the {@link Scene}. Offscreen drawing uses
 * {@link #DEFAULT}, which draws the figure exactly as built.
 *
 * @param colouring -1 for the figure's own colouring, else the index of the signal
 *     (eigenvector) that colours the points
 * @param flipped whether the plot is shown in the other dimension than it was built in
 *     (a 2-D eigenmap in 3-D, or a 3-D plot flat)
 * @param azimuth degrees round the vertical axis of a 3-D view; NaN for the figure's own
 * @param elevation degrees above the x-y plane of a 3-D view; NaN for the figure's own
 * @param zoom magnification, 1 shows all points
 * @param panX how far the picture has been dragged to the right, as a fraction of the plot
 *     width (the points follow the mouse)
 * @param panY how far the picture has been dragged down, as a fraction of the plot height
 * @param hovered the point under the mouse pointer, or -1
 * @param pinned the point whose details stay shown after a click, or -1
 */
record ViewState(int colouring, boolean flipped, double azimuth, double elevation, double zoom,
        double panX, double panY, int hovered, int pinned) {

    /** The figure as built: own colours, own dimension and view, no zoom, nothing marked. */
    static final ViewState DEFAULT = new ViewState(-1, false, Double.NaN, Double.NaN, 1, 0, 0,
            -1, -1);

    /** Smallest and largest zoom the mouse wheel and keys reach. */
    static final double MIN_ZOOM = 0.25;
    static final double MAX_ZOOM = 64;

    ViewState withColouring(int signal) {
        return new ViewState(signal, flipped, azimuth, elevation, zoom, panX, panY, hovered,
                pinned);
    }

    ViewState withFlipped(boolean flip) {
        return new ViewState(colouring, flip, azimuth, elevation, zoom, panX, panY, hovered,
                pinned);
    }

    ViewState withRotation(double azimuthDegrees, double elevationDegrees) {
        double el = Math.max(-90, Math.min(90, elevationDegrees));
        return new ViewState(colouring, flipped, azimuthDegrees, el, zoom, panX, panY, hovered,
                pinned);
    }

    ViewState withZoom(double factor) {
        double z = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, factor));
        return new ViewState(colouring, flipped, azimuth, elevation, z, panX, panY, hovered,
                pinned);
    }

    ViewState withPan(double x, double y) {
        return new ViewState(colouring, flipped, azimuth, elevation, zoom, x, y, hovered, pinned);
    }

    ViewState withHovered(int point) {
        return new ViewState(colouring, flipped, azimuth, elevation, zoom, panX, panY, point,
                pinned);
    }

    ViewState withPinned(int point) {
        return new ViewState(colouring, flipped, azimuth, elevation, zoom, panX, panY, hovered,
                point);
    }

    /** The same colouring and dimension with rotation, zoom and pan back as built. */
    ViewState reset() {
        return new ViewState(colouring, flipped, Double.NaN, Double.NaN, 1, 0, 0, hovered,
                pinned);
    }

    /** This view for a figure with {@code points} points: marks past the end are dropped. */
    ViewState fittedTo(int points, int signals) {
        int c = colouring < signals ? colouring : -1;
        int h = hovered < points ? hovered : -1;
        int p = pinned < points ? pinned : -1;
        return new ViewState(c, flipped, azimuth, elevation, zoom, panX, panY, h, p);
    }
}
