package org.spectrallab.viz;

import com.jogamp.nativewindow.AbstractGraphicsDevice;
import com.jogamp.nativewindow.DefaultGraphicsDevice;
import com.jogamp.nativewindow.NativeWindowFactory;
import com.jogamp.opengl.GLProfile;
import com.jogamp.opengl.GLRendererQuirks;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.spectrallab.Log;

/**
 * Decides, once per JVM and before JOGL initialises, how figures are drawn.
 *
 * <ul>
 *   <li>{@link Mode#DESKTOP_GL}: {@code DISPLAY} is set and the X server answers. Desktop
 *       OpenGL through GLX; offscreen rendering and windows both work (Xvfb included).</li>
 *   <li>{@link Mode#EGL_SURFACELESS}: no X server. OpenGL ES through EGL on Mesa's
 *       surfaceless platform; offscreen rendering only.</li>
 * </ul>
 *
 * <p>The EGL mode needs four things, all checked on this project's Mesa 22.3 / JOGL 2.6.0
 * (each one missing made context creation fail):
 * <ol>
 *   <li>the environment variable {@code EGL_PLATFORM=surfaceless}, exported before Java
 *       starts (Java cannot change its own process environment; the lab launcher exports
 *       it, and it is harmless under X);</li>
 *   <li>the system property {@code nativewindow.ws.name=.egl};</li>
 *   <li>the system property {@code jogl.disable.opengldesktop=true};</li>
 *   <li>the sticky renderer quirk {@code NoSurfacelessCtx} on the default EGL device, so
 *       that JOGL gives its contexts a pbuffer surface instead of none.</li>
 * </ol>
 * Items 2 to 4 are set here, in code, before JOGL starts: the figure classes reach JOGL
 * only through {@link #glProfile()}. Item 1 cannot be set from Java, so drawing throws an
 * IllegalStateException naming the fix when it is missing. On EGL the profile must be asked
 * for as GLES2: JOGL 2.6.0 then asks GL2ES2 for a desktop context, which EGL refuses
 * (EGL_BAD_MATCH).
 *
 * <p>The choice can be forced with the system property {@code spectrallab.viz.display}:
 * {@code x11} or {@code egl} (default {@code auto}).
 *
 * <p>Limits: reachability of X is tested only for local displays ({@code :N},
 * {@code unix:N}) and loopback ones ({@code localhost:N}); any other host in
 * {@code DISPLAY} is trusted without a probe, so that this class never opens a connection
 * beyond the machine. Once JOGL has initialised in one mode the JVM stays in it.
 */
public final class Display {

    /** How this JVM draws. */
    public enum Mode {
        /** Desktop OpenGL under an X server: offscreen and windows. */
        DESKTOP_GL,
        /** OpenGL ES through EGL without any display server: offscreen only. */
        EGL_SURFACELESS
    }

    /** System property that forces the mode: x11, egl or auto. */
    public static final String MODE_PROPERTY = "spectrallab.viz.display";

    /** The mode once decided; null before the first call of {@link #mode()}. */
    private static Mode decided;

    /** Whether the EGL settings have been made (they must precede JOGL's start-up). */
    private static boolean eglPrepared;

    /** Milliseconds to wait for a local X server to accept a connection. */
    private static final int X_PROBE_TIMEOUT_MS = 500;

    private Display() {
    }

    /** The drawing mode of this JVM, decided on first use from DISPLAY (or the property). */
    public static synchronized Mode mode() {
        if (decided == null) {
            decided = choose();
            Log.note("figures: " + describe(decided));
        }
        return decided;
    }

    /**
     * Whether figures can be shown in a window now: the X server the window would use
     * answers (checked at each call, so a display that went away is noticed). The window
     * lives in a viewer process of its own ({@link Viewer}), so this holds whatever mode
     * this JVM draws in, headless included.
     */
    public static boolean canShowWindows() {
        return xServerReachable(FigureWindow.windowDisplay());
    }

    /**
     * The OpenGL profile to ask JOGL for (GL2ES2 under X, GLES2 on EGL), after preparing
     * JOGL for the mode. Every path into JOGL goes through here.
     *
     * @throws IllegalStateException in EGL mode when {@code EGL_PLATFORM=surfaceless} is not
     *     in the environment (the message names the fix)
     */
    static synchronized GLProfile glProfile() {
        if (mode() == Mode.DESKTOP_GL) {
            return GLProfile.get(GLProfile.GL2ES2);
        }
        if (!eglPrepared) {
            prepareEgl();
            eglPrepared = true;
        }
        return GLProfile.get(GLProfile.GLES2);
    }

