package org.spectrallab.viz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class ImageGridRenderingTest {

    @AfterAll
    static void releaseGl() {
        FigureRenderer.release();
    }

    /** A 28 x 28 image, left half {@code left}, right half {@code right}. */
    private static double[] halves(double left, double right) {
        double[] image = new double[28 * 28];
        for (int p = 0; p < image.length; p++) {
            image[p] = p % 28 < 14 ? left : right;
        }
        return image;
    }

    @Test
    void greyscaleImagesShowBlackAndWhitePixels() {
        List<double[]> images = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            images.add(halves(0, i / 11.0));
        }
        List<String> captions = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            captions.add("digit " + i);
        }
        BufferedImage image = FigureRenderer.renderImage(Figure.images("digits", images, 28, 28,
                6).captions(captions), 700, 400);

        // the left half of every cell is value 0, pure black; image 6's right half is the
        // grey of 6/11 exactly (nearest sampling of an 8-bit texture)
        assertTrue(Pixels.count(image, 0x000000) > 12 * 100);
        assertTrue(Pixels.count(image, Colormap.GREY.color(6 / 11.0)) > 100, "grey cell missing");
    }

    @Test
    void signedImagesUseBlueForNegativeAndRedForPositive() {
        double[] eigenDigit = halves(-1, 1);
        BufferedImage image = FigureRenderer.renderImage(Figure.images("eigen-digits",
                List.of(eigenDigit), 28, 28, 1).signed(true), 400, 400);

        assertTrue(Pixels.count(image, Colormap.DIVERGING.color(0)) > 1000, "no blue half");
        assertTrue(Pixels.count(image, Colormap.DIVERGING.color(1)) > 1000, "no red half");
    }

    @Test
    void rowLabelsAreAccepted() {
        double[] blank = new double[4];
        Arrays.fill(blank, 0.5);
        BufferedImage image = FigureRenderer.renderImage(Figure.images("", List.of(blank, blank,
                blank, blank), 2, 2, 2).rowLabels(List.of("first", "second")), 300, 300);

        assertTrue(Pixels.count(image, Colormap.GREY.color(0.5)) > 100);
    }
}
