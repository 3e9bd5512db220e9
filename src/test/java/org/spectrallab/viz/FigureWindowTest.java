package org.spectrallab.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spectrallab.Log;

/** The window as a session uses it: a viewer process per window, PNGs when there is none. */
class FigureWindowTest {

    /** Upper bound for a viewer JVM to start and draw; not a speed requirement. */
    static final Duration FIRST_FRAME_WAIT = Duration.ofSeconds(60);

    @AfterEach
    void closeWindow() {
        FigureWindow.close();
        System.clearProperty(FigureWindow.DISPLAY_PROPERTY);
        FigureWindow.forgetLostDisplay();
    }

    static Figure sample(String title) {
        double[][] data = Samples.blobs(200, 2);
        return Figure.scatter(title, data[0], data[1]);
    }

    /**
     * Threads of the kit still alive in this JVM, by name. JOGL's shared-resource thread
     * is not one: JOGL makes one per JVM when it starts, names it after the thread that
     * started it (a window's render thread, in a test that runs the viewer in this JVM)
     * and keeps it as long as JOGL is loaded.
     */
    static List<String> kitThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .map(Thread::getName).filter(name -> name.startsWith("spectrallab-"))
                .filter(name -> !name.endsWith("SharedResourceRunner")).toList();
    }

    @Test
    void twoShowsDrawInOneViewerAndCloseEndsIt() throws InterruptedException {
        assumeTrue(Display.canShowWindows(), "no display: nothing to show");
        FigureWindow.show(sample("first"));
        FigureWindow.show("second", sample("second"));
        FigureWindow.FrameReport frame = FigureWindow.awaitFrame(0,
                FigureWindow.lastShowSequence(), FIRST_FRAME_WAIT);

        assertNotNull(frame, "the window never drew both figures");
        assertTrue(FigureWindow.isOpen());
        FigureWindow.close();
        assertFalse(FigureWindow.isOpen());
        assertEquals(List.of(), kitThreads(), "threads left running");
    }

    @Test
    void showAfterCloseOpensANewWindow() throws InterruptedException {
        assumeTrue(Display.canShowWindows(), "no display: nothing to show");
        FigureWindow.show(sample("before"));
        assertNotNull(FigureWindow.awaitFrame(0, FigureWindow.lastShowSequence(),
                FIRST_FRAME_WAIT));
        FigureWindow.close();
        FigureWindow.show(sample("after"));

        assertTrue(FigureWindow.isOpen());
        assertNotNull(FigureWindow.awaitFrame(0, FigureWindow.lastShowSequence(),
                FIRST_FRAME_WAIT));
    }

    @Test
    void withoutDisplayShowWritesThePngInstead(@TempDir Path folder) {
        System.setProperty(FigureWindow.DISPLAY_PROPERTY, ":4711");
        FigureWindow.saveFolder(folder);
        FigureWindow.show("eigenmaps/gram", sample("nowhere"));

        assertFalse(FigureWindow.isOpen());
        assertTrue(Files.exists(folder.resolve("eigenmaps-gram.png")));
    }

    @Test
    void sideBySideWithoutAWindowSaysThereIsNone(@TempDir Path folder) {
        System.setProperty(FigureWindow.DISPLAY_PROPERTY, ":4711");
        FigureWindow.saveFolder(folder);
        try (Log.Capture log = Log.capture()) {
            FigureWindow.sideBySide("compare", "gram-eigenmap", "eigenmaps");
            assertEquals(1, log.warnings().size());
            assertTrue(log.warnings().get(0).contains("there is no window (the X display :4711 "
                    + "does not answer)"), log.warnings().get(0));
        }
    }

    @Test
    void sideBySideNamesAPanelNeverShownAndListsTheShownOnes() {
        assumeTrue(Display.canShowWindows(), "no display: nothing to show");
        FigureWindow.show("gram-eigenmap", sample("gram"));
        FigureWindow.show("eigenmaps", sample("laplacian"));
        try (Log.Capture log = Log.capture()) {
            FigureWindow.sideBySide("compare", "gram-eigenmap", "eigenmap");
            assertEquals(List.of("warning: sideBySide(\"compare\", ...): no figure has been "
                    + "shown as 'eigenmap'; the window's panels are: gram-eigenmap, eigenmaps. "
                    + "Check the spelling; a figure shown later under that name takes its place "
                    + "there."), log.warnings());
        }
        try (Log.Capture log = Log.capture()) {
            FigureWindow.sideBySide("compare", "gram-eigenmap", "eigenmaps");
            assertEquals(List.of(), log.warnings(), "both names are shown panels");
        }
    }

    @Test
    void aViewerThatEndsUnexpectedlyIsReportedOnceAndTheNextShowOpensANewOne()
            throws InterruptedException {
        assumeTrue(Display.canShowWindows(), "no display: nothing to show");
        FigureWindow.show(sample("before"));
        assertNotNull(FigureWindow.awaitFrame(0, FigureWindow.lastShowSequence(),
                FIRST_FRAME_WAIT));
        try (Log.Capture log = Log.capture()) {
            FigureWindow.link().kill();
            awaitClosed();
            assertEquals(1, log.warnings().size(), log.warnings().toString());
            assertTrue(log.warnings().get(0).contains("ended unexpectedly"));
        }
        FigureWindow.show(sample("after"));

        assertNotNull(FigureWindow.awaitFrame(0, FigureWindow.lastShowSequence(),
                FIRST_FRAME_WAIT));
    }

    /**
     * A display that goes away: the viewer runs on an X server of this test's own, which
     * the test then stops. Xlib ends the viewer; this JVM says so once and writes the next
     * figure as a PNG. Needs the Xvfb program.
     */
    @Test
    void aDisplayThatGoesAwayLeavesOneMessageAndPngsInstead(@TempDir Path folder)
            throws Exception {
        Process server = startPrivateXvfb();
        try {
            System.setProperty(FigureWindow.DISPLAY_PROPERTY, ":" + displayNumber(server));
            FigureWindow.saveFolder(folder);
            FigureWindow.show("gone", sample("before"));
            assertNotNull(FigureWindow.awaitFrame(0, FigureWindow.lastShowSequence(),
                    FIRST_FRAME_WAIT));
            try (Log.Capture log = Log.capture()) {
                server.destroy();
                assertTrue(server.waitFor(30, TimeUnit.SECONDS));
                awaitClosed();
                FigureWindow.show("gone", sample("after"));

                assertTrue(Files.exists(folder.resolve("gone.png")));
                assertEquals(1, log.warnings().size(), log.warnings().toString());
                assertTrue(log.warnings().get(0).contains("went away"));
            }
        } finally {
            server.destroyForcibly();
        }
    }

    private static void awaitClosed() throws InterruptedException {
        long deadline = System.nanoTime() + FIRST_FRAME_WAIT.toNanos();
        while (FigureWindow.isOpen() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertFalse(FigureWindow.isOpen(), "the window did not end");
    }

    /** An Xvfb on a free display number it picks itself (-displayfd), or the test skips. */
    private static Process startPrivateXvfb() throws IOException {
        try {
            return new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "800x600x24",
                    "-nolisten", "tcp").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            assumeTrue(false, "no Xvfb program: " + e.getMessage());
            throw e;
        }
    }

    private static String displayNumber(Process server) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(),
                StandardCharsets.US_ASCII));
        String line = out.readLine();
        assertNotNull(line, "Xvfb did not say which display it took");
        return line.trim();
    }
}
