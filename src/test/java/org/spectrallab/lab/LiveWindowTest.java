package org.spectrallab.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Robot;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spectrallab.Log;
import org.spectrallab.viz.Display;
import org.spectrallab.viz.Figure;
import org.spectrallab.viz.FigureWindow;

/**
 * A live pipeline with the real window, a viewer process, driven with java.awt.Robot: a
 * slider moved in the window recomputes the pipeline, and the window answers keys while a
 * recompute runs. Needs a display (Xvfb in CI).
 */
class LiveWindowTest {

    /** Upper bound for the viewer to start and draw; not a speed requirement. */
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path output;
    private Lab lab;
    private Robot robot;

    @BeforeEach
    void startLab() throws Exception {
        assumeTrue(Display.canShowWindows(), "no display: the window cannot be driven");
        System.setProperty("spectrallab.interactive", "true");
        System.setProperty("spectrallab.out", output.toString());
        lab = Lab.start(97, "live window");
        robot = new Robot();
        robot.setAutoDelay(5);
    }

    @AfterEach
    void stopLab() throws InterruptedException {
        LiveSession.instance().clear();
        FigureWindow.close();
        System.clearProperty("spectrallab.interactive");
        System.clearProperty("spectrallab.out");
        Log.verbose(false);
        List<String> left = Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .map(Thread::getName).filter(name -> name.startsWith("spectrallab-"))
                .filter(name -> !name.endsWith("SharedResourceRunner")).toList();
        assertEquals(List.of(), left, "threads left running");
    }

    /** The screen bounds {x, y, width, height} of a parameter's slider, once shown. */
    private static int[] sliderBounds(String name) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Map<String, int[]> places = FigureWindow.sliderPlaces();
            if (places.containsKey(name)) {
                return places.get(name);
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the window never showed a slider for " + name);
    }

    private void click(int x, int y) {
        robot.mouseMove(x, y);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        robot.waitForIdle();
    }

    private void press(int key) {
        robot.keyPress(key);
        robot.keyRelease(key);
        robot.waitForIdle();
    }

    private static Figure map(int k) {
        return Figure.scatter("k = " + k, new double[] {0, 1, k}, new double[] {0, 1, 2});
    }

    @Test
    void movingTheSliderInTheWindowRecomputesWithItsValue() throws Exception {
        List<Integer> seen = Collections.synchronizedList(new ArrayList<>());
        lab.live("map", () -> {
            int k = lab.params().integer("k", 10, 2, 40);
            seen.add(k);
            return map(k);
        });
        int[] slider = sliderBounds("k");

        click(slider[0] + slider[2] / 2, slider[1] + slider[3] / 2);
        press(KeyEvent.VK_HOME);
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!Integer.valueOf(2).equals(lab.params().value("k"))
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(LiveSession.instance().awaitIdle(WAIT));

        assertEquals(2, lab.params().value("k"), "Home takes the slider to its minimum");
        assertEquals(2, seen.get(seen.size() - 1));
        assertNotNull(FigureWindow.awaitFrame(0, FigureWindow.lastShowSequence(), WAIT),
                "the recomputed figure was never drawn");
    }

    @Test
    void theWindowAnswersKeysWhileARecomputeRuns() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean recomputeDone = new AtomicBoolean();
        lab.live("map", () -> {
            int k = lab.params().integer("k", 10, 2, 40);
            if (k == 20) {
                entered.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                recomputeDone.set(true);
            }
            return map(k);
        });
        int[] slider = sliderBounds("k");
        FigureWindow.FrameReport shown = FigureWindow.awaitFrame(0,
                FigureWindow.lastShowSequence(), WAIT);
        assertNotNull(shown);
        lab.params().set("k", 20);
        assertTrue(entered.await(60, TimeUnit.SECONDS));

        long inputs = FigureWindow.inputsHandled();
        FigureWindow.FrameReport before = FigureWindow.lastFrame();
        robot.mouseMove(slider[0] + slider[2] / 2, slider[1] + 300);
        robot.waitForIdle();
        press(KeyEvent.VK_H);

        assertTrue(FigureWindow.awaitInputs(inputs + 1, Duration.ofSeconds(10)),
                "the key was not handled while the recompute ran");
        assertNotNull(FigureWindow.awaitFrame(before.frame(), 0, Duration.ofSeconds(10)),
                "no frame was drawn while the recompute ran");
        assertFalse(recomputeDone.get(), "the recompute was still running");
        release.countDown();
        assertTrue(LiveSession.instance().awaitIdle(WAIT));
    }
}
