package org.spectrallab.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Frame;
import java.awt.Point;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.WindowEvent;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.JSlider;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window driven like a user drives it: java.awt.Robot presses keys and moves the mouse
 * through the X server, and each test checks from the frame read back from GL (and once
 * from the screen) that the picture changed as intended. The viewer runs in this JVM so
 * that the test can see its frames and views; it needs a display (Xvfb in CI).
 */
class WindowInteractionTest {

    /** Upper bound for one frame after an input; not a speed requirement. */
    private static final Duration FRAME_WAIT = Duration.ofSeconds(20);
    private static final int CHANNEL_TOLERANCE = 3;

    private Robot robot;

    @BeforeEach
    void openWindow() throws Exception {
        assumeTrue(Display.canShowWindows(), "no display: the window cannot be driven");
        FigureWindow.runViewerInProcess(true);
        robot = new Robot();
        robot.setAutoDelay(5);
    }

    @AfterEach
    void closeWindow() {
        FigureWindow.close();
        FigureWindow.runViewerInProcess(false);
        assertEquals(List.of(), FigureWindowTest.kitThreads(), "threads left running");
    }

    private static ViewerWindow window() {
        return FigureWindow.link().localViewer().window();
    }

    private static <T> T onSwing(Callable<T> question) throws Exception {
        AtomicReference<T> answer = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                answer.set(question.call());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return answer.get();
    }

    /** Shows the figure and returns the first frame that holds it. */
    private RenderLoop.Frame show(String panel, Figure figure) throws Exception {
        FigureWindow.show(panel, figure);
        FigureWindow.FrameReport report = FigureWindow.awaitFrame(0,
                FigureWindow.lastShowSequence(), FigureWindowTest.FIRST_FRAME_WAIT);
        assertNotNull(report, "the window never drew " + panel);
        return frameAtLeast(report.frame());
    }

    /** The window's frame once it has drawn frame {@code number} or a later one. */
    private RenderLoop.Frame frameAtLeast(long number) throws Exception {
        long deadline = System.nanoTime() + FRAME_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            RenderLoop.Frame frame = onSwing(() -> window().lastFrame());
            if (frame != null && frame.request().number() >= number) {
                return frame;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no frame " + number + " within " + FRAME_WAIT);
    }

    /** The next frame drawn after {@code previous}. */
    private RenderLoop.Frame nextFrame(RenderLoop.Frame previous) throws Exception {
        FigureWindow.FrameReport report = FigureWindow.awaitFrame(
                previous.request().number(), 0, FRAME_WAIT);
        assertNotNull(report, "no new frame after the input");
        return frameAtLeast(report.frame());
    }

    /** Does {@code input}, waits until the window has handled it, returns the frame after. */
    private RenderLoop.Frame afterInput(Runnable input) throws Exception {
        long handled = FigureWindow.inputsHandled();
        input.run();
        assertTrue(FigureWindow.awaitInputs(handled + 1, FRAME_WAIT), "the input never arrived");
        return frameAtLeast(onSwing(() -> window().lastRequestedFrame()));
    }

    private Point onScreen(double frameX, double frameY) throws Exception {
        Point origin = onSwing(() -> window().frameOrigin());
        return new Point(origin.x + (int) Math.round(frameX), origin.y + (int) Math.round(frameY));
    }

    /** Puts the pointer at frame pixel (x, y), away from any plot when over the title. */
    private void pointAt(double x, double y) throws Exception {
        Point p = onScreen(x, y);
        robot.mouseMove(p.x, p.y);
        robot.waitForIdle();
    }

    /** {@link #pointAt} for use inside {@link #afterInput}. */
    private void moveTo(double x, double y) {
        try {
            pointAt(x, y);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void press(int key) {
        robot.keyPress(key);
        robot.keyRelease(key);
        robot.waitForIdle();
    }

    private static int pixelAt(BufferedImage image, Scene.PlotRegion region, int point) {
        return image.getRGB(Math.round(region.x()[point] - 0.5f),
                Math.round(region.y()[point] - 0.5f)) & 0xFFFFFF;
    }

    private static boolean sameColour(int expected, int actual) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs(((expected >> shift) & 0xFF) - ((actual >> shift) & 0xFF))
                    > CHANNEL_TOLERANCE) {
                return false;
            }
        }
        return true;
    }

