package org.spectrallab.viz;

import com.jogamp.opengl.GLAutoDrawable;
import com.jogamp.opengl.GLEventListener;
import java.util.concurrent.atomic.AtomicInteger;
import org.spectrallab.Log;

/**
 * Draws the current figure into whatever GL drawable it listens to (the window's panel),
 * laying it out again only when the figure or the drawable's size changes. Interaction
 * (rotating a 3-D view, zooming) belongs here: change the figure's view, then repaint.
 */
final class FigureCanvas implements GLEventListener {

    private final SceneDrawer drawer = new SceneDrawer();
    private final AtomicInteger framesDrawn = new AtomicInteger();
    private volatile Figure figure;
    /** The last layout and what it was made for; touched only on the GL thread. */
    private Scene scene;
    private Figure sceneFigure;

    void setFigure(Figure figure) {
        this.figure = figure;
    }

    /** How many frames have been drawn, for tests that wait for the first. */
    int framesDrawn() {
        return framesDrawn.get();
    }

    @Override
    public void init(GLAutoDrawable drawable) {
        drawer.init(drawable.getGL().getGL2ES2());
    }

    @Override
    public void display(GLAutoDrawable drawable) {
        Figure current = figure;
        int width = drawable.getSurfaceWidth();
        int height = drawable.getSurfaceHeight();
        if (current == null || width <= 0 || height <= 0) {
            return;
        }
        try {
            drawer.draw(drawable.getGL().getGL2ES2(), sceneFor(current, width, height));
            framesDrawn.incrementAndGet();
        } catch (RuntimeException e) {
            Log.warn("the figure window could not draw '" + current.title() + "': "
                    + e.getMessage());
            figure = null;
        }
    }

    private Scene sceneFor(Figure current, int width, int height) {
        if (scene == null || sceneFigure != current || scene.width != width
                || scene.height != height) {
            scene = current.toScene(width, height);
            sceneFigure = current;
        }
        return scene;
    }

    @Override
    public void reshape(GLAutoDrawable drawable, int x, int y, int width, int height) {
        // The next display() lays the figure out at the new size.
    }

    @Override
    public void dispose(GLAutoDrawable drawable) {
        drawer.dispose(drawable.getGL().getGL2ES2());
        scene = null;
        sceneFigure = null;
    }
}
