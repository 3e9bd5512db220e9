package org.spectrallab.lab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.nio.file.Paths;

/**
 * The opening comment of a lab file - what the lab shows, what to notice - printed when the
 * lab starts, so a student reads it before the findings, whether at the prompt or in batch.
 */
final class LabHeader {

    private LabHeader() {
    }

    /**
     * Prints the comment lines at the top of the lab file after its title line, without the
     * comment markers; nothing when the file is unknown or unreadable.
     */
    static void print(String labFile) {
        if (labFile == null || labFile.isBlank()) {
            return;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(Paths.get(labFile), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return;
        }
        StringBuilder header = new StringBuilder();
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            if (!line.startsWith("//")) {
                break;
            }
            String text = line.substring(2).strip();
            header.append(text.isEmpty() ? "\n" : "  " + text + "\n");
        }
        String printed = header.toString().strip();
        if (!printed.isEmpty()) {
            System.out.println("  " + printed + "\n");
        }
    }
}
