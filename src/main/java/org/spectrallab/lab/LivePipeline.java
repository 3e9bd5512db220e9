package org.spectrallab.lab;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Steps of a lab that recompute when a parameter they read changes: what
 * {@link Lab#live} registers. Its fields are guarded by the {@link LiveSession}.
 */
final class LivePipeline {

    final Lab lab;
    final String name;
    final Runnable steps;
    /** The parameters the last runs read. */
    Set<LiveRun.Read> reads = new LinkedHashSet<>();
    /** The window panels the last successful run drew. */
    List<String> panels = List.of();
    /** A newer value arrived since the current or last run started. */
    boolean pending;
    /** Whether it waits in the session's queue. */
    boolean queued;
    /** When the latest recompute was asked for ({@link System#nanoTime}). */
    long lastRequest;
    /** The recompute under way, or null. */
    LiveRun running;
    /** Whether the next published figure should bring its tab to the front. */
    boolean followInWindow;
    /** Recomputes started, cancelled ones included. */
    int recomputes;

    LivePipeline(Lab lab, String name, Runnable steps) {
        this.lab = lab;
        this.name = name;
        this.steps = steps;
    }

    /** Whether a change of {@code name} in {@code params} concerns this pipeline. */
    boolean reads(Params params, String name) {
        return reads.contains(new LiveRun.Read(params, name));
    }
}
