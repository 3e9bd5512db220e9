package org.spectrallab.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spectrallab.Log;
import org.spectrallab.support.LabProcess;
import org.spectrallab.viz.FigureWindow;

/**
 * A real lab run as at the prompt (an interactive session, in this JVM through JShell like
 * LabRunner), with no display and the window replaced by a recorder: a parameter set
 * through the API after the lab ran recomputes the live steps that read it, once, and no
 * other.
 */
class LiveLabTest {

    /** Generous bound for one recompute of lab 04 on 100 images on a shared machine. */
    private static final Duration IDLE_WAIT = Duration.ofSeconds(60);

    @TempDir
    Path output;
    private final LivePipelineTest.Recorder window = new LivePipelineTest.Recorder();
    private final LiveSession session = LiveSession.instance();

    @BeforeEach
    void interactiveWithoutADisplay() {
        System.setProperty("spectrallab.interactive", "true");
        System.setProperty("spectrallab.out", output.toString());
        System.setProperty(FigureWindow.DISPLAY_PROPERTY, ":4711");
        System.setProperty(Params.PREFIX + "perClass", "10");
        session.display(window);
    }

    @AfterEach
    void restore() throws InterruptedException {
        session.clear();
        session.display(LiveDisplay.WINDOW);
        System.clearProperty("spectrallab.interactive");
        System.clearProperty("spectrallab.out");
        System.clearProperty(FigureWindow.DISPLAY_PROPERTY);
        System.clearProperty(Params.PREFIX + "perClass");
        Log.verbose(false);
    }

    /** Evaluates a .jsh file snippet by snippet, failing on the first that does not run. */
    private static void evaluate(JShell shell, Path file) throws IOException {
        for (LabScript.Snippet snippet : LabScript.split(Files.readString(file),
                shell.sourceCodeAnalysis())) {
            for (SnippetEvent event : shell.eval(snippet.source())) {
                String where = file.getFileName() + " line " + snippet.line();
                assertNull(event.exception(), where);
                assertNotEquals(Snippet.Status.REJECTED, event.status(), where + ": "
                        + shell.diagnostics(event.snippet()).toList());
            }
        }
    }

    @Test
    void settingStartAfterLab04RanRecomputesOnlyItsDiffusionTimeStepOnce() throws Exception {
        try (JShell shell = JShell.builder().executionEngine("local").build()) {
            shell.addToClasspath(System.getProperty("java.class.path"));
            evaluate(shell, LabProcess.home().resolve("startup.jsh"));
            evaluate(shell, LabProcess.labFile(4));
            Lab lab = Lab.current();
            assertTrue(lab.isFinished(), "lab 04 ran to its end");
            assertEquals(List.of(), window.shown, "the first runs drew PNGs, not recomputes");

            lab.params().set("start", 5);
            assertTrue(session.awaitIdle(IDLE_WAIT), "the recompute did not finish");

            assertEquals(1, session.recomputes("diffusion-time"));
            for (String other : List.of("diffusion-alpha", "distances", "diffusion-3d")) {
                assertEquals(0, session.recomputes(other), other + " does not read start");
            }
            assertEquals(2, window.shown.size(), window.shown.toString());
            assertTrue(window.shown.get(0).startsWith("diffusion-time: ")
                    && window.shown.get(0).contains("walk from image 5 "), window.shown.get(0));
            assertTrue(window.shown.get(1).startsWith("diffusion-decay: "), window.shown.get(1));
            assertTrue(window.errors.stream().allMatch(e -> e.endsWith(": null")),
                    "only cleared errors: " + window.errors);
        }
    }

    @Test
    void settingTheBandwidthRuleAfterLab04RanKeepsItAndSaysToRunTheLabAgain() throws Exception {
        try (JShell shell = JShell.builder().executionEngine("local").build()) {
            shell.addToClasspath(System.getProperty("java.class.path"));
            evaluate(shell, LabProcess.home().resolve("startup.jsh"));
            evaluate(shell, LabProcess.labFile(4));
            Lab lab = Lab.current();
            try (Log.Capture log = Log.capture()) {
                assertEquals("bgh", lab.params().set("bandwidth", "median"));
                assertEquals(List.of("warning: bandwidth is read only when the lab runs, not by "
                        + "a live figure: run the lab again with --bandwidth median (./lab 4 "
                        + "--bandwidth median); bandwidth stays bgh."), log.warnings());
            }
            assertTrue(session.awaitIdle(IDLE_WAIT), "nothing to recompute");
            assertEquals("bgh", lab.params().value("bandwidth"));
            assertEquals(List.of(), window.shown, "no live step reads the bandwidth rule");
        }
    }
}
