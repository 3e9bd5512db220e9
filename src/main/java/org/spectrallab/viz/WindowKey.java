package org.spectrallab.viz;

import java.awt.event.KeyEvent;
import java.util.List;

/**
 * Every key the figure window answers to, with the text its help overlay (H) shows; the
 * key handler and the help read this one table, so the help always lists every key. Keys
 * that act on a scatter plot act on the one under the mouse pointer, or on every scatter
 * plot of the tab when the pointer is elsewhere.
 */
enum WindowKey {

    NEXT_EIGENVECTOR("Right, N", "colour an eigenmap by the next eigenvector",
            KeyEvent.VK_RIGHT, KeyEvent.VK_N),
    PREVIOUS_EIGENVECTOR("Left, P", "colour it by the previous eigenvector",
            KeyEvent.VK_LEFT, KeyEvent.VK_P),
    OWN_COLOURS("C", "back to the figure's own colours (e.g. by class)", KeyEvent.VK_C),
    DIMENSION("D", "switch between 2-D and 3-D", KeyEvent.VK_D),
    RESET_VIEW("R", "reset zoom, pan and rotation", KeyEvent.VK_R),
    ZOOM_IN("+", "zoom in", KeyEvent.VK_PLUS, KeyEvent.VK_EQUALS, KeyEvent.VK_ADD),
    ZOOM_OUT("-", "zoom out", KeyEvent.VK_MINUS, KeyEvent.VK_SUBTRACT),
    NEXT_TAB("Page Down", "next tab", KeyEvent.VK_PAGE_DOWN),
    PREVIOUS_TAB("Page Up", "previous tab", KeyEvent.VK_PAGE_UP),
    TAB_BY_NUMBER("1 .. 9", "tab by its number", KeyEvent.VK_1, KeyEvent.VK_2, KeyEvent.VK_3,
            KeyEvent.VK_4, KeyEvent.VK_5, KeyEvent.VK_6, KeyEvent.VK_7, KeyEvent.VK_8,
            KeyEvent.VK_9),
    SAVE("S", "save the view as a PNG (its path is printed)", KeyEvent.VK_S),
    HELP("H, F1", "show or hide this help", KeyEvent.VK_H, KeyEvent.VK_F1),
    DISMISS("Esc", "hide the help, unpin a point's details", KeyEvent.VK_ESCAPE);

    /** What the mouse does, for the help overlay: (gesture, action). */
    static final List<String[]> MOUSE = List.of(
            new String[] {"drag", "rotate a 3-D plot, move a 2-D one"},
            new String[] {"Shift + drag", "move a 3-D plot"},
            new String[] {"wheel", "zoom"},
            new String[] {"hover", "a point's image, label and dataset index"},
            new String[] {"click", "keep those details shown; click again to let go"});

    /** The keys as the help names them, e.g. "Right, N". */
    final String keys;
    final String action;
    final int[] codes;

    WindowKey(String keys, String action, int... codes) {
        this.keys = keys;
        this.action = action;
        this.codes = codes;
    }
}
