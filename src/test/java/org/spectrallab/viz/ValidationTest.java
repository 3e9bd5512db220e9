package org.spectrallab.viz;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.la4j.matrix.dense.Basic2DMatrix;

/** Bad input fails at the call with a message that names the problem and the fix. */
class ValidationTest {

    private static final double[] THREE = {1, 2, 3};

    private static void failsMentioning(Executable call, String... fragments) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        for (String fragment : fragments) {
            assertTrue(e.getMessage().contains(fragment),
                    "message lacks '" + fragment + "': " + e.getMessage());
        }
    }

    @Test
    void mismatchedLengthsAreNamed() {
        failsMentioning(() -> Figure.scatter("t", THREE, new double[] {1, 2}),
                "x has 3 values", "y has 2", "one value per point");
    }

    @Test
    void nanCoordinateIsLocated() {
        double[] withNaN = {1, Double.NaN};
        failsMentioning(() -> Figure.scatter("t", withNaN, new double[] {1, 2}),
                "x[1] is NaN", "drop that point");
    }

    @Test
    void emptyDataIsRejected() {
        failsMentioning(() -> Figure.scatter("t", new double[0], new double[0]), "x is empty");
        failsMentioning(() -> FigureRenderer.renderImage(Figure.lines("empty"), 100, 100),
                "has nothing to draw", ".series(");
    }

    @Test
    void nonPositiveSizeIsRejected() {
        Figure figure = Figure.scatter("t", THREE, THREE);
        failsMentioning(() -> FigureRenderer.renderImage(figure, 0, 100), "0 x 100",
                "must be 1 to");
        failsMentioning(() -> FigureRenderer.writePng(figure, Path.of("never.png"), 100, -5),
                "100 x -5");
    }

    @Test
    void classLabelsMustMatchClassNames() {
        ScatterPlot plot = Figure.scatter("t", THREE, THREE);
        failsMentioning(() -> plot.byClass(new int[] {0, 1, 2}, List.of("a", "b")),
                "labels[2] is 2", "0 to 1");
        failsMentioning(() -> plot.byClass(new int[] {0, 1}, List.of("a", "b")), "labels has 2");
    }

    @Test
    void logAxisRejectsNonPositiveValuesEitherOrder() {
        failsMentioning(() -> Figure.lines("t").logY().series("s", THREE, new double[] {1, 0, 2}),
                "y of series 's'[1] is 0.0", "linear axis");
        failsMentioning(() -> Figure.lines("t").series("s", new double[] {-1, 1, 2}, THREE).logX(),
                "x of series 's'[0] is -1.0");
    }

    @Test
    void imagesMustHaveWidthTimesHeightValuesInUnitRange() {
        failsMentioning(() -> Figure.images("t", List.of(new double[5]), 2, 2, 1),
                "has 5 values", "2 x 2 image has 4");
        failsMentioning(() -> FigureRenderer.renderImage(Figure.images("t",
                List.of(new double[] {0, 255, 0, 0}), 2, 2, 1), 100, 100),
                "value 255.0", "divide raw MNIST bytes by 255", "signed(true)");
    }

    @Test
    void heatmapGroupsMustBeContiguous() {
        Heatmap map = Figure.heatmap("t", new Basic2DMatrix(new double[3][3]));
        failsMentioning(() -> map.groups(new int[] {0, 1, 0}), "labels[2] = 0",
                "sort the rows");
    }

    @Test
    void pointSizeAndHighlightAreChecked() {
        ScatterPlot plot = Figure.scatter("t", THREE, THREE);
        failsMentioning(() -> plot.pointSize(0), "pointSize is 0.0", "positive");
        failsMentioning(() -> plot.highlight(3), "index 3", "0 .. 2");
    }

    @Test
    void nullFigureAndEmptyPanelsAreRejected() {
        failsMentioning(() -> FigureRenderer.renderImage(null, 10, 10), "figure is null");
        failsMentioning(() -> Figure.row("t"), "no panels");
    }

    @Test
    void aPngThatCannotBeWrittenSaysWhyAndWhatToDo(@TempDir Path folder) throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("lab01"), "a file, not a folder");
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> FigureRenderer.writePng(Figure.scatter("t", THREE, THREE),
                        notAFolder.resolve("figure.png"), 100, 100));
        assertTrue(e.getMessage().contains(notAFolder + " exists and is not a folder "
                + "(FileAlreadyExistsException). Fix: move that file out of the way"),
                e.getMessage());
    }
}
