package org.spectrallab.viz;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import javax.swing.SwingUtilities;

/**
 * The viewer: the process that owns a session's figure window. {@link FigureWindow} starts
 * it as {@code java org.spectrallab.viz.Viewer <socket>} and sends it commands on its
 * standard input; the viewer sends events back over the Unix-domain socket named by its
 * argument, see {@link ViewerProtocol}. (Not over standard output: native libraries - Xlib,
 * JOGL - print there, which would corrupt the messages.)
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

    /**
     * Runs a viewer until it is done: commands from standard input, events to the socket
     * {@code args[0]}.
     */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: java org.spectrallab.viz.Viewer <event socket>; "
                    + "FigureWindow starts the viewer, there is no need to start it by hand.");
            System.exit(2);
        }
        try (SocketChannel events = SocketChannel.open(UnixDomainSocketAddress.of(args[0]))) {
            new Viewer(System.in, Channels.newOutputStream(events), () -> System.exit(0)).run();
        } catch (IOException e) {
            System.err.println("viewer: cannot reach the session at " + args[0] + ": "
                    + e.getMessage());
            System.exit(1);
        }
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
