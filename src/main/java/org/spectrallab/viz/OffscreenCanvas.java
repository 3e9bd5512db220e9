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
import java.awt.image.DataBufferInt;
import java.nio.ByteBuffer;

/**
 * An offscreen GL drawable (a framebuffer object) with a {@link SceneDrawer}: draws one
 * scene per call, resizing itself as needed, and reads the pixels back into an image.
 * {@link FigureRenderer} keeps one for PNGs; the window's render thread keeps its own. A
 * canvas is not for concurrent use; {@link #destroy()} frees its GL context.
 */
final class OffscreenCanvas implements GLEventListener {

    private final GLOffscreenAutoDrawable drawable;
    private final SceneDrawer drawer = new SceneDrawer();
    /** The scene the next display() draws, and what it produced. */
    private Scene pending;
    private BufferedImage result;
    private RuntimeException failure;
    /** Read-back buffer, reused while the size allows. */
    private ByteBuffer pixels = Buffers.newDirectByteBuffer(4);

    OffscreenCanvas() {
        GLProfile profile = Display.glProfile();
        GLCapabilities caps = new GLCapabilities(profile);
        caps.setOnscreen(false);
        caps.setFBO(true);
        caps.setDoubleBuffered(false);
        drawable = GLDrawableFactory.getFactory(profile)
                .createOffscreenAutoDrawable(null, caps, null, 1, 1);
        drawable.addGLEventListener(this);
    }

    /** Draws the scene at its own size and returns the pixels as an RGB image. */
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
            int bytes = pending.width * pending.height * 4;
            if (pixels.capacity() < bytes) {
                pixels = Buffers.newDirectByteBuffer(bytes);
            }
            result = readPixels(d.getGL(), pending.width, pending.height, pixels);
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

    /** {@link #readPixels(GL, int, int, ByteBuffer)} into a new buffer. */
    static BufferedImage readPixels(GL gl, int width, int height) {
        return readPixels(gl, width, height, Buffers.newDirectByteBuffer(width * height * 4));
    }

    /**
     * The framebuffer as an RGB image, read through {@code buffer} (at least
     * width * height * 4 bytes). GL's rows start at the bottom, an image's at the top, so
     * rows are flipped.
     */
    static BufferedImage readPixels(GL gl, int width, int height, ByteBuffer buffer) {
        buffer.clear();
        gl.glPixelStorei(GL.GL_PACK_ALIGNMENT, 1);
        gl.glReadPixels(0, 0, width, height, GL.GL_RGBA, GL.GL_UNSIGNED_BYTE, buffer);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] out = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        byte[] row = new byte[width * 4];
        for (int y = 0; y < height; y++) {
            buffer.position((height - 1 - y) * width * 4);
            buffer.get(row);
            int base = y * width;
            for (int x = 0; x < width; x++) {
                int i = x * 4;
                out[base + x] = (row[i] & 0xFF) << 16 | (row[i + 1] & 0xFF) << 8
                        | (row[i + 2] & 0xFF);
            }
        }
        return image;
    }
}
