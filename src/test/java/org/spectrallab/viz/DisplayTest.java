package org.spectrallab.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/**
 * Parsing of DISPLAY values; only local sockets are probed, never another host. Messages
 * about a missing display name it in words.
 */
class DisplayTest {

    @Test
    void missingOrMalformedDisplayMeansNoX() {
        assertFalse(Display.xServerReachable(null));
        assertFalse(Display.xServerReachable(""));
        assertFalse(Display.xServerReachable("no-colon"));
        assertFalse(Display.xServerReachable(":abc"));
    }

    @Test
    void localDisplayWithoutSocketIsUnreachable() {
        // display 4711 has no socket under /tmp/.X11-unix on any test machine
        assertFalse(Display.xServerReachable(":4711"));
        assertFalse(Display.xServerReachable("unix:4711.0"));
    }

    @Test
    void whyNoWindowSaysDisplayIsNotSetRatherThanNull() {
        String before = System.getProperty(FigureWindow.DISPLAY_PROPERTY);
        try {
            System.setProperty(FigureWindow.DISPLAY_PROPERTY, "");
            assertEquals("DISPLAY is not set", Display.whyNoWindow());
            System.setProperty(FigureWindow.DISPLAY_PROPERTY, ":4711");
            assertEquals("the X display :4711 does not answer", Display.whyNoWindow());
        } finally {
            if (before == null) {
                System.clearProperty(FigureWindow.DISPLAY_PROPERTY);
            } else {
                System.setProperty(FigureWindow.DISPLAY_PROPERTY, before);
            }
        }
    }
}
