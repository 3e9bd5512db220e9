package org.spectrallab.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.la4j.matrix.dense.Basic2DMatrix;

/** Figures cross to the viewer process intact, and nothing but figures gets in. */
class ViewerProtocolTest {

    @AfterAll
    static void release() {
        FigureRenderer.release();
    }

    private static ViewerProtocol.Command roundTrip(ViewerProtocol.Command command)
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ObjectOutputStream out = ViewerProtocol.writer(bytes);
        ViewerProtocol.write(out, command);
        return ViewerProtocol.read(ViewerProtocol.reader(
                new ByteArrayInputStream(bytes.toByteArray())), ViewerProtocol.Command.class);
    }

    @Test
    void everyKindOfFigureReachesTheViewerPixelForPixel() throws IOException {
        double[][] data = Samples.blobs(120, 3);
        List<Figure> figures = List.of(
                Samples.gridEigenmap(),
                Figure.lines("lines").series("a", Samples.indices(5), new double[] {5, 4, 3, 2, 1})
                        .logY().horizontalLine("one", 1),
                Figure.images("digits", List.of(Samples.squareImage(), Samples.squareImage()),
                        28, 28, 2).captions(List.of("a", "b")),
                Figure.heatmap("matrix", new Basic2DMatrix(new double[][] {{1, 0.5}, {0.5, 1}}))
                        .groups(new int[] {0, 1}),
                Figure.row("row", Figure.scatter("left", data[0], data[1])
                        .byClass(Samples.labels(data[2]), Samples.classNames(3)),
                        Figure.scatter("right", data[0], data[1]).bySignal(data[0], "x")));
        for (Figure figure : figures) {
            ViewerProtocol.Show sent = new ViewerProtocol.Show(7, "panel", figure, true);
            ViewerProtocol.Show received = (ViewerProtocol.Show) roundTrip(sent);

            assertEquals(7, received.sequence());
            assertEquals(0, WindowSceneTest.differingPixels(
                    FigureRenderer.renderImage(figure, 600, 400),
                    FigureRenderer.renderImage(received.figure(), 600, 400)), figure.title());
        }
    }

    @Test
    void slidersAndPanelNamesCrossIntact() throws IOException {
        Slider k = new Slider("k", 2, 40, 10, true, false, List.of("eigenmaps"));
        ViewerProtocol.Controls received = (ViewerProtocol.Controls) roundTrip(
                new ViewerProtocol.Controls(List.of(k)));

        assertEquals(List.of(k), received.sliders());
    }

    @Test
    void aMessageHoldingAnyOtherClassIsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ObjectOutputStream out = ViewerProtocol.writer(bytes);
        out.writeObject(new File("/etc/passwd"));
        out.flush();

        assertThrows(InvalidClassException.class, () -> ViewerProtocol.read(
                ViewerProtocol.reader(new ByteArrayInputStream(bytes.toByteArray())),
                ViewerProtocol.Command.class));
    }
}
