package org.spectrallab.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * What the window draws for a given state, laid out and drawn offscreen (no display
 * needed): views change the picture as intended, overlays appear, and the default view
 * draws a figure exactly as the PNG renderer does.
 */
class WindowSceneTest {

    private static final int WIDTH = 800;
    private static final int HEIGHT = 600;
    /** Colour channels may differ by rounding through GL's 8-bit blending. */
    private static final int CHANNEL_TOLERANCE = 3;

    @AfterAll
    static void release() {
        FigureRenderer.release();
    }

    private static WindowScene.Request request(List<WindowScene.PanelView> panels,
            boolean help) {
        return new WindowScene.Request(1, 1, WIDTH, HEIGHT, panels, help, null);
    }

    private static WindowScene.PanelView panel(String name, Figure figure, ViewState view) {
        return new WindowScene.PanelView(name, figure, List.of(view), "", false, null);
    }

    private static Scene compose(Figure figure, ViewState view) {
        return WindowScene.compose(request(List.of(panel("p", figure, view)), false));
    }

    private static int pixelAt(BufferedImage image, Scene.PlotRegion region, int point) {
        return image.getRGB(Math.round(region.x()[point] - 0.5f),
                Math.round(region.y()[point] - 0.5f));
    }

    private static boolean sameColour(int expected, int actual) {
        for (int shift = 0; shift <= 16; shift += 8) {
            int a = (expected >> shift) & 0xFF;
            int b = (actual >> shift) & 0xFF;
            if (Math.abs(a - b) > CHANNEL_TOLERANCE) {
                return false;
            }
        }
        return true;
    }

    @Test
    void theDefaultViewDrawsAFigureExactlyAsThePngRendererDoes() {
        ScatterPlot figure = Samples.gridEigenmap();
        BufferedImage window = FigureRenderer.renderScene(compose(figure, ViewState.DEFAULT));
        BufferedImage png = FigureRenderer.renderImage(figure, WIDTH, HEIGHT);

        assertEquals(0, differingPixels(window, png));
    }

