package org.spectrallab.viz;

import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import javax.swing.SwingUtilities;

/**
 * The viewer: the process that owns a session's figure window. {@link FigureWindow} starts
 * it as {@code java org.spectrallab.viz.Viewer} and talks to it through its standard input
 * (commands) and output (events), see {@link ViewerProtocol}.
 *
 * <p>Why a process of its own: when the X server goes away, the JVM holding an X
 * connection is ended by Xlib (status 1) whatever Java does. With the window here, the
 * session - the student's JShell state - survives, notices that its viewer ended and falls
 * back to PNG files. A viewer ends when its standard input closes (the session ended), on
 * {@link ViewerProtocol.Close}, or when the user closes the window.
 */
public final class Viewer {

    private final InputStream commands;
    private final OutputStream eventStream;
    private final Runnable onWindowClosed;
    private ObjectOutputStream events;
    private volatile ViewerWindow window;

    /**
     * A viewer reading commands from {@code commands} and writing events to
     * {@code events}; {@code onWindowClosed} runs after the user closed the window.
     */
    Viewer(InputStream commands, OutputStream events, Runnable onWindowClosed) {
        this.commands = commands;
        this.eventStream = events;
        this.onWindowClosed = onWindowClosed;
    }

    /** Runs a viewer on this process's standard input and output until it is done. */
    public static void main(String[] args) {
        OutputStream protocol = new FileOutputStream(FileDescriptor.out);
        System.setOut(System.err);
        new Viewer(System.in, protocol, () -> System.exit(0)).run();
        System.exit(0);
    }

    /** Carries out commands until the input ends or asks to close; then closes the window. */
    void run() {
        try {
            events = ViewerProtocol.writer(eventStream);
            SwingUtilities.invokeAndWait(() -> window = new ViewerWindow(this::send));
            send(new ViewerProtocol.Ready());
            ObjectInputStream in = ViewerProtocol.reader(commands);
            while (true) {
                ViewerProtocol.Command command = ViewerProtocol.read(in,
                        ViewerProtocol.Command.class);
                SwingUtilities.invokeLater(() -> window.apply(command));
                if (command instanceof ViewerProtocol.Close) {
                    break;
                }
            }
        } catch (EOFException e) {
            // The session closed the pipe: it has ended, and so does the window.
        } catch (IOException e) {
            System.err.println("viewer: stopped reading commands: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (InvocationTargetException e) {
            System.err.println("viewer: the window could not be made: " + e.getCause());
        } finally {
            closeWindow();
        }
    }

    /** Sends an event to the session; a session that is gone ends the viewer. */
    private void send(ViewerProtocol.Event event) {
        synchronized (this) {
            try {
                ViewerProtocol.write(events, event);
            } catch (IOException e) {
                closeWindow();
                return;
            }
        }
        if (event instanceof ViewerProtocol.Closed) {
            onWindowClosed.run();
        }
    }

    private void closeWindow() {
        ViewerWindow current = window;
        if (current == null) {
            return;
        }
        try {
            if (SwingUtilities.isEventDispatchThread()) {
                current.dispose();
            } else {
                SwingUtilities.invokeAndWait(current::dispose);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (InvocationTargetException e) {
            System.err.println("viewer: closing the window failed: " + e.getCause());
        }
    }

    /** The window, once made; for tests running the viewer in their own process. */
    ViewerWindow window() {
        return window;
    }
}
