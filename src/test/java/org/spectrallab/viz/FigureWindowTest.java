package org.spectrallab.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Frame;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FigureWindowTest {

    /** Upper bound to wait for the first frame; not a speed requirement. */
    private static final long FIRST_FRAME_WAIT_MS = 20_000;

    @AfterEach
    void closeWindow() {
        FigureWindow.close();
    }

    private static Figure sample(String title) {
        double[][] data = Samples.blobs(200, 2);
        return Figure.scatter(title, data[0], data[1]);
    }

    private static void awaitFrame() throws InterruptedException {
        long deadline = System.currentTimeMillis() + FIRST_FRAME_WAIT_MS;
        while (FigureWindow.framesDrawn() == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
    }

    private static long displayableFrames() {
        return Arrays.stream(Frame.getFrames()).filter(Frame::isDisplayable).count();
    }

    @Test
    void showDrawsInOneWindowAndCloseRemovesIt() throws InterruptedException {
        assumeTrue(Display.canShowWindows(), "no display: nothing to show");
        FigureWindow.show(sample("first"));
        FigureWindow.show(sample("second"));
        awaitFrame();

        assertTrue(FigureWindow.framesDrawn() > 0, "the window never drew");
        assertEquals(1, displayableFrames());
        FigureWindow.close();
        assertFalse(FigureWindow.isOpen());
        assertEquals(0, displayableFrames());
    }

    @Test
    void showAfterCloseOpensANewWindow() throws InterruptedException {
        assumeTrue(Display.canShowWindows(), "no display: nothing to show");
        FigureWindow.show(sample("before"));
        awaitFrame();
        FigureWindow.close();
        FigureWindow.show(sample("after"));
        awaitFrame();

        assertTrue(FigureWindow.isOpen());
        assertTrue(FigureWindow.framesDrawn() > 0);
    }

    @Test
    void withoutDisplayShowDoesNothing() {
        assumeFalse(Display.canShowWindows(), "a display exists");
        FigureWindow.show(sample("nowhere"));

        assertFalse(FigureWindow.isOpen());
    }
}
