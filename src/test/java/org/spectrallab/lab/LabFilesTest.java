package org.spectrallab.lab;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import jdk.jshell.JShell;
import org.junit.jupiter.api.Test;
import org.spectrallab.support.LabProcess;

/**
 * Every lab file reads the same at the jshell prompt as in batch mode: the prompt runs a
 * statement as soon as a line completes one, so no line may complete a statement that
 * goes on below (LabScript.promptBreaks).
 */
class LabFilesTest {

    @Test
    void noLabLineRunsHalfAStatementAtThePrompt() throws IOException {
        List<String> breaks = new ArrayList<>();
        try (JShell shell = JShell.builder().executionEngine("local").build();
             Stream<Path> labs = Files.list(LabProcess.home().resolve("labs"))) {
            for (Path lab : (Iterable<Path>) labs.sorted()::iterator) {
                for (int line : LabScript.promptBreaks(Files.readString(lab),
                        shell.sourceCodeAnalysis())) {
                    breaks.add(lab.getFileName() + " line " + line);
                }
            }
        }
        assertTrue(breaks.isEmpty(), "lines that complete a statement continued below: "
                + breaks);
    }
}
