package org.spectrallab.viz;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * The text sizes figures use, with their Java2D fonts and metrics. Text is rasterised by
 * Java2D (which works with {@code java.awt.headless=true}) into a texture, so it looks the
 * same offscreen, on EGL and in the window. The logical font "SansSerif" is DejaVu Sans on
 * Debian.
 */
enum TextStyle {

    TITLE(19, Font.BOLD),
    LABEL(15, Font.PLAIN),
    TICK(13, Font.PLAIN),
    LEGEND(13, Font.PLAIN),
    CAPTION(12, Font.PLAIN),
    EXPONENT(10, Font.PLAIN);

    /** Grey level of ordinary text: near black. */
    static final int TEXT_COLOR = 0xFF222222;

    /** The Java2D font, size in pixels. */
    final Font font;

    /** Metrics of {@link #font} with the rendering hints {@link #applyHints} sets. */
    private final FontMetrics metrics;

    TextStyle(int pixels, int style) {
        this.font = new Font(Font.SANS_SERIF, style, pixels);
        this.metrics = measure(font);
    }

    /** Width of {@code text} in pixels. */
    int width(String text) {
        return metrics.stringWidth(text);
    }

    /** Height of one line: ascent plus descent, in pixels. */
    int height() {
        return metrics.getAscent() + metrics.getDescent();
    }

    int ascent() {
        return metrics.getAscent();
    }

    /** Sets the hints used to measure and to draw text: grey anti-aliasing, whole pixels. */
    static void applyHints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
                RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS,
                RenderingHints.VALUE_FRACTIONALMETRICS_OFF);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    }

    private static FontMetrics measure(Font font) {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics();
        try {
            applyHints(g);
            return g.getFontMetrics(font);
        } finally {
            g.dispose();
        }
    }
}