    @Test
    void rightArrowRecoloursTheEigenmapByTheNextEigenvector() throws Exception {
        RenderLoop.Frame before = show("eigenmap", Samples.gridEigenmap());
        Scene.PlotRegion region = before.regions().get(0);
        int point = 24;
        assertTrue(sameColour(Palette.classColor(point % 3), pixelAt(before.image(), region,
                point)), "class colour first");

        pointAt(10, 10);
        RenderLoop.Frame after = afterInput(() -> press(KeyEvent.VK_RIGHT));

        // psi_0 is the ramp, largest (1) at point 24: the red end of the diverging map; the
        // colour bar is wider than the legend, so the points sit elsewhere now
        Scene.PlotRegion recoloured = after.regions().get(0);
        int expected = Colormap.DIVERGING.color(1.0) & 0xFFFFFF;
        assertTrue(sameColour(expected, pixelAt(after.image(), recoloured, point)),
                Integer.toHexString(pixelAt(after.image(), recoloured, point)));
        assertNotNull(FigureWindow.awaitFrame(after.request().number() - 1, 0, FRAME_WAIT),
                "the frame was never painted");
        Point screen = onScreen(recoloured.x()[point] - 0.5, recoloured.y()[point] - 0.5);
        robot.waitForIdle();
        assertTrue(sameColour(expected, robot.getPixelColor(screen.x, screen.y).getRGB()),
                "the screen shows the new colour too");
    }

    @Test
    void draggingRotatesA3dEigenmap() throws Exception {
        RenderLoop.Frame flat = show("eigenmap", Samples.gridEigenmap());
        pointAt(10, 10);
        RenderLoop.Frame before = afterInput(() -> press(KeyEvent.VK_D));
        Scene.PlotRegion region = before.regions().get(0);
        assertTrue(region.threeD(), "D shows the eigenmap in 3-D");

        Point start = onScreen(region.area().centerX(), region.area().centerY());
        robot.mouseMove(start.x, start.y);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        for (int step = 1; step <= 8; step++) {
            robot.mouseMove(start.x + 10 * step, start.y);
        }
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        robot.waitForIdle();
        RenderLoop.Frame after = awaitRotation(before, region);

        Scene.PlotRegion turned = after.regions().get(0);
        assertTrue(Math.abs(turned.x()[3] - region.x()[3]) > 5, "point 3 did not move");
        Rect area = region.area();
        int changed = WindowSceneTest.differingPixels(
                before.image().getSubimage((int) area.x(), (int) area.y(), (int) area.width(),
                        (int) area.height()),
                after.image().getSubimage((int) area.x(), (int) area.y(), (int) area.width(),
                        (int) area.height()));
        assertTrue(changed > 200, changed + " pixels changed in the plot");
    }

    /** Frames until one whose projection differs from {@code before}'s. */
    private RenderLoop.Frame awaitRotation(RenderLoop.Frame before, Scene.PlotRegion region)
            throws Exception {
        RenderLoop.Frame frame = before;
        for (int i = 0; i < 40; i++) {
            frame = nextFrame(frame);
            if (frame.regions().get(0).x()[3] != region.x()[3]) {
                Thread.sleep(200);
                return frameAtLeast(frame.request().number());
            }
        }
        throw new AssertionError("the drag never rotated the plot");
    }

    @Test
    void hoveringOverAPointShowsItsImageAndAClickKeepsIt() throws Exception {
        RenderLoop.Frame before = show("eigenmap", Samples.gridEigenmap());
        Scene.PlotRegion region = before.regions().get(0);
        int blackBefore = Pixels.count(before.image(), 0x000000);

        RenderLoop.Frame hovered = afterInput(() -> moveTo(region.x()[12], region.y()[12]));
        int blackHovered = Pixels.count(hovered.image(), 0x000000);
        // the 112 x 112 image: black but for its 32 x 32 white square
        assertTrue(blackHovered - blackBefore > 112 * 112 - 32 * 32 - 200,
                (blackHovered - blackBefore) + " more black pixels");

        afterInput(() -> {
            robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
            robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        });
        RenderLoop.Frame away = afterInput(() -> moveTo(10, 10));
        assertTrue(Pixels.count(away.image(), 0x000000) - blackBefore > 112 * 112 - 32 * 32 - 200,
                "the clicked point's details stay");
    }