    private static Mode choose() {
        String forced = System.getProperty(MODE_PROPERTY, "auto").trim().toLowerCase(Locale.ROOT);
        switch (forced) {
            case "x11":
                return Mode.DESKTOP_GL;
            case "egl":
                return Mode.EGL_SURFACELESS;
            case "auto":
                return xServerReachable(System.getenv("DISPLAY"))
                        ? Mode.DESKTOP_GL
                        : Mode.EGL_SURFACELESS;
            default:
                throw new IllegalArgumentException("-D" + MODE_PROPERTY + "=" + forced
                        + " is not a display mode: use x11, egl or auto (the default).");
        }
    }

    /**
     * Sets what JOGL needs to draw with GLES on Mesa's surfaceless EGL platform; see the
     * class comment for why each setting is there.
     */
    private static void prepareEgl() {
        String platform = System.getenv("EGL_PLATFORM");
        if (!"surfaceless".equals(platform)) {
            throw new IllegalStateException("No X display, so figures are drawn through EGL, "
                    + "which needs EGL_PLATFORM=surfaceless in the environment (found "
                    + (platform == null ? "none" : "'" + platform + "'")
                    + "): run 'export EGL_PLATFORM=surfaceless' before starting Java "
                    + "(the lab launcher does this), or run under an X server (e.g. Xvfb).");
        }
        System.setProperty("nativewindow.ws.name", NativeWindowFactory.TYPE_EGL);
        System.setProperty("jogl.disable.opengldesktop", "true");
        AbstractGraphicsDevice eglDefault = new DefaultGraphicsDevice(NativeWindowFactory.TYPE_EGL,
                AbstractGraphicsDevice.DEFAULT_CONNECTION, AbstractGraphicsDevice.DEFAULT_UNIT);
        GLRendererQuirks.addStickyDeviceQuirk(eglDefault, GLRendererQuirks.NoSurfacelessCtx);
    }

    /**
     * Whether the X server named by a DISPLAY value accepts a connection. Local displays
     * are probed on their Unix socket, loopback ones on TCP port 6000 + N; other hosts are
     * assumed reachable (see the class comment).
     */
    static boolean xServerReachable(String display) {
        if (display == null || display.isBlank()) {
            return false;
        }
        int colon = display.lastIndexOf(':');
        if (colon < 0) {
            return false;
        }
        String host = display.substring(0, colon);
        int number = displayNumber(display.substring(colon + 1));
        if (number < 0) {
            return false;
        }
        if (host.isEmpty() || host.equals("unix")) {
            return unixSocketAnswers(Path.of("/tmp/.X11-unix/X" + number));
        }
        if (host.equals("localhost") || host.equals("127.0.0.1") || host.equals("::1")) {
            return loopbackPortAnswers(6000 + number);
        }
        return true;
    }

    /** The N of "N" or "N.S" (screen S), or -1 when it is not a number. */
    private static int displayNumber(String numberAndScreen) {
        int dot = numberAndScreen.indexOf('.');
        String number = dot < 0 ? numberAndScreen : numberAndScreen.substring(0, dot);
        try {
            return Integer.parseInt(number);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean unixSocketAnswers(Path socket) {
        if (!Files.exists(socket)) {
            return false;
        }
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            return channel.connect(UnixDomainSocketAddress.of(socket));
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static boolean loopbackPortAnswers(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), X_PROBE_TIMEOUT_MS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Why no window can open, for messages: "DISPLAY is not set" or "the X display :5 does
     * not answer".
     */
    public static String whyNoWindow() {
        String display = FigureWindow.windowDisplay();
        if (display == null || display.isBlank()) {
            return "DISPLAY is not set";
        }
        return "the X display " + display + " does not answer";
    }

    private static String describe(Mode chosen) {
        return chosen == Mode.DESKTOP_GL
                ? "desktop OpenGL on X display " + System.getenv("DISPLAY")
                : "OpenGL ES through EGL, offscreen" + (canShowWindows()
                        ? " (the window runs in a viewer process on "
                                + FigureWindow.windowDisplay() + ")"
                        : " (no X display, so PNG files only)");
    }
}
