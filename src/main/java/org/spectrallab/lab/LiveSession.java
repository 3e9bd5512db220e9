package org.spectrallab.lab;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.spectrallab.Log;
import org.spectrallab.viz.Figure;
import org.spectrallab.viz.Slider;

/**
 * The live pipelines of this JVM (one JShell session) and the thread that recomputes
 * them. A parameter change - from the prompt ({@link Params#set}) or a slider - marks the
 * pipelines that read the parameter; one worker thread, neither the Swing nor the render
 * thread (those are in the viewer process), recomputes them one at a time, so that two
 * ARPACK solves never overlap. Changes coalesce: a pipeline waits in the queue once, a run
 * overtaken by a newer value stops at its next checkpoint (see {@link LiveRun}) and its
 * result is dropped, and the next run reads the latest values. A queued pipeline starts
 * only once its parameters have been still for {@value #SETTLE_MILLIS} ms, so a burst of
 * changes (a loop of {@code params.set}, a slider dragged) costs at most the run under way
 * plus one even when the machine is too busy to start the worker at once.
 *
 * <p>A recompute that throws leaves the last good picture in the window with the error
 * over it, and one warning line; the session goes on. A recompute whose figures went to PNG
 * files (no window) has the lab record in results.json what they now show. The worker
 * thread exists only while there is work.
 */
final class LiveSession {

    private static final LiveSession INSTANCE = new LiveSession();
    /** How long a pipeline's parameters must be still before its recompute starts. */
    static final long SETTLE_MILLIS = 40;
    /** True on a thread that is applying a slider move, which needs no echo to the window. */
    private static final ThreadLocal<Boolean> FROM_SLIDER = ThreadLocal.withInitial(() -> false);

    private final List<LivePipeline> pipelines = new ArrayList<>();
    private final Set<Params> watched = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Deque<LivePipeline> queue = new ArrayDeque<>();
    private Thread worker;
    private boolean sliderHooked;
    /** Where results go: the window, or a test's recorder. */
    private volatile LiveDisplay display = LiveDisplay.WINDOW;

    private LiveSession() {
    }

    static LiveSession instance() {
        return INSTANCE;
    }

    /**
     * Adds a pipeline after its first run (whose reads and figures it takes): from now on
     * a change of a parameter it read recomputes it.
     */
    void register(LivePipeline pipeline, LiveRun firstRun) {
        List<Params> newlyWatched = new ArrayList<>();
        synchronized (this) {
            pipeline.reads = firstRun.reads();
            pipeline.panels = List.copyOf(firstRun.figures().keySet());
            pipelines.removeIf(p -> p.lab == pipeline.lab && p.name.equals(pipeline.name));
            pipelines.add(pipeline);
            for (LiveRun.Read read : pipeline.reads) {
                if (watched.add(read.params())) {
                    newlyWatched.add(read.params());
                }
            }
            if (!sliderHooked) {
                sliderHooked = true;
                display.onSliderMoved(this::sliderMoved);
            }
        }
        for (Params params : newlyWatched) {
            params.onChange((name, value) -> parameterChanged(params, name));
        }
        refreshControls();
    }

    /** Marks the pipelines that read {@code name} and wakes the worker. */
    void parameterChanged(Params params, String name) {
        boolean any = false;
        synchronized (this) {
            for (LivePipeline pipeline : pipelines) {
                if (pipeline.reads(params, name)) {
                    pipeline.followInWindow |= !FROM_SLIDER.get();
                    request(pipeline);
                    any = true;
                }
            }
        }
        if (any && !FROM_SLIDER.get()) {
            refreshControls();
        }
    }

    /**
     * The lab of {@code params} when it has live pipelines but none of them reads
     * {@code name}, so that setting it would recompute nothing; null when one reads it or
     * the lab has no live pipeline (a batch run, a test), where a change takes effect at the
     * next read.
     */
    synchronized Lab labNotReading(Params params, String name) {
        Lab owner = null;
        for (LivePipeline pipeline : pipelines) {
            for (LiveRun.Read read : pipeline.reads) {
                if (read.params() == params) {
                    if (read.name().equals(name)) {
                        return null;
                    }
                    owner = pipeline.lab;
                }
            }
        }
        return owner;
    }

    /** A slider moved in the window: set the parameter in every lab that declares it. */
    void sliderMoved(String name, double value) {
        List<Params> owners = new ArrayList<>();
        synchronized (this) {
            for (Params params : watched) {
                if (params.declares(name)) {
                    owners.add(params);
                }
            }
        }
        FROM_SLIDER.set(true);
        try {
            for (Params params : owners) {
                params.set(name, value);
            }
        } catch (IllegalArgumentException e) {
            Log.warn("slider " + name + ": " + e.getMessage());
        } finally {
            FROM_SLIDER.set(false);
        }
    }

    /** Queues a recompute; cancels the pipeline's run under way, if any. */
    private void request(LivePipeline pipeline) {
        pipeline.pending = true;
        pipeline.lastRequest = System.nanoTime();
        if (pipeline.running != null) {
            pipeline.running.cancel();
        }
        if (!pipeline.queued) {
            pipeline.queued = true;
            queue.addLast(pipeline);
        }
        if (worker == null) {
            worker = new Thread(this::work, "spectrallab-live");
            worker.setDaemon(true);
            worker.start();
        }
    }

