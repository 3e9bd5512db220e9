package org.spectrallab.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class ScatterPlotRenderingTest {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 480;

    @AfterAll
    static void releaseGl() {
        FigureRenderer.release();
    }

    @Test
    void scatterDrawsPointsFrameAndLabels() {
        double[][] data = Samples.blobs(500, 5);
        BufferedImage image = FigureRenderer.renderImage(
                Figure.scatter("blobs", data[0], data[1]).axes("x", "y"), WIDTH, HEIGHT);

        // 500 dots of 5 px plus grid, frame and text cover a few percent of the frame;
        // a blank or text-only frame stays well below 1 %.
        double ink = Pixels.inkFraction(image);
        assertTrue(ink > 0.03, "too little drawn: " + ink);
        // anti-aliased edges and text give many grey levels besides the point colour
        assertTrue(Pixels.distinctColors(image) > 20);
    }

    @Test
    void byClassShowsEveryClassColour() {
        int classes = 10;
        double[][] data = Samples.blobs(1000, classes);
        BufferedImage image = FigureRenderer.renderImage(Figure.scatter("classes", data[0],
                data[1]).byClass(Samples.labels(data[2]), Samples.classNames(classes)),
                WIDTH, HEIGHT);

        for (int c = 0; c < classes; c++) {
            // dot centres are opaque, so each class colour appears exactly, many times
            int pixels = Pixels.count(image, Palette.classColor(c));
            assertTrue(pixels > 50, "class " + c + " colour drawn on only " + pixels + " pixels");
        }
    }

    @Test
    void signedSignalUsesDivergingColourBarFromBlueToRed() {
        double[][] data = Samples.blobs(400, 4);
        double[] signal = data[0].clone();
        BufferedImage image = FigureRenderer.renderImage(Figure.scatter("signal", data[0],
                data[1]).bySignal(signal, "f"), WIDTH, HEIGHT);

        // the colour bar's end rows are the map's end colours exactly (nearest sampling)
        assertTrue(Pixels.count(image, Colormap.DIVERGING.color(0)) > 10, "no dark blue");
        assertTrue(Pixels.count(image, Colormap.DIVERGING.color(1)) > 10, "no dark red");
    }

    @Test
    void positiveSignalUsesViridis() {
        double[][] data = Samples.blobs(400, 4);
        double[] signal = new double[400];
        for (int i = 0; i < signal.length; i++) {
            signal[i] = i;
        }
        BufferedImage image = FigureRenderer.renderImage(Figure.scatter("signal", data[0],
                data[1]).bySignal(signal, "index"), WIDTH, HEIGHT);

        assertTrue(Pixels.count(image, Colormap.VIRIDIS.color(0)) > 10, "no viridis purple");
        assertTrue(Pixels.count(image, Colormap.VIRIDIS.color(1)) > 10, "no viridis yellow");
    }

    @Test
    void threeDimensionalScatterDrawsEveryClass() {
        int classes = 3;
        double[][] data = Samples.blobs(600, classes);
        double[] z = data[2].clone();
        BufferedImage image = FigureRenderer.renderImage(Figure.scatter("3-D", data[0], data[1])
                .z(z).axes("a", "b", "c").byClass(Samples.labels(data[2]),
                        Samples.classNames(classes)), WIDTH, HEIGHT);

        for (int c = 0; c < classes; c++) {
            assertTrue(Pixels.count(image, Palette.classColor(c)) > 50, "class " + c + " missing");
        }
    }

    @Test
    void highlightedPointsGetADarkOutline() {
        double[][] data = Samples.blobs(200, 2);
        ScatterPlot plain = Figure.scatter("wavelets", data[0], data[1]);
        int outline = 0x121212; // SceneDrawer's outline colour, 0.07 of full scale

        assertEquals(0, Pixels.count(FigureRenderer.renderImage(plain, WIDTH, HEIGHT), outline));
        BufferedImage marked = FigureRenderer.renderImage(plain.highlight(3, 50), WIDTH, HEIGHT);
        assertTrue(Pixels.count(marked, outline) > 20, "highlight ring not drawn");
    }
}
