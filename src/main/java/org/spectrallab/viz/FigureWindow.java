package org.spectrallab.viz;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.spectrallab.Log;

/**
 * The session's one figure window: panels in tabs, shown side by side within a tab, with
 * sliders for live parameters, keys and mouse gestures (H in the window lists them).
 *
 * <pre>{@code
 * FigureWindow.show("spectra", spectra);          // a tab of its own
 * FigureWindow.show("eigenmaps/gram", gram);      // panels of tab "eigenmaps", side by side
 * FigureWindow.show("eigenmaps/laplacian", lap);
 * FigureWindow.show("eigenmaps/gram", regram);    // replaces that panel in place
 * }</pre>
 *
 * <p>Every call returns at once: the window lives in a viewer process of its own
 * ({@link Viewer}), started by the first show, which draws on its own render thread.
 * Closing the window only ends the viewer; the next show starts a new one with every panel
 * the window had. If the display
 * goes away, the viewer ends (Xlib ends any process whose X connection breaks), this
 * session says so once and from then on writes each shown figure as a PNG to the save
 * folder ({@link #saveFolder}); with no display at all it does that from the start.
 *
 * <p>Live pipelines (see org.spectrallab.lab.Lab#live) use {@link #controls},
 * {@link #onSliderMoved}, {@link #status} and {@link #error}. The methods at the end
 * ({@link #lastFrame}, {@link #awaitFrame}, ...) report what the window drew, for tests and
 * benchmarks.
 */
public final class FigureWindow {

    /** Panel name of a figure shown without one. */
    public static final String DEFAULT_PANEL = "figure";

    /** System property naming the X display for the window (default: DISPLAY). */
    public static final String DISPLAY_PROPERTY = "spectrallab.viz.viewerDisplay";

    /**
     * What one frame of the window was.
     *
     * @param frame the window's frame number
     * @param showSequence the last show it includes (see {@link #lastShowSequence})
     * @param millis from the request (an input, a show) to the end of painting
     * @param renderMillis of which on the render thread: layout, drawing, read-back
     */
    public record FrameReport(long frame, long showSequence, double millis,
            double renderMillis) {
    }

    /** Milliseconds to let a display that is going away finish going before probing it. */
    private static final long DISPLAY_SETTLE_MS = 300;

    private static final Object LOCK = new Object();
    private static ViewerLink link;
    /** Start the next viewer in this JVM instead of a child process (tests). */
    private static boolean inProcess;
    private static long showSequence;
    private static Path saveFolder = defaultSaveFolder();
    private static List<Slider> sliders = List.of();
    private static BiConsumer<String, Double> sliderListener = (name, value) -> { };
    private static boolean noWindowNoted;
    private static boolean displayLost;
    private static FrameReport lastFrame;
    private static long inputsHandled;
    private static Map<String, int[]> sliderPlaces = Map.of();
    private static int[] framePlace;
    /**
     * What the window shows, sent again to a new viewer after the user closed the window:
     * the last figure of each panel, the arrangements, the last status and error per panel.
     */
    private static final Map<String, Figure> panelFigures = new LinkedHashMap<>();
    private static final Map<String, ViewerProtocol.Command> arrangements = new LinkedHashMap<>();
    private static final Map<String, ViewerProtocol.Command> panelState = new LinkedHashMap<>();

    private FigureWindow() {
    }

    /** Shows {@code figure} in the panel {@value #DEFAULT_PANEL}, replacing what it showed. */
    public static void show(Figure figure) {
        show(DEFAULT_PANEL, figure);
    }

    /**
     * Shows {@code figure} in the panel called {@code name}, in place if the panel exists,
     * else in a new tab, and brings the panel's tab to the front. A name "tab/panel" puts
     * the panel in that tab, beside the tab's other panels. Without a window the figure
     * goes to {@code <save folder>/<name>.png} instead.
     *
     * @throws IllegalArgumentException when the figure cannot be drawn or the name is empty
     */
    public static void show(String name, Figure figure) {
        send(name, figure, true);
    }

    /**
     * Like {@link #show(String, Figure)} but leaves the tabs as they are when the panel
     * exists: for a live recompute that updates panels while the user looks at another.
     */
    public static void replace(String name, Figure figure) {
        send(name, figure, false);
    }

