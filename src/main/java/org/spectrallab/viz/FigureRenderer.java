package org.spectrallab.viz;

import com.jogamp.common.nio.Buffers;
import com.jogamp.opengl.GL;
import com.jogamp.opengl.GLAutoDrawable;
import com.jogamp.opengl.GLCapabilities;
import com.jogamp.opengl.GLDrawableFactory;
import com.jogamp.opengl.GLEventListener;
import com.jogamp.opengl.GLOffscreenAutoDrawable;
import com.jogamp.opengl.GLProfile;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Draws figures offscreen, into a GL framebuffer object, and reads the pixels back: to a
 * PNG file or a {@link BufferedImage}. Works under X (desktop OpenGL) and with no display
 * at all (OpenGL ES through EGL); see {@link Display} for what each needs.
 *
 * <p>One offscreen drawable is made on first use and reused (resized as needed) by every
 * later call, which saves 30-100 ms a figure; {@link #release()} frees it. Call it when
 * done drawing: a JVM that exits with the drawable still open gets a few lines from JOGL
 * on standard error about an open display connection (harmless, but noise). Calls are
 * serialised: one figure is drawn at a time per JVM. The same figure at the same size
 * gives the same pixels, so the same PNG bytes.
 */
public final class FigureRenderer {

    /** Largest width or height accepted, in pixels. */
    public static final int MAX_SIZE = 8192;

    /** The shared offscreen drawable, or null before first use and after release. */
    private static Offscreen offscreen;

    private FigureRenderer() {
    }

    /**
     * Draws {@code figure} at {@code width x height} pixels and writes it as a PNG, creating
     * missing parent folders.
     *
     * @return {@code file}
     * @throws IllegalArgumentException for a size outside 1 .. {@link #MAX_SIZE}
     * @throws UncheckedIOException when the file cannot be written
     */
    public static Path writePng(Figure figure, Path file, int width, int height) {
        if (file == null) {
            throw new IllegalArgumentException("file is null: pass where the PNG should go, "
                    + "e.g. Path.of(\"out/figure.png\").");
        }
        BufferedImage image = renderImage(figure, width, height);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (!ImageIO.write(image, "png", file.toFile())) {
                throw new IllegalStateException("this Java has no PNG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    /** {@link #writePng(Figure, Path, int, int)} at the figure's default size. */
    public static Path writePng(Figure figure, Path file) {
        requireFigure(figure);
        return writePng(figure, file, figure.defaultWidth(), figure.defaultHeight());
    }

    /**
     * Draws {@code figure} at {@code width x height} pixels into an RGB image.
     *
     * @throws IllegalArgumentException for a size outside 1 .. {@link #MAX_SIZE}
     */
    public static BufferedImage renderImage(Figure figure, int width, int height) {
        requireFigure(figure);
        Check.imageSize(width, height, MAX_SIZE);
        Scene scene = figure.toScene(width, height);
        synchronized (FigureRenderer.class) {
            if (offscreen == null) {
                offscreen = new Offscreen();
            }
            return offscreen.render(scene);
        }
    }

    /** {@link #renderImage(Figure, int, int)} at the figure's default size. */
    public static BufferedImage renderImage(Figure figure) {
        requireFigure(figure);
        return renderImage(figure, figure.defaultWidth(), figure.defaultHeight());
    }

    /** Frees the offscreen drawable and its GL context; the next render makes a new one. */
    public static void release() {
        synchronized (FigureRenderer.class) {
            if (offscreen != null) {
                offscreen.destroy();
                offscreen = null;
            }
        }
    }

    private static void requireFigure(Figure figure) {
        if (figure == null) {
            throw new IllegalArgumentException("figure is null: build one first, e.g. "
                    + "Figure.scatter(\"title\", x, y).");
        }
    }

    /** An offscreen GL drawable with a {@link SceneDrawer}, drawing one scene per call. */
    private static final class Offscreen implements GLEventListener {
        private final GLOffscreenAutoDrawable drawable;
        private final SceneDrawer drawer = new SceneDrawer();
        /** The scene the next display() draws, and what it produced. */
        private Scene pending;
        private BufferedImage result;
        private RuntimeException failure;

        Offscreen() {
            GLProfile profile = Display.glProfile();
            GLCapabilities caps = new GLCapabilities(profile);
            caps.setOnscreen(false);
            caps.setFBO(true);
            caps.setDoubleBuffered(false);
            drawable = GLDrawableFactory.getFactory(profile)
                    .createOffscreenAutoDrawable(null, caps, null, 1, 1);
            drawable.addGLEventListener(this);
        }

        BufferedImage render(Scene scene) {
            if (drawable.getSurfaceWidth() != scene.width
                    || drawable.getSurfaceHeight() != scene.height) {
                drawable.setSurfaceSize(scene.width, scene.height);
            }
            pending = scene;
            result = null;
            failure = null;
            drawable.display();
            pending = null;
            if (failure != null) {
                throw failure;
            }
            if (result == null) {
                throw new IllegalStateException("the GL drawable did not draw the figure; "
                        + "run with -Djogl.debug=all to see why.");
            }
            return result;
        }

        void destroy() {
            drawable.destroy();
        }

        @Override
        public void init(GLAutoDrawable d) {
            drawer.init(d.getGL().getGL2ES2());
        }

        @Override
        public void display(GLAutoDrawable d) {
            try {
                drawer.draw(d.getGL().getGL2ES2(), pending);
                result = readPixels(d.getGL(), pending.width, pending.height);
            } catch (RuntimeException e) {
                failure = e;
            }
        }

        @Override
        public void reshape(GLAutoDrawable d, int x, int y, int width, int height) {
            // Each scene sets its own viewport when drawn.
        }

        @Override
        public void dispose(GLAutoDrawable d) {
            drawer.dispose(d.getGL().getGL2ES2());
        }
    }

    /**
     * The framebuffer as an RGB image. GL's rows start at the bottom, an image's at the top,
     * so rows are flipped.
     */
    static BufferedImage readPixels(GL gl, int width, int height) {
        ByteBuffer pixels = Buffers.newDirectByteBuffer(width * height * 4);
        gl.glPixelStorei(GL.GL_PACK_ALIGNMENT, 1);
        gl.glReadPixels(0, 0, width, height, GL.GL_RGBA, GL.GL_UNSIGNED_BYTE, pixels);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            int base = (height - 1 - y) * width * 4;
            for (int x = 0; x < width; x++) {
                int i = base + x * 4;
                row[x] = (pixels.get(i) & 0xFF) << 16 | (pixels.get(i + 1) & 0xFF) << 8
                        | (pixels.get(i + 2) & 0xFF);
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        return image;
    }
}
