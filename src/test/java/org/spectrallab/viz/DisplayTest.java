package org.spectrallab.viz;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** Parsing of DISPLAY values; only local sockets are probed, never another host. */
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
}
