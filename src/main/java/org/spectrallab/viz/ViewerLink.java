package org.spectrallab.viz;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The session's end of a viewer: starts it (a child JVM, or for tests a thread of this
 * one), sends it commands from a queue of its own thread so that no caller ever waits on
 * the window, and hands its events to a listener. Queued commands are coalesced: a newer
 * figure for a panel replaces one not yet sent, and so do newer controls.
 *
 * <p>A child viewer reads commands on its standard input and sends events over a
 * Unix-domain socket in a private temporary folder. Its printed output is passed on to
 * this JVM's standard error, except what Xlib and JOGL print when the X connection breaks:
 * the session reports a lost display in one line of its own.
 */
final class ViewerLink {

    /** Milliseconds to wait for a viewer to end after being asked to. */
    private static final long CLOSE_WAIT_MS = 5_000;

    /** What the link reports; called on the link's reader thread. */
    interface Listener {
        void event(ViewerProtocol.Event event);

        /**
         * The viewer has ended: asked to ({@code requested}), closed by the user
         * ({@code closedByUser}), or otherwise, with the child's exit status (0 in-process).
         */
        void ended(ViewerLink link, boolean requested, boolean closedByUser, int exitStatus);
    }

    /** Where events come from, once the viewer has connected. */
    private interface EventSource {
        InputStream open() throws IOException;
    }

    /** Words of the lines Xlib and JOGL print when the X connection breaks. */
    private static final List<String> X_BROKEN = List.of("X connection to", "XIO:",
            "X11 IOError");

    private final Listener listener;
    private final Process process;
    private final Viewer localViewer;
    private final OutputStream commandStream;
    private final EventSource events;
    private final Deque<ViewerProtocol.Command> queue = new ArrayDeque<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean closing;
    private volatile boolean closedByUser;
    private volatile boolean ended;
    /** Whether the viewer printed that its X connection broke. */
    private volatile boolean xConnectionBroke;

    private ViewerLink(Listener listener, Process process, Viewer localViewer,
            OutputStream commands, EventSource events) {
        this.listener = listener;
        this.process = process;
        this.localViewer = localViewer;
        this.commandStream = commands;
        this.events = events;
    }

