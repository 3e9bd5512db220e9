package org.spectrallab.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class PanelGridRenderingTest {

    @AfterAll
    static void releaseGl() {
        FigureRenderer.release();
    }

    @Test
    void rowDrawsEachPanelInItsOwnHalf() {
        double[][] data = Samples.blobs(300, 3);
        Figure left = Figure.scatter("Gram eigenmap", data[0], data[1])
                .byClass(Samples.labels(data[2]), Samples.classNames(3));
        Figure right = Figure.scatter("Laplacian eigenmap", data[1], data[0])
                .bySignal(data[0], "f");
        BufferedImage image = FigureRenderer.renderImage(Figure.row("compare", left, right),
                1200, 500);

        assertTrue(Pixels.count(image, 0, 0, 600, 500, Palette.classColor(1)) > 50);
        assertEquals(0, Pixels.count(image, 600, 0, 600, 500, Palette.classColor(1)));
        assertTrue(Pixels.inkFraction(image, 600, 0, 600, 500) > 0.03);
    }

    @Test
    void gridFillsRowsFirst() {
        double[][] data = Samples.blobs(100, 2);
        Figure panel = Figure.scatter("p", data[0], data[1]);
        PanelGrid grid = Figure.grid("four", 2, panel, panel, panel);
        BufferedImage image = FigureRenderer.renderImage(grid, 800, 800);

        assertEquals(2, grid.rows());
        assertTrue(Pixels.inkFraction(image, 400, 440, 400, 360) < 0.001, "empty cell drawn on");
        assertTrue(Pixels.inkFraction(image, 0, 440, 400, 360) > 0.02);
    }
}
