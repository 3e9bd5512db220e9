package org.spectrallab.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spectrallab.Log;
import org.spectrallab.viz.Figure;
import org.spectrallab.viz.FigureWindow;
import org.spectrallab.viz.Slider;

/**
 * Live pipelines in an interactive session, with the window replaced by a recorder: which
 * changes recompute what, how often, on which thread, and what a failure leaves behind.
 */
class LivePipelineTest {

    /** Generous bound for a few tiny recomputes on a shared machine. */
    private static final Duration IDLE_WAIT = Duration.ofSeconds(30);

    /** What the pipelines sent to the "window". */
    static final class Recorder implements LiveDisplay {
        final List<String> shown = Collections.synchronizedList(new ArrayList<>());
        final List<String> errors = Collections.synchronizedList(new ArrayList<>());
        final List<String> statuses = Collections.synchronizedList(new ArrayList<>());
        volatile List<Slider> sliders = List.of();

        @Override
        public Path show(String panel, Figure figure, boolean toFront) {
            shown.add(panel + ": " + figure.title());
            return null;
        }

        @Override
        public void status(String panel, String text, boolean busy) {
            statuses.add(panel + ": " + text + (busy ? " (busy)" : ""));
        }

        @Override
        public void error(String panel, String text) {
            errors.add(panel + ": " + text);
        }

        @Override
        public void controls(List<Slider> current) {
            sliders = current;
        }

        @Override
        public void onSliderMoved(BiConsumer<String, Double> listener) {
        }

        String lastShown() {
            return shown.isEmpty() ? null : shown.get(shown.size() - 1);
        }
    }

    @TempDir
    Path output;
    private final Recorder window = new Recorder();
    private final LiveSession session = LiveSession.instance();
    private Lab lab;

    @BeforeEach
    void startLab() {
        System.setProperty("spectrallab.interactive", "true");
        System.setProperty("spectrallab.out", output.toString());
        System.setProperty(FigureWindow.DISPLAY_PROPERTY, ":4711");
        session.display(window);
        lab = Lab.start(98, "live pipelines");
    }

    @AfterEach
    void stopLab() throws InterruptedException {
        session.clear();
        session.display(LiveDisplay.WINDOW);
        System.clearProperty("spectrallab.interactive");
        System.clearProperty("spectrallab.out");
        System.clearProperty(FigureWindow.DISPLAY_PROPERTY);
        Log.verbose(false);
    }

    /** A pipeline drawing a tiny scatter titled by the k it read. */
    private void liveMap(Runnable whileRunning) {
        lab.live("map", () -> {
            int k = lab.params().integer("k", 5, 1, 50);
            whileRunning.run();
            return Figure.scatter("k = " + k, new double[] {0, 1, k}, new double[] {0, 1, 2});
        });
    }

    private void awaitIdle() throws InterruptedException {
        assertTrue(session.awaitIdle(IDLE_WAIT), "the recomputes did not finish");
    }

    @Test
    void theFirstRunWritesThePngLikeAFigureStep() {
        liveMap(() -> { });

        assertTrue(Files.exists(output.resolve("lab98/map.png")));
        assertEquals(List.of(), window.shown, "the first run goes through lab.figure");
    }

    @Test
    void aParameterChangeThroughTheApiRecomputesOnce() throws InterruptedException {
        liveMap(() -> { });
        lab.params().set("k", 7);
        awaitIdle();

        assertEquals(1, session.recomputes("map"));
        assertEquals(List.of("map: k = 7"), window.shown);
    }

    @Test
    void aBurstOfTenChangesRecomputesAtMostTwiceAndTheLastValueWins()
            throws InterruptedException {
        liveMap(() -> { });
        for (int k = 11; k <= 20; k++) {
            lab.params().set("k", k);
        }
        awaitIdle();

        assertTrue(session.recomputes("map") <= 2, session.recomputes("map") + " recomputes");
        assertTrue(window.shown.size() <= 2, window.shown.toString());
        assertEquals("map: k = 20", window.lastShown());
    }