    /**
     * Starts a viewer JVM on X display {@code display} with this JVM's class path.
     *
     * @throws IOException when the JVM cannot be started
     */
    static ViewerLink startProcess(Listener listener, String display) throws IOException {
        Path folder = Files.createTempDirectory("spectrallab-viewer");
        Path socket = folder.resolve("events");
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx1g",
                "--enable-native-access=ALL-UNNAMED", "-Djava.awt.headless=false",
                "-D" + Display.MODE_PROPERTY + "=x11",
                "-cp", System.getProperty("java.class.path"), Viewer.class.getName(),
                socket.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DISPLAY", display);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            closeQuietly(server);
            deleteQuietly(socket, folder);
            throw e;
        }
        process.onExit().thenRun(() -> closeQuietly(server));
        ViewerLink link = new ViewerLink(listener, process, null, process.getOutputStream(),
                () -> {
                    try {
                        return Channels.newInputStream(server.accept());
                    } finally {
                        closeQuietly(server);
                        deleteQuietly(socket, folder);
                    }
                });
        link.startThreads();
        link.startThread("spectrallab-viewer-output", () -> link.forward(process.getInputStream()));
        return link;
    }

    /** Starts a viewer in this JVM, on threads of its own; for tests. */
    static ViewerLink startInProcess(Listener listener) {
        MemoryPipe commands = new MemoryPipe();
        MemoryPipe events = new MemoryPipe();
        ViewerLink[] self = new ViewerLink[1];
        Viewer viewer = new Viewer(commands.input(), events.output(), () -> self[0].userClosed());
        InputStream eventStream = events.input();
        ViewerLink link = new ViewerLink(listener, null, viewer, commands.output(),
                () -> eventStream);
        self[0] = link;
        link.startThread("spectrallab-viewer", () -> {
            viewer.run();
            closeQuietly(events.output());
        });
        link.startThreads();
        return link;
    }

    /** Queues a command; returns at once. */
    void send(ViewerProtocol.Command command) {
        synchronized (queue) {
            if (command instanceof ViewerProtocol.Show show) {
                queue.removeIf(q -> q instanceof ViewerProtocol.Show old
                        && old.panel().equals(show.panel()));
            } else if (command instanceof ViewerProtocol.Controls) {
                queue.removeIf(q -> q instanceof ViewerProtocol.Controls);
            }
            queue.addLast(command);
            queue.notifyAll();
        }
    }

    /** Whether the viewer is still running, or its end not yet reported. */
    boolean isAlive() {
        return !ended;
    }

    /** Whether the viewer printed that its X connection broke (the display went away). */
    boolean xConnectionBroke() {
        return xConnectionBroke;
    }

    /** The viewer running in this JVM, or null for a child process; for tests. */
    Viewer localViewer() {
        return localViewer;
    }

    /**
     * Asks the viewer to close its window and end, waits for it (a child that does not end
     * in time is destroyed), and waits for the link's threads.
     */
    void close() {
        closing = true;
        send(new ViewerProtocol.Close());
        if (process != null) {
            try {
                if (!process.waitFor(CLOSE_WAIT_MS, TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly().waitFor(CLOSE_WAIT_MS, TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (queue) {
            queue.notifyAll();
        }
        for (Thread thread : threads) {
            if (thread != Thread.currentThread()) {
                try {
                    thread.join(CLOSE_WAIT_MS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** Ends the viewer process at once, as a crash or a lost display would; for tests. */
    void kill() {
        if (process != null) {
            process.destroyForcibly();
        }
    }

    private void userClosed() {
        closedByUser = true;
        closeQuietly(commandStream);
    }

    private void startThreads() {
        startThread("spectrallab-viewer-send", this::sendLoop);
        startThread("spectrallab-viewer-events", this::receiveLoop);
    }

    private void startThread(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        threads.add(thread);
        thread.start();
    }

    private void sendLoop() {
        try (ObjectOutputStream out = ViewerProtocol.writer(commandStream)) {
            while (true) {
                ViewerProtocol.Command command;
                synchronized (queue) {
                    while (queue.isEmpty() && !ended) {
                        queue.wait();
                    }
                    if (ended && queue.isEmpty()) {
                        return;
                    }
                    command = queue.removeFirst();
                }
                ViewerProtocol.write(out, command);
                if (command instanceof ViewerProtocol.Close) {
                    return;
                }
            }
        } catch (IOException e) {
            // The viewer has gone; the reader reports how.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Hands events to the listener until the viewer ends, then reports the end once; the
     * link counts as alive until that report is made, so that nobody acts on a half-ended
     * link.
     */
    private void receiveLoop() {
        try (InputStream stream = events.open()) {
            ObjectInputStream in = ViewerProtocol.reader(stream);
            while (true) {
                ViewerProtocol.Event event = ViewerProtocol.read(in, ViewerProtocol.Event.class);
                if (event instanceof ViewerProtocol.Closed) {
                    closedByUser = true;
                }
                listener.event(event);
            }
        } catch (IOException e) {
            // The viewer ended, or never connected; the report below says how.
        } finally {
            listener.ended(this, closing, closedByUser, exitStatus());
            ended = true;
            synchronized (queue) {
                queue.notifyAll();
            }
        }
    }

    private int exitStatus() {
        if (process == null) {
            return 0;
        }
        try {
            if (process.waitFor(CLOSE_WAIT_MS, TimeUnit.MILLISECONDS)) {
                return process.exitValue();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return -1;
    }

    /**
     * Passes the viewer's printed output on, line by line, to this JVM's standard error,
     * until its X connection breaks: from then on it is the noise of a dying process.
     */
    private void forward(InputStream output) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(output,
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String text = line;
                if (X_BROKEN.stream().anyMatch(text::contains)) {
                    xConnectionBroke = true;
                }
                if (!xConnectionBroke && !closing) {
                    System.err.println(line);
                }
            }
        } catch (IOException e) {
            // The viewer has ended.
        }
    }

    private static void deleteQuietly(Path socket, Path folder) {
        try {
            Files.deleteIfExists(socket);
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // A leftover empty folder in the temporary directory is harmless.
        }
    }

    private static void closeQuietly(Closeable stream) {
        try {
            stream.close();
        } catch (IOException e) {
            // Already closed: nothing left to release.
        }
    }
}
