package org.spectrallab.viz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterminismTest {

    @AfterAll
    static void releaseGl() {
        FigureRenderer.release();
    }

    private static double[] squares(int n) {
        double[] y = Samples.indices(n);
        for (int i = 0; i < n; i++) {
            y[i] *= y[i];
        }
        return y;
    }

    @Test
    void sameFigureGivesIdenticalPngBytes(@TempDir Path folder) throws IOException {
        double[][] data = Samples.blobs(2000, 10);
        Figure figure = Figure.row("twice",
                Figure.scatter("classes", data[0], data[1]).axes("x", "y")
                        .byClass(Samples.labels(data[2]), Samples.classNames(10)).highlight(1, 2),
                Figure.lines("curve").series("y", Samples.indices(50), squares(50)).logX().logY()
                        .horizontalLine("base", 10));
        Path first = FigureRenderer.writePng(figure, folder.resolve("a/first.png"), 900, 400);
        Path second = FigureRenderer.writePng(figure, folder.resolve("b/second.png"), 900, 400);

        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }

    @Test
    void renderingAnotherSizeInBetweenChangesNothing(@TempDir Path folder) throws IOException {
        double[] image = new double[9];
        for (int i = 0; i < 9; i++) {
            image[i] = i / 8.0;
        }
        Figure grid = Figure.images("grid", List.of(image, image), 3, 3, 2);
        Path first = FigureRenderer.writePng(grid, folder.resolve("first.png"), 300, 200);
        FigureRenderer.renderImage(grid, 640, 480);
        Path second = FigureRenderer.writePng(grid, folder.resolve("second.png"), 300, 200);

        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }
}