    @Test
    void helpKeyShowsTheKeyListAndHidesItAgain() throws Exception {
        RenderLoop.Frame before = show("eigenmap", Samples.gridEigenmap());
        pointAt(10, 10);
        RenderLoop.Frame help = afterInput(() -> press(KeyEvent.VK_H));
        RenderLoop.Frame after = afterInput(() -> press(KeyEvent.VK_H));

        int covered = WindowSceneTest.differingPixels(before.image(), help.image());
        assertTrue(covered > before.image().getWidth() * before.image().getHeight() / 5,
                covered + " pixels changed");
        assertEquals(0, WindowSceneTest.differingPixels(before.image(), after.image()));
    }

    @Test
    void saveKeyWritesTheViewAndPrintsItsPath(@TempDir Path folder) throws Exception {
        FigureWindow.saveFolder(folder);
        RenderLoop.Frame shown = show("eigenmap", Samples.gridEigenmap());
        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        Path file = folder.resolve("view-eigenmap-1.png");
        try {
            pointAt(10, 10);
            press(KeyEvent.VK_S);
            long deadline = System.nanoTime() + FRAME_WAIT.toNanos();
            while (!printed.toString(StandardCharsets.UTF_8).contains("view saved")
                    && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        } finally {
            System.setOut(console);
        }

        assertTrue(printed.toString(StandardCharsets.UTF_8).contains("view saved: " + file),
                printed.toString(StandardCharsets.UTF_8));
        BufferedImage saved = ImageIO.read(Files.newInputStream(file));
        assertEquals(shown.image().getWidth(), saved.getWidth());
        assertTrue(Pixels.count(saved, Palette.classColor(0)) > 20);
    }

    @Test
    void numberKeysSwitchTabsAndAShowReplacesItsPanelInPlace() throws Exception {
        show("one", Samples.gridEigenmap());
        RenderLoop.Frame two = show("two", Figure.scatter("two", new double[] {0, 1},
                new double[] {1, 0}));
        assertEquals("two", onSwing(() -> window().currentTabName()));

        pointAt(10, 10);
        afterInput(() -> press(KeyEvent.VK_1));
        assertEquals("one", onSwing(() -> window().currentTabName()));
        show("two", Figure.scatter("two again", new double[] {0, 1}, new double[] {0, 1}));
        assertEquals(List.of("one", "two"), onSwing(() -> window().tabNames()));
    }

    @Test
    void aSliderFollowsAValueSetInTheSession() throws Exception {
        show("eigenmap", Samples.gridEigenmap());
        FigureWindow.controls(List.of(new Slider("k", 2, 40, 10, true, false,
                List.of("eigenmap"))));
        FigureWindow.controls(List.of(new Slider("k", 2, 40, 30, true, false,
                List.of("eigenmap"))));
        long deadline = System.nanoTime() + FRAME_WAIT.toNanos();
        Integer position = null;
        while (System.nanoTime() < deadline) {
            position = onSwing(() -> {
                JSlider slider = window().controls().slider("k");
                return slider == null ? null : slider.getValue();
            });
            if (position != null && position == 28) {
                break;
            }
            Thread.sleep(20);
        }
        assertEquals(28, position, "k = 30 is position 28 of 2 .. 40");
    }

    @Test
    void closingTheWindowEndsOnlyTheViewerAndTheNextShowReopensItWithItsPanels()
            throws Exception {
        show("eigenmap", Samples.gridEigenmap());
        SwingUtilities.invokeAndWait(() -> {
            for (Frame frame : Frame.getFrames()) {
                if (frame instanceof JFrame && frame.isDisplayable()) {
                    frame.dispatchEvent(new WindowEvent(frame, WindowEvent.WINDOW_CLOSING));
                }
            }
        });
        long deadline = System.nanoTime() + FRAME_WAIT.toNanos();
        while (FigureWindow.isOpen() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertFalse(FigureWindow.isOpen());

        show("again", Samples.gridEigenmap());
        assertTrue(FigureWindow.isOpen());
        assertEquals(List.of("eigenmap", "again"), onSwing(() -> window().tabNames()));
    }
}