    private void work() {
        while (true) {
            LivePipeline pipeline;
            LiveRun run;
            synchronized (this) {
                pipeline = queue.peekFirst();
                if (pipeline == null || !waitUntilSettled(pipeline)) {
                    worker = null;
                    notifyAll();
                    return;
                }
                queue.pollFirst();
                pipeline.queued = false;
                pipeline.pending = false;
                pipeline.recomputes++;
                run = new LiveRun(pipeline, false);
                pipeline.running = run;
            }
            recompute(pipeline, run);
            refreshControls();
        }
    }

    /**
     * Waits, holding the session's monitor only between waits, until the pipeline's last
     * request is {@value #SETTLE_MILLIS} ms old; false when the worker was interrupted.
     */
    private boolean waitUntilSettled(LivePipeline pipeline) {
        long settle = TimeUnit.MILLISECONDS.toNanos(SETTLE_MILLIS);
        long still = System.nanoTime() - pipeline.lastRequest;
        while (still < settle) {
            try {
                TimeUnit.NANOSECONDS.timedWait(this, settle - still);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            still = System.nanoTime() - pipeline.lastRequest;
        }
        return true;
    }

    private void recompute(LivePipeline pipeline, LiveRun run) {
        List<String> panels;
        synchronized (this) {
            panels = pipeline.panels;
        }
        for (String panel : panels) {
            display.status(panel, "", true);
        }
        String failure = null;
        Log.quietNotes(true);
        try {
            run.execute();
        } catch (LiveRun.Cancelled e) {
            run.cancel();
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            failure = describe(e);
        } finally {
            Log.quietNotes(false);
        }
        boolean stale;
        boolean follow;
        synchronized (this) {
            pipeline.running = null;
            stale = pipeline.pending;
            follow = pipeline.followInWindow && !stale;
            if (follow) {
                pipeline.followInWindow = false;
            }
            Set<LiveRun.Read> reads = new LinkedHashSet<>(pipeline.reads);
            reads.addAll(run.reads());
            pipeline.reads = reads;
            if (failure == null && !stale) {
                pipeline.panels = List.copyOf(run.figures().keySet());
            }
            notifyAll();
        }
        if (failure != null) {
            reportFailure(pipeline, panels, failure);
        } else if (!stale) {
            List<Path> written = publish(run.figures(), follow);
            if (!written.isEmpty()) {
                pipeline.lab.recomputeWritten(run, written);
            }
        }
        for (String panel : panels) {
            display.status(panel, "", false);
        }
    }

    /**
     * Puts a recompute's figures in the window in place; after a change made at the prompt
     * the first one's tab comes to the front (the window follows the session), after a
     * slider move the tabs stay as they are. Returns the PNG files written instead of
     * shown (no window).
     */
    private List<Path> publish(Map<String, Figure> figures, boolean follow) {
        List<Path> written = new ArrayList<>();
        boolean first = true;
        for (Map.Entry<String, Figure> figure : figures.entrySet()) {
            display.error(figure.getKey(), null);
            Path file = display.show(figure.getKey(), figure.getValue(), follow && first);
            if (file != null) {
                written.add(file);
            }
            first = false;
        }
        return written;
    }

    private void reportFailure(LivePipeline pipeline, List<String> panels, String failure) {
        for (String panel : panels) {
            display.error(panel, failure);
        }
        Log.warn("live pipeline '" + pipeline.name + "' failed: " + failure + " (the window "
                + "keeps its last good picture; change a parameter to try again)");
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /** Tells the window which sliders to show: the numeric parameters pipelines read. */
    void refreshControls() {
        Map<String, Slider> sliders = new LinkedHashMap<>();
        synchronized (this) {
            Map<String, Set<String>> panelsOf = new LinkedHashMap<>();
            Map<String, Params> ownerOf = new LinkedHashMap<>();
            for (LivePipeline pipeline : pipelines) {
                for (LiveRun.Read read : pipeline.reads) {
                    panelsOf.computeIfAbsent(read.name(), n -> new LinkedHashSet<>())
                            .addAll(pipeline.panels);
                    ownerOf.put(read.name(), read.params());
                }
            }
            for (Map.Entry<String, Params> owner : ownerOf.entrySet()) {
                Slider slider = owner.getValue().sliderOf(owner.getKey(),
                        List.copyOf(panelsOf.get(owner.getKey())));
                if (slider != null) {
                    sliders.put(owner.getKey(), slider);
                }
            }
        }
        display.controls(List.copyOf(sliders.values()));
    }

    /** Where results go from now on; for tests. */
    synchronized void display(LiveDisplay target) {
        display = target;
        sliderHooked = false;
    }

    /** Shows a step name as the progress note of the pipeline's panels. */
    void progress(LivePipeline pipeline, String step) {
        List<String> panels;
        synchronized (this) {
            panels = pipeline.panels;
        }
        for (String panel : panels) {
            display.status(panel, step, true);
        }
    }

    /** Waits until no recompute is queued or running; false after the timeout. */
    synchronized boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (worker != null || !queue.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    /** Recomputes started for the pipeline called {@code name}, or -1; for tests. */
    synchronized int recomputes(String name) {
        for (LivePipeline pipeline : pipelines) {
            if (pipeline.name.equals(name)) {
                return pipeline.recomputes;
            }
        }
        return -1;
    }

    /** Forgets every pipeline after the work under way; for tests. */
    void clear() throws InterruptedException {
        synchronized (this) {
            queue.clear();
            for (LivePipeline pipeline : pipelines) {
                pipeline.queued = false;
                if (pipeline.running != null) {
                    pipeline.running.cancel();
                }
            }
        }
        awaitIdle(Duration.ofSeconds(30));
        synchronized (this) {
            pipelines.clear();
            watched.clear();
            sliderHooked = false;
        }
        display.controls(List.of());
    }
}
