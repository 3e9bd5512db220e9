package org.spectrallab.viz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class LinePlotRenderingTest {

    @AfterAll
    static void releaseGl() {
        FigureRenderer.release();
    }

    private static double[] decay(int n, double rate) {
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = Math.exp(-rate * i);
        }
        return y;
    }

    @Test
    void everySeriesAndTheBaselineAreDrawnInTheirColours() {
        LinePlot plot = Figure.lines("spectra").axes("k", "lambda")
                .series("Gram", Samples.indices(40), decay(40, 0.1))
                .series("Laplacian", Samples.indices(40), decay(40, 0.3))
                .horizontalLine("chance", 0.5)
                .markers(true);
        BufferedImage image = FigureRenderer.renderImage(plot, 700, 500);

        for (int i = 0; i < 3; i++) {
            // 2-px strokes and 6-px markers have opaque cores in the exact palette colour
            assertTrue(Pixels.count(image, Palette.classColor(i)) > 30, "series " + i + " missing");
        }
    }

    @Test
    void logarithmicAxesDrawCurvesOverSeveralDecades() {
        LinePlot plot = Figure.lines("decay").series("e^-k", Samples.indices(60), decay(60, 0.25))
                .logY().logX();
        BufferedImage image = FigureRenderer.renderImage(plot, 700, 500);

        assertTrue(Pixels.count(image, Palette.classColor(0)) > 200);
        assertTrue(Pixels.inkFraction(image) > 0.01);
    }
}