    static int differingPixels(BufferedImage a, BufferedImage b) {
        int count = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    count++;
                }
            }
        }
        return count;
    }

    @Test
    void colouringByAnEigenvectorPaintsItsColourMapAtEachPoint() {
        ScatterPlot figure = Samples.gridEigenmap();
        Scene scene = compose(figure, ViewState.DEFAULT.withColouring(0));
        BufferedImage image = FigureRenderer.renderScene(scene);
        Scene.PlotRegion region = scene.regions().get(0);
        double[] ramp = Samples.gridEigenpairs().vectorArray(0);

        for (int point : new int[] {0, 12, 24}) {
            int expected = Colormap.DIVERGING.color((ramp[point] + 1) / 2);
            assertTrue(sameColour(expected, pixelAt(image, region, point)),
                    "point " + point + ": " + Integer.toHexString(pixelAt(image, region, point)));
        }
    }

    @Test
    void zoomingInDoublesEachPointsDistanceFromThePlotCentre() {
        ScatterPlot figure = Samples.gridEigenmap();
        Scene.PlotRegion whole = compose(figure, ViewState.DEFAULT).regions().get(0);
        Scene.PlotRegion zoomed = compose(figure, ViewState.DEFAULT.withZoom(2)).regions().get(0);
        int point = 6;
        double before = (whole.x()[point] - whole.area().centerX()) / whole.area().width();
        double after = (zoomed.x()[point] - zoomed.area().centerX()) / zoomed.area().width();

        // as fractions of the plot width: the plot itself narrows when tick labels widen
        assertEquals(2 * before, after, 1e-4);
    }

    @Test
    void draggingMovesThePointsWithTheMouse() {
        ScatterPlot figure = Samples.gridEigenmap();
        Scene.PlotRegion before = compose(figure, ViewState.DEFAULT).regions().get(0);
        Scene.PlotRegion after = compose(figure, ViewState.DEFAULT.withPan(0.25, 0))
                .regions().get(0);

        assertEquals(0.25 * before.area().width(), after.x()[7] - before.x()[7], 0.01);
        assertEquals(before.y()[7], after.y()[7], 0.01);
    }

    @Test
    void aFlippedEigenmapIsDrawnIn3dAndRotationMovesItsProjection() {
        ScatterPlot figure = Samples.gridEigenmap();
        ViewState flipped = ViewState.DEFAULT.withFlipped(true);
        Scene.PlotRegion front = compose(figure, flipped).regions().get(0);
        Scene.PlotRegion turned = compose(figure, flipped.withRotation(0, 30)).regions().get(0);

        assertTrue(front.threeD());
        assertTrue(Math.abs(front.x()[3] - turned.x()[3]) > 5, "the projection did not move");
    }

    @Test
    void aPlainScatterHasNoThirdCoordinateToFlipTo() {
        double[][] data = Samples.blobs(50, 2);
        Scene scene = compose(Figure.scatter("plain", data[0], data[1]),
                ViewState.DEFAULT.withFlipped(true));

        assertFalse(scene.regions().get(0).threeD());
    }

    @Test
    void aHoveredPointShowsItsImageBesideIt() {
        ScatterPlot figure = Samples.gridEigenmap();
        BufferedImage plain = FigureRenderer.renderScene(compose(figure, ViewState.DEFAULT));
        BufferedImage hovered = FigureRenderer.renderScene(compose(figure,
                ViewState.DEFAULT.withHovered(12)));

        int black = Pixels.count(hovered, 0x000000) - Pixels.count(plain, 0x000000);
        // the 112 x 112 image is black but for its 32 x 32 white square
        assertTrue(black > 112 * 112 - 32 * 32 - 200, black + " more black pixels");
        assertTrue(Pixels.count(hovered, 0xFFFFFF) > 0);
    }

    @Test
    void panelsOfATabSitSideBySide() {
        ScatterPlot left = Samples.gridEigenmap();
        ScatterPlot right = Samples.gridEigenmap();
        Scene scene = WindowScene.compose(request(List.of(panel("a", left, ViewState.DEFAULT),
                panel("b", right, ViewState.DEFAULT)), false));

        assertEquals(2, scene.regions().size());
        assertTrue(scene.regions().get(0).area().right() <= WIDTH / 2.0);
        assertTrue(scene.regions().get(1).area().x() >= WIDTH / 2.0);
        assertEquals("b", scene.regions().get(1).panel());
    }

    @Test
    void aFailedRecomputeShowsItsErrorOverTheLastPicture() {
        ScatterPlot figure = Samples.gridEigenmap();
        WindowScene.PanelView failed = new WindowScene.PanelView("p", figure,
                List.of(ViewState.DEFAULT), "", false, "IllegalStateException: no luck");
        BufferedImage image = FigureRenderer.renderScene(WindowScene.compose(
                request(List.of(failed), false)));

        assertTrue(Pixels.count(image, 0xB2182B) > 100, "no error box");
        assertTrue(Pixels.count(image, Palette.classColor(0)) > 20, "the picture is gone");
    }

    @Test
    void theHelpOverlayCoversTheMiddleOfTheFrame() {
        ScatterPlot figure = Samples.gridEigenmap();
        BufferedImage plain = FigureRenderer.renderScene(compose(figure, ViewState.DEFAULT));
        BufferedImage help = FigureRenderer.renderScene(WindowScene.compose(
                request(List.of(panel("p", figure, ViewState.DEFAULT)), true)));

        double darkBefore = darkFraction(plain);
        double darkAfter = darkFraction(help);
        assertTrue(darkAfter > darkBefore + 0.2, darkBefore + " -> " + darkAfter);
    }

    private static double darkFraction(BufferedImage image) {
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (Pixels.grey(image.getRGB(x, y)) < 60) {
                    dark++;
                }
            }
        }
        return dark / (double) (image.getWidth() * image.getHeight());
    }

    @Test
    void theColouringKeysCycleThroughEveryEigenvectorAndBack() {
        List<Integer> seen = new ArrayList<>();
        int colouring = -1;
        for (int press = 0; press < 5; press++) {
            colouring = ViewerWindow.stepColouring(colouring, 4, 1);
            seen.add(colouring);
        }
        assertEquals(List.of(0, 1, 2, 3, -1), seen);
        assertEquals(3, ViewerWindow.stepColouring(-1, 4, -1));
        assertEquals(-1, ViewerWindow.stepColouring(-1, 0, 1), "no eigenvectors, no change");
    }

    @Test
    void depthOrderIsTheStableSortOfTheDepths() {
        Random random = new Random(3);
        double[] depth = new double[1001];
        for (int i = 0; i < depth.length; i++) {
            depth[i] = random.nextInt(50) / 7.0;
        }
        Integer[] boxed = new Integer[depth.length];
        Arrays.setAll(boxed, i -> i);
        Arrays.sort(boxed, Comparator.comparingDouble(i -> depth[i]));

        assertEquals(List.of(boxed), Arrays.stream(ScatterPlot.farthestFirst(depth))
                .boxed().toList());
    }

    @Test
    void sliderPositionsMapBackToTheirValues() {
        Slider k = new Slider("k", 2, 40, 10, true, false, List.of());
        Slider eps = new Slider("eps", 1, 10_000, 100, false, true, List.of());

        assertEquals(38, k.lastPosition());
        assertEquals(10, k.valueAt(k.position(10)));
        assertEquals(1, eps.valueAt(0), 1e-12);
        assertEquals(10_000, eps.valueAt(eps.lastPosition()), 1e-9);
        assertEquals(100, eps.valueAt(eps.lastPosition() / 2), 1e-9);
    }
}
