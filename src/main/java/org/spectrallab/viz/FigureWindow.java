package org.spectrallab.viz;

import com.jogamp.opengl.GLCapabilities;
import com.jogamp.opengl.awt.GLJPanel;
import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Window;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.lang.reflect.InvocationTargetException;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import org.spectrallab.Log;

/**
 * One window per JVM that shows the latest figure, for looking at results while a lab
 * runs. {@link #show} returns at once: the window is made, updated and painted on the
 * Swing event thread, where JOGL draws into a {@link GLJPanel} with the same drawing code
 * as the offscreen renderer. Closing the window only disposes it (the JVM goes on); the
 * next {@link #show} opens a new one.
 *
 * <p>With no display (no X server, or a headless JVM) {@link #show} notes once that no
 * window is shown and does nothing else; labs write PNGs anyway.
 */
public final class FigureWindow {

    /** The window and its drawing; touched only on the Swing event thread. */
    private static JFrame frame;
    private static FigureCanvas canvas;
    private static GLJPanel panel;
    /** Whether a window is on screen or about to be. */
    private static volatile boolean open;
    private static volatile boolean noWindowNoted;

    private FigureWindow() {
    }

    /**
     * Shows {@code figure} in the window, replacing what it showed; opens the window if
     * needed. Never blocks on drawing.
     *
     * @throws IllegalArgumentException when the figure cannot be drawn (e.g. a line plot
     *     without series)
     */
    public static void show(Figure figure) {
        if (figure == null) {
            throw new IllegalArgumentException("figure is null: build one first, e.g. "
                    + "Figure.scatter(\"title\", x, y).");
        }
        figure.checkComplete();
        if (!Display.canShowWindows()) {
            noteNoWindow();
            return;
        }
        open = true;
        SwingUtilities.invokeLater(() -> showOnEventThread(figure));
    }

    /** Closes the window if it is open, waiting until it is gone. */
    public static void close() {
        if (!open) {
            return;
        }
        runOnEventThread(FigureWindow::disposeFrame);
    }

    /** Whether the window is open (or opening). */
    public static boolean isOpen() {
        return open;
    }

    /** Frames the window has drawn since it opened; 0 when closed. For tests. */
    static int framesDrawn() {
        FigureCanvas current = canvas;
        return current == null ? 0 : current.framesDrawn();
    }

    private static void showOnEventThread(Figure figure) {
        if (frame == null) {
            createFrame(figure);
        }
        canvas.setFigure(figure);
        frame.setTitle(figure.title().isEmpty() ? "Spectral Lab figure" : figure.title());
        if (!frame.isVisible()) {
            frame.setVisible(true);
        }
        panel.repaint();
    }

    private static void createFrame(Figure figure) {
        canvas = new FigureCanvas();
        panel = new GLJPanel(new GLCapabilities(Display.glProfile()));
        panel.addGLEventListener(canvas);
        panel.setPreferredSize(initialSize(figure));
        frame = new JFrame();
        frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                forget(e.getWindow());
            }
        });
        frame.getContentPane().add(panel);
        frame.pack();
        frame.setLocationByPlatform(true);
    }

    /** The figure's default size, shrunk to fit the screen. */
    private static Dimension initialSize(Figure figure) {
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment()
                .getMaximumWindowBounds();
        double shrink = Math.min(1, Math.min(0.9 * screen.width / figure.defaultWidth(),
                0.9 * screen.height / figure.defaultHeight()));
        return new Dimension((int) (figure.defaultWidth() * shrink),
                (int) (figure.defaultHeight() * shrink));
    }

    private static void disposeFrame() {
        if (frame != null) {
            frame.dispose();
            forget(frame);
        }
        open = false;
    }

    /** Drops the references to a window that has been closed, so the next show makes one. */
    private static void forget(Window closed) {
        if (closed == frame) {
            frame = null;
            panel = null;
            canvas = null;
            open = false;
        }
    }

    private static void runOnEventThread(Runnable task) {
        if (SwingUtilities.isEventDispatchThread()) {
            task.run();
            return;
        }
        try {
            SwingUtilities.invokeAndWait(task);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("closing the figure window failed: "
                    + e.getCause(), e.getCause());
        }
    }

    private static void noteNoWindow() {
        if (!noWindowNoted) {
            noWindowNoted = true;
            Log.note("figures: no display here, so no window is shown; write PNGs with "
                    + "FigureRenderer.writePng instead.");
        }
    }
}