    @Test
    void aBurstSpreadOverTimeAsOnABusyMachineStillRecomputesAtMostTwice()
            throws InterruptedException {
        liveMap(() -> { });
        long gap = LiveSession.SETTLE_MILLIS / 3;
        for (int k = 11; k <= 20; k++) {
            lab.params().set("k", k);
            Thread.sleep(gap);
        }
        awaitIdle();

        assertTrue(session.recomputes("map") <= 2, session.recomputes("map") + " recomputes");
        assertEquals("map: k = 20", window.lastShown());
    }

    @Test
    void aChangeOfAParameterThePipelineNeverReadRecomputesNothing()
            throws InterruptedException {
        lab.params().integer("other", 1, 0, 10);
        liveMap(() -> { });
        lab.params().set("other", 3);
        awaitIdle();

        assertEquals(0, session.recomputes("map"));
    }

    @Test
    void settingAParameterNoPipelineReadsKeepsItsValueAndSaysHowToRunTheLabWithIt()
            throws InterruptedException {
        lab.params().integer("steps", 300, 4, 100_000);
        liveMap(() -> { });
        try (Log.Capture log = Log.capture()) {
            assertEquals(300, lab.params().set("steps", 10));
            assertEquals(List.of("warning: steps is read only when the lab runs, not by a live "
                    + "figure: run the lab again with --steps 10 (./lab 98 --steps 10); steps "
                    + "stays 300."), log.warnings());
        }
        awaitIdle();

        assertEquals(300, lab.params().value("steps"));
        assertFalse(lab.params().isGiven("steps"));
        assertEquals(0, session.recomputes("map"));
        assertEquals(7, lab.params().set("k", 7), "a parameter the pipeline reads still changes");
    }

    @Test
    void aFailingRecomputeReportsOnItsPanelAndTheSessionGoesOn() throws InterruptedException {
        liveMap(() -> {
            if (Integer.valueOf(13).equals(lab.params().value("k"))) {
                throw new IllegalStateException("13 is unlucky");
            }
        });
        try (Log.Capture log = Log.capture()) {
            lab.params().set("k", 13);
            awaitIdle();
            assertEquals(List.of(), window.shown, "the last good picture stays");
            assertEquals(List.of("map: IllegalStateException: 13 is unlucky"), window.errors);
            assertEquals(1, log.warnings().size());
            assertTrue(log.warnings().get(0).contains("live pipeline 'map' failed"));
        }
        lab.params().set("k", 14);
        awaitIdle();

        assertEquals("map: k = 14", window.lastShown());
        assertEquals("map: null", window.errors.get(window.errors.size() - 1));
    }

