package org.spectrallab.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;

/** Pixel statistics of a written figure: is there a picture in it? */
public final class Pixels {

    private Pixels() {
    }

    /**
     * Asserts that a PNG is a real figure: readable, at least 200 x 200, more than 2% of its
     * pixels not white, and at least {@code minColours} distinct colours.
     */
    public static void assertNotBlank(Path png, int minColours) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(image != null, png + " is not a readable image");
        assertTrue(image.getWidth() >= 200 && image.getHeight() >= 200, png + " is tiny");
        Set<Integer> colours = new HashSet<>();
        long inked = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                if (rgb != 0xFFFFFF) {
                    inked++;
                }
            }
        }
        double fraction = inked / (double) (image.getWidth() * image.getHeight());
        assertTrue(fraction > 0.02, png + ": only " + fraction + " of pixels are not white");
        assertTrue(colours.size() >= minColours, png + ": only " + colours.size() + " colours");
    }
}
