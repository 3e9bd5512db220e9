package org.spectrallab.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import jdk.jshell.JShell;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;
import org.spectrallab.support.LabProcess;

/**
 * Labs run two ways: LabRunner cuts the whole file into statements, the jshell prompt
 * (./lab N at a terminal) reads it line by line and runs each statement as soon as a line
 * completes one. A line that is complete on its own but continued on the next (a call
 * chain broken before ".method(") runs half a statement at the prompt; every lab must cut
 * the same both ways.
 */
class LabScriptTest {

    @Test
    void everyLabCutsIntoTheSameStatementsAtThePromptAsInBatch() throws IOException {
        try (JShell shell = JShell.builder().executionEngine("local").build();
                Stream<Path> labs = Files.list(LabProcess.home().resolve("labs"))) {
            SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
            for (Path lab : labs.filter(f -> f.toString().endsWith(".jsh")).sorted().toList()) {
                String text = Files.readString(lab);
                List<String> batch = LabScript.split(text, analysis).stream()
                        .map(s -> s.source().trim()).toList();

                assertEquals(batch, atThePrompt(text, analysis), lab.getFileName().toString());
            }
        }
    }

    /** The statements a prompt that reads {@code text} line by line runs, in order. */
    static List<String> atThePrompt(String text, SourceCodeAnalysis analysis) {
        List<String> statements = new ArrayList<>();
        String pending = "";
        for (String line : text.split("\n", -1)) {
            pending = pending + line + "\n";
            while (!pending.isBlank()) {
                SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(pending);
                if (!info.completeness().isComplete()) {
                    break;
                }
                if (info.source() != null && !info.source().isBlank()) {
                    statements.add(info.source().trim());
                }
                pending = info.remaining();
            }
        }
        return statements;
    }
}
