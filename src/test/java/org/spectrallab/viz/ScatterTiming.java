package org.spectrallab.viz;

import com.jogamp.opengl.GL;
import com.jogamp.opengl.GLAutoDrawable;
import com.jogamp.opengl.GLCapabilities;
import com.jogamp.opengl.GLDrawableFactory;
import com.jogamp.opengl.GLEventListener;
import com.jogamp.opengl.GLOffscreenAutoDrawable;
import com.jogamp.opengl.GLProfile;
import java.util.Locale;

/**
 * Measures how long a class-coloured scatter takes to draw offscreen, split into layout
 * (Java), GL drawing (until glFinish returns) and read-back, for the first and later
 * frames. Not a test: run it by hand, under Xvfb or with no display, e.g.
 * {@code java -cp target/classes:target/test-classes:$(cat target/classpath.txt)
 * org.spectrallab.viz.ScatterTiming 5000 10000}.
 */
public final class ScatterTiming {

    private static final int FRAMES = 20;
    private static final int WIDTH = 900;
    private static final int HEIGHT = 700;

    private ScatterTiming() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        GLProfile profile = Display.glProfile();
        GLCapabilities caps = new GLCapabilities(profile);
        caps.setOnscreen(false);
        caps.setFBO(true);
        caps.setDoubleBuffered(false);
        GLOffscreenAutoDrawable drawable = GLDrawableFactory.getFactory(profile)
                .createOffscreenAutoDrawable(null, caps, null, WIDTH, HEIGHT);
        Timer timer = new Timer();
        drawable.addGLEventListener(timer);
        drawable.display();
        System.out.printf(Locale.ROOT, "mode %s, GL start-up %.0f ms%n", Display.mode(),
                (System.nanoTime() - start) / 1e6);
        for (String arg : args) {
            int n = Integer.parseInt(arg);
            double[][] data = Samples.blobs(n, 10);
            Figure figure = Figure.scatter(n + " points", data[0], data[1])
                    .byClass(Samples.labels(data[2]), Samples.classNames(10));
            for (int frame = 0; frame < FRAMES; frame++) {
                long t0 = System.nanoTime();
                timer.scene = figure.toScene(WIDTH, HEIGHT);
                long layout = System.nanoTime() - t0;
                drawable.display();
                if (frame == 0 || frame == FRAMES - 1) {
                    System.out.printf(Locale.ROOT, "%6d points, frame %2d: layout %.1f ms, "
                            + "GL draw %.1f ms, read-back %.1f ms%n", n, frame, layout / 1e6,
                            timer.drawNanos / 1e6, timer.readNanos / 1e6);
                }
            }
        }
        drawable.destroy();
    }

    /** Draws the scene it is given and times drawing and read-back. */
    private static final class Timer implements GLEventListener {
        private final SceneDrawer drawer = new SceneDrawer();
        Scene scene;
        long drawNanos;
        long readNanos;

        @Override
        public void init(GLAutoDrawable d) {
            drawer.init(d.getGL().getGL2ES2());
        }

        @Override
        public void display(GLAutoDrawable d) {
            if (scene == null) {
                return;
            }
            GL gl = d.getGL();
            long t0 = System.nanoTime();
            drawer.draw(gl.getGL2ES2(), scene);
            gl.glFinish();
            long t1 = System.nanoTime();
            FigureRenderer.readPixels(gl, scene.width, scene.height);
            readNanos = System.nanoTime() - t1;
            drawNanos = t1 - t0;
        }

        @Override
        public void reshape(GLAutoDrawable d, int x, int y, int width, int height) {
            // The scene sets its own viewport.
        }

        @Override
        public void dispose(GLAutoDrawable d) {
            drawer.dispose(d.getGL().getGL2ES2());
        }
    }
}
