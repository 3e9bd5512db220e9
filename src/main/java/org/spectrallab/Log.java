package org.spectrallab;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The kit's one logging facility: library code reports here, labs decide what is shown.
 *
 * <p>Two levels. A <em>warning</em> is a trap the user should know about (a disconnected
 * graph, an eigenvalue of a PSD matrix clearly below 0) and is always printed, as one plain
 * line on standard error. A <em>note</em> is progress or harmless detail (eigenvalues that
 * rounding put just below 0, a fallback to another LAPACK routine) and is printed only when
 * verbose output is on ({@link #verbose(boolean)}); labs turn it on, library use stays
 * quiet.
 *
 * <p>A thread can hold its notes back ({@link #quietNotes}): a live recompute in the
 * background keeps the prompt clean that way, while its warnings still print.
 *
 * <p>A step that prints its start and, on the same line, its end ("building ... done in
 * 0.4 s") opens the line with {@link #openLine} and ends it with {@link #closeLine}; a
 * message printed in between first ends the open line, so that every message starts a line
 * of its own.
 *
 * <p>Tests can {@link #capture()} the warnings and notes to check that a trap or a
 * fallback was reported.
 */
public final class Log {

    private static volatile boolean verbose = false;
    private static volatile Consumer<String> warningSink = line -> {
        endOpenLine();
        System.err.println(line);
    };
    private static volatile Consumer<String> noteSink = line -> {
        endOpenLine();
        System.out.println(line);
    };
    /** Who else sees each warning (the running lab's results), or null. */
    private static volatile Consumer<String> warningWatcher = null;
    /** Where notes go while a capture is open, whatever the verbosity; null otherwise. */
    private static volatile Consumer<String> noteCapture = null;
    private static final ThreadLocal<Boolean> QUIET = ThreadLocal.withInitial(() -> false);
    /** Guards {@link #lineOpen}. */
    private static final Object LINE = new Object();
    /** Whether standard output holds a line begun by {@link #openLine} and not ended. */
    private static boolean lineOpen;

    private Log() {
    }

    /** Reports a trap the user should know about; always shown, prefixed "warning: ". */
    public static void warn(String message) {
        warningSink.accept("warning: " + message);
        Consumer<String> watcher = warningWatcher;
        if (watcher != null) {
            watcher.accept(message);
        }
    }

    /**
     * Also hands every warning from now on (without its "warning: " prefix) to
     * {@code watcher}, e.g. the running lab's results.json; null stops that. One watcher at a
     * time: a new one replaces the last.
     */
    public static void watchWarnings(Consumer<String> watcher) {
        warningWatcher = watcher;
    }

    /** Reports progress or detail; shown only when verbose output is on. */
    public static void note(String message) {
        if (QUIET.get()) {
            return;
        }
        Consumer<String> capture = noteCapture;
        if (capture != null) {
            capture.accept(message);
        } else if (verbose) {
            noteSink.accept(message);
        }
    }

    /** Prints {@code text} on standard output without ending the line; see {@link #closeLine}. */
    public static void openLine(String text) {
        synchronized (LINE) {
            endOpenLine();
            System.out.print(text);
            System.out.flush();
            lineOpen = true;
        }
    }

    /**
     * Ends the line {@link #openLine} began with {@code text} and returns true; returns
     * false, printing nothing, when another message has ended that line meanwhile.
     */
    public static boolean closeLine(String text) {
        synchronized (LINE) {
            if (!lineOpen) {
                return false;
            }
            System.out.println(text);
            lineOpen = false;
            return true;
        }
    }

    /** Ends a line {@link #openLine} left open, so that what is printed next starts a line. */
    public static void endOpenLine() {
        synchronized (LINE) {
            if (lineOpen) {
                System.out.println();
                System.out.flush();
                lineOpen = false;
            }
        }
    }

    /** Holds back (true) or lets through (false) the notes of the calling thread. */
    public static void quietNotes(boolean quiet) {
        QUIET.set(quiet);
    }

    /** Turns progress notes on (labs) or off (library use, the default). */
    public static void verbose(boolean on) {
        verbose = on;
    }

    /** Whether progress notes are printed. */
    public static boolean isVerbose() {
        return verbose;
    }

    /**
     * Collects warnings, and notes whether or not verbose output is on, instead of printing
     * them until the returned capture is closed. Not for concurrent use: one capture at a
     * time.
     */
    public static Capture capture() {
        return new Capture();
    }

    /** Warnings and notes collected while open; restores printing on close. */
    public static final class Capture implements AutoCloseable {
        private final List<String> lines = new ArrayList<>();
        private final List<String> noteLines = new ArrayList<>();
        private final Consumer<String> previous = warningSink;
        private final Consumer<String> previousNotes = noteCapture;

        private Capture() {
            warningSink = line -> {
                synchronized (lines) {
                    lines.add(line);
                }
            };
            noteCapture = line -> {
                synchronized (noteLines) {
                    noteLines.add(line);
                }
            };
        }

        /** The warnings seen so far, each as printed. */
        public List<String> warnings() {
            synchronized (lines) {
                return List.copyOf(lines);
            }
        }

        /** The notes seen so far, each as it would be printed. */
        public List<String> notes() {
            synchronized (noteLines) {
                return List.copyOf(noteLines);
            }
        }

        @Override
        public void close() {
            warningSink = previous;
            noteCapture = previousNotes;
        }
    }
}
