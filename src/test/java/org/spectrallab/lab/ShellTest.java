package org.spectrallab.lab;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The prompt's helpers: help() names every one of them. */
class ShellTest {

    private static String helpText() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            Shell.help();
        } finally {
            System.setOut(saved);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpNamesEveryPublicHelper() {
        String help = helpText();
        Arrays.stream(Shell.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()))
                .map(Method::getName)
                .forEach(name -> assertTrue(help.contains("  " + name + "("),
                        "help() does not list " + name + ":\n" + help));
    }

    @Test
    void helpFitsAnEightyColumnTerminal() {
        for (String line : helpText().split("\n")) {
            assertTrue(line.length() <= 80, "too wide for a terminal: " + line);
        }
    }
}
