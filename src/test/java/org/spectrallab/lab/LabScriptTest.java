package org.spectrallab.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spectrallab.support.LabProcess;

/**
 * Labs run two ways: LabRunner cuts the whole file into statements, the jshell prompt
 * (./lab N at a terminal) runs each statement as soon as a line completes one. A statement
 * broken after a line that is complete on its own runs half at the prompt.
 */
class LabScriptTest {

    private static JShell shell;
    private static SourceCodeAnalysis analysis;

    @BeforeAll
    static void startAnalysis() {
        shell = JShell.builder().executionEngine("local").build();
        analysis = shell.sourceCodeAnalysis();
    }

    @AfterAll
    static void stopAnalysis() {
        shell.close();
    }

    @Test
    void aChainBrokenBeforeACallIsFoundOnTheLineThatRunsAlone() {
        String text = String.join("\n",
                "// Step 1: a chain",
                "var size = List.of(1, 2)",
                "        .size();",
                "int next = 2;");

        assertEquals(List.of(2), LabScript.promptBreaks(text, analysis));
    }

    @Test
    void aChainBrokenAfterAnOpenParenthesisRunsWholeAtThePrompt() {
        String text = String.join("\n",
                "var size = List.of(",
                "        1, 2).size();",
                "lab.live(\"map\", () -> {",
                "    int k = 3;",
                "    return k;",
                "});");

        assertEquals(List.of(), LabScript.promptBreaks(text, analysis));
    }

    @Test
    void theLabsThisIssueMadeLiveRunWholeAtThePrompt() throws IOException {
        for (int number = 1; number <= 8; number++) {
            String text = Files.readString(LabProcess.labFile(number));
            assertEquals(List.of(), LabScript.promptBreaks(text, analysis), "lab " + number);
        }
    }
}
