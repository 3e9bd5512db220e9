package org.spectrallab.viz;

import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The messages between a session (a JShell session or a batch run) and its viewer, the
 * process that owns the figure window: commands one way, events the other, each a
 * serialised record. The stream is reset after every message so that neither side keeps
 * old figures alive, and the reading side accepts only the classes a message can hold.
 */
final class ViewerProtocol {

    /** What a session asks of the window. */
    sealed interface Command extends Serializable permits Show, Arrange, Status, PanelError,
            Controls, SaveFolder, Close {
    }

    /**
     * Shows {@code figure} in panel {@code panel}, replacing its picture in place or adding
     * the panel in a tab brought to the front; {@code toFront} also brings an existing
     * panel's tab to the front. {@code sequence} increases with every show.
     */
    record Show(long sequence, String panel, Figure figure, boolean toFront) implements Command {
    }

    /** Puts the named panels side by side, in this order, in tab {@code tab}. */
    record Arrange(String tab, List<String> panels) implements Command {
    }

    /** A panel's progress note; {@code busy} while its pipeline recomputes. */
    record Status(String panel, String text, boolean busy) implements Command {
    }

    /** The error of a panel's last recompute, or null to clear it. */
    record PanelError(String panel, String text) implements Command {
    }

    /** The live parameters to show as sliders. */
    record Controls(List<Slider> sliders) implements Command {
    }

    /** Where S saves views. */
    record SaveFolder(String folder) implements Command {
    }

    /** Closes the window and ends the viewer. */
    record Close() implements Command {
    }

    /** What the window tells its session. */
    sealed interface Event extends Serializable permits Ready, SliderMoved, Saved, FrameDrawn,
            InputHandled, Placed, Closed, Problem {
    }

    /** The viewer has started and reads commands. */
    record Ready() implements Event {
    }

    /** The user moved a slider to {@code value}. */
    record SliderMoved(String name, double value) implements Event {
    }

    /** S saved the view to {@code file}. */
    record Saved(String file) implements Event {
    }

    /**
     * A frame is on screen: request {@code frame}, holding the shows up to
     * {@code showSequence}; {@code millis} from the request to the end of painting, and
     * {@code renderMillis} of it on the render thread.
     */
    record FrameDrawn(long frame, long showSequence, double millis, double renderMillis)
            implements Event {
    }

    /** A key or mouse gesture was handled on the Swing thread. */
    record InputHandled(String what) implements Event {
    }

    /**
     * Where things are on the screen, each as {x, y, width, height}: the frame (the
     * panels), and each slider by its parameter's name.
     */
    record Placed(int[] frame, Map<String, int[]> sliders) implements Event {
    }

    /** The user closed the window. */
    record Closed() implements Event {
    }

    /** Something went wrong in the viewer that the session should report. */
    record Problem(String text) implements Event {
    }

    /**
     * The classes a message may hold: this package's, the JDK's strings, boxed numbers and
     * collections, and arrays of primitives; nothing else is ever deserialised.
     */
    private static final ObjectInputFilter FILTER = ObjectInputFilter.Config.createFilter(
            "maxdepth=40;org.spectrallab.viz.*;java.lang.String;java.lang.Number;"
                    + "java.lang.Integer;java.lang.Long;java.lang.Double;java.lang.Boolean;"
                    + "java.lang.Enum;java.lang.Record;java.lang.Object;java.util.*;!*");

    private ViewerProtocol() {
    }

    /** A stream that writes messages to {@code out}. */
    static ObjectOutputStream writer(OutputStream out) throws IOException {
        ObjectOutputStream stream = new ObjectOutputStream(out);
        stream.flush();
        return stream;
    }

    /** A stream that reads messages from {@code in}, with the class filter set. */
    static ObjectInputStream reader(InputStream in) throws IOException {
        ObjectInputStream stream = new ObjectInputStream(in);
        stream.setObjectInputFilter(FILTER);
        return stream;
    }

    /** Writes one message and forgets it, so the next write sends everything anew. */
    static void write(ObjectOutputStream out, Serializable message) throws IOException {
        out.writeObject(message);
        out.reset();
        out.flush();
    }

    /** Reads one message of the expected kind. */
    static <T> T read(ObjectInputStream in, Class<T> kind) throws IOException {
        try {
            Object message = in.readObject();
            if (!kind.isInstance(message)) {
                throw new InvalidClassException(message.getClass().getName(),
                        "not a " + kind.getSimpleName());
            }
            return kind.cast(message);
        } catch (ClassNotFoundException e) {
            throw new InvalidClassException(e.getMessage(), "unknown class in a viewer message");
        }
    }
}
