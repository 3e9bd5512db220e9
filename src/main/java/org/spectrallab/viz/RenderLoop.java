package org.spectrallab.viz;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * The window's render thread: lays out and draws frames with its own offscreen GL context,
 * away from the Swing thread, which only paints the finished image and handles input.
 * Requests are coalesced: while a frame is drawn, newer requests replace each other and
 * only the latest is drawn next, so input never queues up behind old frames. A save
 * request draws one frame into a PNG file and goes before the next frame.
 */
final class RenderLoop {

    /** Where finished frames go; called on the render thread. */
    interface Sink {
        void frame(Frame frame);

        void saved(Path file, String problem);

        void failed(String problem);
    }

    /**
     * A drawn frame with where its scatter plots put their points.
     *
     * @param requestedNanos System.nanoTime() when the Swing thread asked for it
     * @param renderMillis time spent laying out, drawing and reading back
     */
    record Frame(WindowScene.Request request, BufferedImage image,
            List<Scene.PlotRegion> regions, long requestedNanos, double renderMillis) {
    }

    private final Sink sink;
    private final Object lock = new Object();
    private WindowScene.Request next;
    private long nextRequestedNanos;
    private WindowScene.Request saveRequest;
    private Path saveFile;
    private boolean stopping;
    private Thread thread;

    RenderLoop(Sink sink) {
        this.sink = sink;
    }

    /** Starts the render thread. */
    void start() {
        thread = new Thread(this::run, "spectrallab-render");
        thread.setDaemon(true);
        thread.start();
    }

    /** Asks for {@code request} to be drawn, replacing any request not yet started. */
    void request(WindowScene.Request request) {
        synchronized (lock) {
            next = request;
            nextRequestedNanos = System.nanoTime();
            lock.notifyAll();
        }
    }

    /** Asks for {@code request} to be drawn into the PNG {@code file}. */
    void save(WindowScene.Request request, Path file) {
        synchronized (lock) {
            saveRequest = request;
            saveFile = file;
            lock.notifyAll();
        }
    }

    /** Stops the thread after the frame it is drawing and frees the GL context. */
    void stop() {
        synchronized (lock) {
            stopping = true;
            lock.notifyAll();
        }
        if (thread != null && thread != Thread.currentThread()) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        OffscreenCanvas canvas = null;
        try {
            canvas = new OffscreenCanvas();
            while (true) {
                WindowScene.Request request;
                long requested;
                Path file;
                synchronized (lock) {
                    while (!stopping && next == null && saveRequest == null) {
                        lock.wait();
                    }
                    if (stopping) {
                        return;
                    }
                    file = saveFile;
                    request = file != null ? saveRequest : next;
                    requested = nextRequestedNanos;
                    if (file != null) {
                        saveRequest = null;
                        saveFile = null;
                    } else {
                        next = null;
                    }
                }
                if (file != null) {
                    save(canvas, request, file);
                } else {
                    draw(canvas, request, requested);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            sink.failed("the window cannot draw: " + e.getMessage());
        } finally {
            if (canvas != null) {
                canvas.destroy();
            }
        }
    }

    private void draw(OffscreenCanvas canvas, WindowScene.Request request, long requested) {
        long start = System.nanoTime();
        Scene scene = WindowScene.compose(request);
        BufferedImage image = canvas.render(scene);
        double millis = (System.nanoTime() - start) / 1e6;
        sink.frame(new Frame(request, image, scene.regions(), requested, millis));
    }

    private void save(OffscreenCanvas canvas, WindowScene.Request request, Path file) {
        try {
            BufferedImage image = canvas.render(WindowScene.compose(request));
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (!ImageIO.write(image, "png", file.toFile())) {
                throw new IOException("this Java has no PNG writer");
            }
            sink.saved(file, null);
        } catch (IOException | RuntimeException e) {
            sink.saved(file, "could not save the view to " + file + ": " + e.getMessage());
        }
    }
}