    /**
     * {@link #show(String, Figure)} ({@code toFront}) or {@link #replace}, saying where the
     * figure went: the PNG file written instead when there is no window, else null.
     */
    public static Path showOrWrite(String name, Figure figure, boolean toFront) {
        return send(name, figure, toFront);
    }

    private static Path send(String name, Figure figure, boolean toFront) {
        String panel = checkName(name);
        if (figure == null) {
            throw new IllegalArgumentException("figure is null: build one first, e.g. "
                    + "Figure.scatter(\"title\", x, y).");
        }
        figure.checkComplete();
        synchronized (LOCK) {
            ViewerLink viewer = viewer();
            if (viewer == null) {
                return writeInstead(panel, figure);
            }
            panelFigures.put(panel, figure);
            viewer.send(new ViewerProtocol.Show(++showSequence, panel, figure, toFront));
            return null;
        }
    }

    /**
     * Puts the named panels side by side, in this order, in tab {@code tab}, e.g.
     * {@code sideBySide("compare", "gram-eigenmap", "eigenmaps")}; panels not shown yet
     * take their place there when they are. Warns, listing the panels the window has, about
     * a name no figure has been shown under (a typo?), and when there is no window at all.
     */
    public static void sideBySide(String tab, String... panels) {
        checkName(tab);
        if (panels == null || panels.length == 0) {
            throw new IllegalArgumentException("no panels named: pass the panels to put side "
                    + "by side, e.g. sideBySide(\"compare\", \"gram-eigenmap\", \"eigenmaps\").");
        }
        for (String panel : panels) {
            checkName(panel);
        }
        synchronized (LOCK) {
            ViewerProtocol.Arrange arrange = new ViewerProtocol.Arrange(tab, List.of(panels));
            arrangements.put(tab, arrange);
            ViewerLink viewer = viewer();
            if (viewer == null) {
                Log.warn("sideBySide(\"" + tab + "\", ...) arranges the window's panels, and "
                        + "there is no window (" + Display.whyNoWindow() + "): the figures are "
                        + "PNG files in " + saveFolder + ". Run under an X server to see them "
                        + "side by side.");
                return;
            }
            warnAboutUnknownPanels(tab, panels);
            viewer.send(arrange);
        }
    }

    /** Warns about panel names no figure was shown under, listing those that were. */
    private static void warnAboutUnknownPanels(String tab, String... panels) {
        List<String> unknown = new ArrayList<>();
        for (String panel : panels) {
            if (!panelFigures.containsKey(panel.trim())) {
                unknown.add("'" + panel.trim() + "'");
            }
        }
        if (unknown.isEmpty()) {
            return;
        }
        String known = panelFigures.isEmpty() ? "none yet"
                : String.join(", ", panelFigures.keySet());
        Log.warn("sideBySide(\"" + tab + "\", ...): no figure has been shown as "
                + String.join(", ", unknown) + "; the window's panels are: " + known + ". Check "
                + "the spelling; a figure shown later under that name takes its place there.");
    }

    /**
     * Closes the window if it is open, waiting until the viewer has ended, and forgets its
     * panels: the next show starts an empty window. (A window the user closes keeps them:
     * the next show brings them all back.)
     */
    public static void close() {
        ViewerLink closing;
        synchronized (LOCK) {
            closing = link;
            link = null;
            panelFigures.clear();
            arrangements.clear();
            panelState.clear();
        }
        if (closing != null) {
            closing.close();
        }
    }

    /** Whether the window is open (or opening). */
    public static boolean isOpen() {
        synchronized (LOCK) {
            return link != null && link.isAlive();
        }
    }

    /** Where S saves views and where figures go as PNGs when there is no window. */
    public static void saveFolder(Path folder) {
        if (folder == null) {
            throw new IllegalArgumentException("folder is null: pass e.g. Path.of(\"out\").");
        }
        synchronized (LOCK) {
            saveFolder = folder;
            if (link != null) {
                link.send(new ViewerProtocol.SaveFolder(folder.toAbsolutePath().toString()));
            }
        }
    }

    /** The live parameters to show as sliders (all of them; each names its panels). */
    public static void controls(List<Slider> current) {
        synchronized (LOCK) {
            sliders = List.copyOf(current);
            if (link != null) {
                link.send(new ViewerProtocol.Controls(sliders));
            }
        }
    }

    /** Who hears about slider moves: called with (parameter name, new value). */
    public static void onSliderMoved(BiConsumer<String, Double> listener) {
        synchronized (LOCK) {
            sliderListener = listener == null ? (name, value) -> { } : listener;
        }
    }

