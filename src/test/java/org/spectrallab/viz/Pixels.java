package org.spectrallab.viz;

import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.Set;

/** Pixel statistics of rendered figures, so tests check what was drawn, not that a file exists. */
final class Pixels {

    private Pixels() {
    }

    /** Fraction of pixels that are not the white background. */
    static double inkFraction(BufferedImage image) {
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    ink++;
                }
            }
        }
        return ink / (double) (image.getWidth() * image.getHeight());
    }

    /** Number of different RGB values. */
    static int distinctColors(BufferedImage image) {
        Set<Integer> colors = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                colors.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return colors.size();
    }

    /** Pixels whose RGB equals {@code rgb} exactly. */
    static int count(BufferedImage image, int rgb) {
        return count(image, 0, 0, image.getWidth(), image.getHeight(), rgb);
    }

    /** Pixels inside the given rectangle whose RGB equals {@code rgb} exactly. */
    static int count(BufferedImage image, int left, int top, int width, int height, int rgb) {
        int n = 0;
        for (int y = top; y < top + height; y++) {
            for (int x = left; x < left + width; x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == (rgb & 0xFFFFFF)) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Relative luminance-like grey level 0..255 (Rec. 601 weights) of a pixel. */
    static double grey(int rgb) {
        return 0.299 * ((rgb >> 16) & 0xFF) + 0.587 * ((rgb >> 8) & 0xFF) + 0.114 * (rgb & 0xFF);
    }

    /** Fraction of non-white pixels in a rectangle. */
    static double inkFraction(BufferedImage image, int left, int top, int width, int height) {
        return inkFraction(image.getSubimage(left, top, width, height));
    }
}
