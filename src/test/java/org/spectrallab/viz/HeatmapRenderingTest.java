package org.spectrallab.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.la4j.Matrix;
import org.la4j.matrix.dense.Basic2DMatrix;

class HeatmapRenderingTest {

    @AfterAll
    static void releaseGl() {
        FigureRenderer.release();
    }

    /** A block matrix: 1 inside the diagonal blocks of size n / blocks, 0 outside. */
    private static Matrix blocks(int n, int blocks) {
        double[][] entries = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                entries[i][j] = i * blocks / n == j * blocks / n ? 1 : 0;
            }
        }
        return new Basic2DMatrix(entries);
    }

    private static int[] groupsOf(int n, int blocks) {
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i * blocks / n;
        }
        return labels;
    }

    @Test
    void colourBarAndCellsSpanDarkAndLight() {
        BufferedImage image = FigureRenderer.renderImage(Figure.heatmap("Gram", blocks(60, 3)),
                600, 600);

        int darkest = Colormap.VIRIDIS.color(0);
        int lightest = Colormap.VIRIDIS.color(1);
        assertTrue(Pixels.grey(darkest) < 60 && Pixels.grey(lightest) > 180);
        // off-diagonal blocks are 0 (darkest), diagonal blocks 1 (lightest): large areas
        assertTrue(Pixels.count(image, darkest) > 10_000, "dark cells missing");
        assertTrue(Pixels.count(image, lightest) > 10_000, "light cells missing");
    }

    /**
     * White pixels between two matrix-coloured neighbours (left and right, or above and
     * below): the 1-pixel boundary lines. The white margin never lies between cells.
     */
    private static int whiteBetweenCells(BufferedImage image) {
        int n = 0;
        for (int y = 1; y < image.getHeight() - 1; y++) {
            for (int x = 1; x < image.getWidth() - 1; x++) {
                boolean white = (image.getRGB(x, y) & 0xFFFFFF) == 0xFFFFFF;
                boolean acrossX = isCell(image, x - 1, y) && isCell(image, x + 1, y);
                boolean acrossY = isCell(image, x, y - 1) && isCell(image, x, y + 1);
                if (white && (acrossX || acrossY)) {
                    n++;
                }
            }
        }
        return n;
    }

    private static boolean isCell(BufferedImage image, int x, int y) {
        int rgb = image.getRGB(x, y) & 0xFFFFFF;
        return rgb == (Colormap.VIRIDIS.color(0) & 0xFFFFFF)
                || rgb == (Colormap.VIRIDIS.color(1) & 0xFFFFFF);
    }

    @Test
    void groupsDrawBoundaryLinesAcrossTheMatrix() {
        Heatmap plain = Figure.heatmap("Gram", blocks(90, 3));
        int before = whiteBetweenCells(FigureRenderer.renderImage(plain, 600, 600));
        int after = whiteBetweenCells(FigureRenderer.renderImage(plain.groups(groupsOf(90, 3)),
                600, 600));

        assertEquals(0, before);
        // two lines each way across a matrix about 450 pixels wide
        assertTrue(after > 4 * 400, "boundary lines missing: " + after);
    }

    @Test
    void largeMatrixIsAveragedDownToThePlot() {
        BufferedImage image = FigureRenderer.renderImage(Figure.heatmap("big", blocks(2000, 4))
                .diverging(true), 500, 500);

        // diverging map over [-1, 1]: 0 is the white middle, 1 the top (dark red)
        assertTrue(Pixels.count(image, Colormap.DIVERGING.color(1)) > 5_000);
    }
}
