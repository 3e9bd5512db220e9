package org.spectrallab.viz;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.spectrallab.WriteFailure;

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
    private static OffscreenCanvas offscreen;

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
            try (OutputStream out = Files.newOutputStream(file)) {
                if (!ImageIO.write(image, "png", out)) {
                    throw new IllegalStateException("this Java has no PNG writer");
                }
            }
        } catch (IOException e) {
            throw WriteFailure.of(file, e);
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
        return renderScene(figure.toScene(width, height));
    }

    /** Draws a laid-out scene with the shared offscreen canvas. */
    static BufferedImage renderScene(Scene scene) {
        synchronized (FigureRenderer.class) {
            if (offscreen == null) {
                offscreen = new OffscreenCanvas();
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
}
