package org.spectrallab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A line begun by a step and ended after it: messages in between get lines of their own. */
class LogTest {

    /** Standard output and error together, in the order they were written. */
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private PrintStream savedOut;
    private PrintStream savedErr;

    @BeforeEach
    void captureConsole() {
        savedOut = System.out;
        savedErr = System.err;
        PrintStream both = new PrintStream(console, true, StandardCharsets.UTF_8);
        System.setOut(both);
        System.setErr(both);
    }

    @AfterEach
    void restoreConsole() {
        System.setOut(savedOut);
        System.setErr(savedErr);
    }

    private String printed() {
        return console.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    @Test
    void aStepWithNothingInBetweenTakesOneLine() {
        Log.openLine("  building ... ");
        assertTrue(Log.closeLine("done in 0.4 s"));

        assertEquals("  building ... done in 0.4 s\n", printed());
    }

    @Test
    void aWarningInsideAStepStartsALineOfItsOwn() {
        Log.openLine("  building ... ");
        Log.warn("the graph is disconnected");
        assertFalse(Log.closeLine("done in 0.4 s"), "the line was ended by the warning");

        assertEquals("  building ... \nwarning: the graph is disconnected\n", printed());
    }

    @Test
    void endOpenLineDoesNothingWhenNoLineIsOpen() {
        Log.endOpenLine();
        Log.warn("plain");

        assertEquals("warning: plain\n", printed());
    }
}
