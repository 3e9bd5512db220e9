package org.spectrallab.lab;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.spectrallab.viz.Figure;

/**
 * One run of a live pipeline, seen from inside it: which parameters it read (so that it
 * recomputes when one of them changes) and with which values, which figures it drew, what
 * it recorded, and whether a newer value has made it stale. Lab methods consult
 * {@link #current()}: during a recompute they keep quiet and hand their figures and
 * recorded values here instead of writing PNGs and results.
 *
 * <p>A stale run stops at its next checkpoint - any parameter read or lab call
 * ({@link Lab#timed}, {@link Lab#figure}, {@link Lab#say}, ...) - by throwing
 * {@link Cancelled}, which the session catches. A long native call (one LAPACK solve) is
 * not interrupted: it finishes and its result is thrown away.
 */
final class LiveRun {

    private static final ThreadLocal<LiveRun> CURRENT = new ThreadLocal<>();

    /** Thrown at a checkpoint of a run that newer values have made stale. */
    static final class Cancelled extends RuntimeException {
        Cancelled() {
            super("a newer parameter value replaced this live run", null, false, false);
        }
    }

    /** A parameter of some lab, as a pipeline depends on it. */
    record Read(Params params, String name) {
    }

    final LivePipeline pipeline;
    /** Whether this is the run inside Lab.live itself, which behaves like a normal step. */
    final boolean first;
    private final Set<Read> reads = new LinkedHashSet<>();
    /** The value of each parameter the run read, as it read it last. */
    private final Map<String, Object> readValues = new LinkedHashMap<>();
    private final Map<String, Figure> figures = new LinkedHashMap<>();
    /** What the steps recorded with Lab.record and Lab.eigenvalues. */
    private final Map<String, Object> recorded = new LinkedHashMap<>();
    private final Map<String, Object> recordedEigenvalues = new LinkedHashMap<>();
    private volatile boolean cancelled;

    LiveRun(LivePipeline pipeline, boolean first) {
        this.pipeline = pipeline;
        this.first = first;
    }

    /** The run the calling thread is inside, or null. */
    static LiveRun current() {
        return CURRENT.get();
    }

    /** Notes that the current run (if any) read a parameter's value; a checkpoint. */
    static void noteRead(Params params, String name, Object value) {
        LiveRun run = CURRENT.get();
        if (run != null) {
            synchronized (run) {
                run.reads.add(new Read(params, name));
                run.readValues.put(name, value);
            }
            run.checkpoint();
        }
    }

    /** Stops a stale run by throwing {@link Cancelled}. */
    void checkpoint() {
        if (cancelled) {
            throw new Cancelled();
        }
    }

    void cancel() {
        cancelled = true;
    }

    /** Runs the pipeline's steps on this thread as this run. */
    void execute() {
        LiveRun outer = CURRENT.get();
        CURRENT.set(this);
        try {
            pipeline.steps.run();
            checkpoint();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /** Keeps a figure the steps drew, to show when the run completes. */
    synchronized void figure(String panel, Figure figure) {
        figures.put(panel, figure);
    }

    synchronized Map<String, Figure> figures() {
        return new LinkedHashMap<>(figures);
    }

    synchronized Set<Read> reads() {
        return new LinkedHashSet<>(reads);
    }

    /** The parameters this run read, with the values it used. */
    synchronized Map<String, Object> readValues() {
        return new LinkedHashMap<>(readValues);
    }

    /** Keeps a value the steps recorded, for results.json if the run's files are written. */
    synchronized void record(String key, Object value) {
        recorded.put(key, value);
    }

    /** Keeps an eigenvalue list the steps recorded, like {@link #record}. */
    synchronized void recordEigenvalues(String key, double[] values) {
        recordedEigenvalues.put(key, values.clone());
    }

    synchronized Map<String, Object> recorded() {
        return new LinkedHashMap<>(recorded);
    }

    synchronized Map<String, Object> recordedEigenvalues() {
        return new LinkedHashMap<>(recordedEigenvalues);
    }
}