    @Test
    void recomputesRunOnTheLiveWorkerWhichEndsWhenIdle() throws InterruptedException {
        List<String> threads = Collections.synchronizedList(new ArrayList<>());
        liveMap(() -> threads.add(Thread.currentThread().getName()));
        lab.params().set("k", 8);
        awaitIdle();

        assertEquals("spectrallab-live", threads.get(threads.size() - 1));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (workerAlive() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertFalse(workerAlive(), "the worker thread is left running");
    }

    private static boolean workerAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.isAlive() && t.getName().equals("spectrallab-live"));
    }

    @Test
    void aStaleRunStopsAtItsNextCheckpoint() throws InterruptedException {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean staleRunContinued = new AtomicBoolean();
        lab.live("map", () -> {
            int k = lab.params().integer("k", 5, 1, 50);
            if (k == 30) {
                entered.countDown();
                awaitQuietly(release);
                lab.progress("after the wait");
                staleRunContinued.set(true);
            }
            lab.figure("map", Figure.scatter("k = " + k, new double[] {0, k},
                    new double[] {0, 1}));
        });
        lab.params().set("k", 30);
        assertTrue(entered.await(30, TimeUnit.SECONDS));
        lab.params().set("k", 31);
        release.countDown();
        awaitIdle();

        assertFalse(staleRunContinued.get());
        assertEquals(List.of("map: k = 31"), window.shown);
        assertEquals(2, session.recomputes("map"));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void progressNamesTheStepOnThePanel() throws InterruptedException {
        liveMap(() -> lab.progress("the graph"));
        lab.params().set("k", 9);
        awaitIdle();

        assertTrue(window.statuses.contains("map: the graph (busy)"), window.statuses.toString());
        assertEquals("map:  ", window.statuses.get(window.statuses.size() - 1) + " ");
    }

    @Test
    void aSliderMoveSetsTheParameterAndRecomputes() throws InterruptedException {
        liveMap(() -> { });
        session.sliderMoved("k", 9.0);
        awaitIdle();

        assertEquals(9, lab.params().value("k"));
        assertEquals("map: k = 9", window.lastShown());
    }

    @Test
    void theSlidersAreTheNumericParametersThePipelineRead() {
        lab.params().text("dataset", "mnist");
        lab.live("map", () -> {
            lab.params().text("dataset", "mnist");
            int k = lab.params().integer("k", 5, 1, 50);
            return Figure.scatter("k = " + k, new double[] {0, k}, new double[] {0, 1});
        });

        assertEquals(1, window.sliders.size());
        Slider k = window.sliders.get(0);
        assertEquals("k", k.name());
        assertEquals(List.of("map"), k.panels());
        assertEquals(5, k.value());
    }

    @Test
    void inBatchModeTheStepsRunOnceAndNothingIsLive() throws InterruptedException {
        System.setProperty("spectrallab.interactive", "false");
        liveMap(() -> { });
        lab.params().set("k", 7);
        awaitIdle();

        assertTrue(Files.exists(output.resolve("lab98/map.png")));
        assertEquals(-1, session.recomputes("map"));
        assertEquals(List.of(), window.shown);
    }

    /** A pipeline drawing a scatter titled by k and recording k squared. */
    private void liveMapRecordingKSquared() {
        lab.live("map", () -> {
            int k = lab.params().integer("k", 5, 1, 50);
            lab.record("k_squared", k * k);
            return Figure.scatter("k = " + k, new double[] {0, 1, k}, new double[] {0, 1, 2});
        });
    }

    private JsonObject resultsJson() throws IOException {
        return JsonParser.parseString(Files.readString(output.resolve("lab98/results.json")))
                .getAsJsonObject();
    }

    @Test
    void aRecomputeWrittenAsPngsRecordsInResultsJsonWhatTheyNowShow() throws Exception {
        session.display(LiveDisplay.WINDOW);
        liveMapRecordingKSquared();
        lab.finish();
        lab.params().set("k", 7);
        awaitIdle();

        JsonObject json = resultsJson();
        assertEquals(5, json.getAsJsonObject("parameters").get("k").getAsInt(),
                "the lab's own run keeps its parameters");
        assertEquals(25, json.getAsJsonObject("results").get("k_squared").getAsInt());
        JsonObject live = json.getAsJsonObject("live").getAsJsonObject("map");
        assertEquals(7, live.getAsJsonObject("parameters").get("k").getAsInt());
        assertEquals(49, live.getAsJsonObject("results").get("k_squared").getAsInt());
        assertEquals("[\"map.png\"]", live.getAsJsonArray("files").toString());
    }

    @Test
    void aRecomputeShownOnlyInTheWindowLeavesResultsJsonAsThePngs() throws Exception {
        liveMapRecordingKSquared();
        lab.finish();
        String before = Files.readString(output.resolve("lab98/results.json"));
        lab.params().set("k", 7);
        awaitIdle();

        assertEquals(List.of("map: k = 7"), window.shown);
        assertEquals(before, Files.readString(output.resolve("lab98/results.json")));
    }

    @Test
    void livePipelinesCannotBeNested() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> lab.live("outer", () -> lab.live("inner", () -> { })));
        assertTrue(e.getMessage().contains("cannot be nested"), e.getMessage());
    }
}