    /** A panel's progress note while {@code busy}; not busy clears it. */
    public static void status(String panel, String text, boolean busy) {
        sendPanelState(panel, new ViewerProtocol.Status(panel, text, busy));
    }

    /** Shows the error of a panel's last recompute over its last good picture; null clears. */
    public static void error(String panel, String text) {
        sendPanelState(panel + "\u0000error", new ViewerProtocol.PanelError(panel, text));
    }

    /** The number of the last show; a frame holding it has {@code showSequence} at least that. */
    public static long lastShowSequence() {
        synchronized (LOCK) {
            return showSequence;
        }
    }

    /** The last frame the window reported, or null. */
    public static FrameReport lastFrame() {
        synchronized (LOCK) {
            return lastFrame;
        }
    }

    /**
     * Waits for a frame after frame {@code afterFrame} that holds show
     * {@code minShowSequence}; returns it, or null after {@code timeout}.
     */
    public static FrameReport awaitFrame(long afterFrame, long minShowSequence,
            Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (LOCK) {
            while (lastFrame == null || lastFrame.frame() <= afterFrame
                    || lastFrame.showSequence() < minShowSequence) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return null;
                }
                LOCK.wait(Math.max(1, left / 1_000_000));
            }
            return lastFrame;
        }
    }

    /** How many keys and mouse gestures the window has handled. */
    public static long inputsHandled() {
        synchronized (LOCK) {
            return inputsHandled;
        }
    }

    /** Waits until the window has handled {@code count} inputs; false after the timeout. */
    public static boolean awaitInputs(long count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (LOCK) {
            while (inputsHandled < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                LOCK.wait(Math.max(1, left / 1_000_000));
            }
            return true;
        }
    }

    /** Where each slider of the current tab is on the screen: name to {x, y, width, height}. */
    public static Map<String, int[]> sliderPlaces() {
        synchronized (LOCK) {
            return sliderPlaces;
        }
    }

    /** Where the frame (the panels) is on the screen, {x, y, width, height}, or null. */
    public static int[] framePlace() {
        synchronized (LOCK) {
            return framePlace == null ? null : framePlace.clone();
        }
    }

    /** Runs the next viewer inside this JVM (true) or as a child process (false); tests. */
    static void runViewerInProcess(boolean on) {
        synchronized (LOCK) {
            inProcess = on;
        }
    }

    /** The viewer link, or null; tests reach the in-process window through it. */
    static ViewerLink link() {
        synchronized (LOCK) {
            return link;
        }
    }

    /** Forgets that the display was lost (tests that lose one on purpose). */
    static void forgetLostDisplay() {
        synchronized (LOCK) {
            displayLost = false;
            noWindowNoted = false;
        }
    }

    /** The X display the window goes to: the property, else DISPLAY. */
    static String windowDisplay() {
        String forced = System.getProperty(DISPLAY_PROPERTY);
        return forced != null ? forced : System.getenv("DISPLAY");
    }

    /** The running viewer, started if needed; null when no window can be shown. */
    private static ViewerLink viewer() {
        if (link != null && link.isAlive()) {
            return link;
        }
        link = null;
        String display = windowDisplay();
        if (!inProcess && !Display.xServerReachable(display)) {
            return null;
        }
        try {
            link = inProcess ? ViewerLink.startInProcess(new Events())
                    : ViewerLink.startProcess(new Events(), display);
        } catch (IOException e) {
            Log.warn("the figure window could not start (" + e.getMessage() + "); figures go "
                    + "to PNG files in " + saveFolder + " instead.");
            return null;
        }
        displayLost = false;
        lastFrame = null;
        sliderPlaces = Map.of();
        framePlace = null;
        link.send(new ViewerProtocol.SaveFolder(saveFolder.toAbsolutePath().toString()));
        link.send(new ViewerProtocol.Controls(sliders));
        for (Map.Entry<String, Figure> panel : panelFigures.entrySet()) {
            link.send(new ViewerProtocol.Show(++showSequence, panel.getKey(), panel.getValue(),
                    false));
        }
        for (ViewerProtocol.Command arrange : arrangements.values()) {
            link.send(arrange);
        }
        for (ViewerProtocol.Command state : panelState.values()) {
            link.send(state);
        }
        return link;
    }

    private static void sendPanelState(String key, ViewerProtocol.Command command) {
        synchronized (LOCK) {
            panelState.put(key, command);
            if (link != null && link.isAlive()) {
                link.send(command);
            }
        }
    }

    /**
     * Writes the figure as a PNG when there is no window. Drawing through an X server
     * that has gone would end this JVM too, so a JVM that draws on X does not try (the
     * message about the lost display said so).
     */
    private static Path writeInstead(String panel, Figure figure) {
        if (!noWindowNoted && !displayLost) {
            noWindowNoted = true;
            Log.warn("no display for the figure window (" + Display.whyNoWindow() + "), so "
                    + "shown figures go to PNG files in " + saveFolder + " instead. To see "
                    + "the window, run under an X server (set DISPLAY, e.g. DISPLAY=:0); "
                    + "./lab N --batch writes the PNGs without trying.");
        }
        if (drawsOnLostX()) {
            return null;
        }
        String file = panel.replaceAll("[^A-Za-z0-9._-]+", "-") + ".png";
        return FigureRenderer.writePng(figure, saveFolder.resolve(file));
    }

    /** Whether this JVM draws through an X display that no longer answers. */
    private static boolean drawsOnLostX() {
        return Display.mode() == Display.Mode.DESKTOP_GL
                && !Display.xServerReachable(System.getenv("DISPLAY"));
    }

    private static String checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("panel name '" + name + "' is empty: name the "
                    + "panel, e.g. \"eigenmap\", or \"eigenmaps/gram\" to share a tab.");
        }
        return name.trim();
    }

    private static Path defaultSaveFolder() {
        String home = System.getProperty("spectrallab.home", System.getProperty("user.dir"));
        String out = System.getProperty("spectrallab.out", Paths.get(home, "out").toString());
        return Paths.get(out, "window");
    }

    /** Handles the viewer's events on the link's reader thread. */
    private static final class Events implements ViewerLink.Listener {
        @Override
        public void event(ViewerProtocol.Event event) {
            BiConsumer<String, Double> listener;
            synchronized (LOCK) {
                listener = sliderListener;
                if (event instanceof ViewerProtocol.FrameDrawn drawn) {
                    lastFrame = new FrameReport(drawn.frame(), drawn.showSequence(),
                            drawn.millis(), drawn.renderMillis());
                } else if (event instanceof ViewerProtocol.InputHandled) {
                    inputsHandled++;
                } else if (event instanceof ViewerProtocol.Placed placed) {
                    sliderPlaces = Map.copyOf(placed.sliders());
                    framePlace = placed.frame().clone();
                }
                LOCK.notifyAll();
            }
            if (event instanceof ViewerProtocol.SliderMoved moved) {
                listener.accept(moved.name(), moved.value());
            } else if (event instanceof ViewerProtocol.Saved saved) {
                System.out.println("  view saved: " + saved.file());
            } else if (event instanceof ViewerProtocol.Problem problem) {
                Log.warn("figure window: " + problem.text());
            }
        }

        @Override
        public void ended(ViewerLink ended, boolean requested, boolean closedByUser,
                int exitStatus) {
            boolean lost = !requested && !closedByUser && displayGone(ended);
            synchronized (LOCK) {
                if (link == ended) {
                    link = null;
                }
                LOCK.notifyAll();
                if (requested || closedByUser) {
                    return;
                }
                if (lost) {
                    displayLost = true;
                    Log.warn("the display " + windowDisplay() + " went away, so the figure "
                            + "window closed; " + (drawsOnLostX()
                                    ? "this JVM draws through that display too, so it cannot "
                                    + "draw figures any more (the lab launcher's sessions draw "
                                    + "through EGL and are not affected)."
                                    : "figures now go to PNG files in " + saveFolder
                                    + " (the session goes on)."));
                } else {
                    Log.warn("the figure window ended unexpectedly (exit status " + exitStatus
                            + "); the next show opens a new one.");
                }
            }
        }

        /**
         * Whether the viewer ended because its display went away: it said its X connection
         * broke, or the X server no longer answers a little later (a server that is
         * shutting down may still accept a connection for a moment).
         */
        private boolean displayGone(ViewerLink ended) {
            if (ended.xConnectionBroke()) {
                return true;
            }
            try {
                Thread.sleep(DISPLAY_SETTLE_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return !Display.xServerReachable(windowDisplay());
        }
    }
}
