package org.spectrallab.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
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
    void aStepTitleWrappedOverCommentLinesIsJoinedAndTheNextStepStartsAfresh() {
        String text = String.join("\n",
                "// Step 5: the spectrum (each / trace;",
                "// live: width, networkSeed)",
                "int a = 1;",
                "// Step 6: a heat kernel",
                "// Step 7: alignment",
                "int b = 2;");

        List<LabScript.Snippet> snippets = LabScript.split(text, analysis);
        assertEquals("Step 5: the spectrum (each / trace; live: width, networkSeed)",
                snippets.get(0).step());
        assertEquals("Step 7: alignment", snippets.get(1).step());
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

    @Test
    void theOptionScanFindsReadsOverLineBreaksWithTheirArguments() {
        List<LabScript.Option> options = LabScript.options(String.join("\n",
                "var params = lab.params();",
                "int w = params.integer(\"width\", 256, 1, Math.max(2, n));",
                "var spec = build().seed(params.integer(",
                "        \"networkSeed\", 0, 0, Integer.MAX_VALUE));",
                "double eps = lab.params().real(\"eps\", median, 1e-6, 1e6);",
                "String kernel = params.text(\"kernel\", \"rbf\");",
                "int again = params.integer(\"width\", 64, 1, 8);"));
        assertEquals(List.of(
                new LabScript.Option("width", "integer", List.of("256", "1", "Math.max(2, n)")),
                new LabScript.Option("networkSeed", "integer",
                        List.of("0", "0", "Integer.MAX_VALUE")),
                new LabScript.Option("eps", "real", List.of("median", "1e-6", "1e6")),
                new LabScript.Option("kernel", "text", List.of("\"rbf\""))), options);
    }

    @Test
    void aChoiceIsAnOptionDescribedWithItsValuesAndDefault() {
        List<LabScript.Option> options = LabScript.options(
                "String kernel = params.choice(\"kernel\", \"knn\", \"knn\", \"dense\");");
        assertEquals(List.of(new LabScript.Option("kernel", "choice",
                List.of("\"knn\"", "\"knn\"", "\"dense\""))), options);
        assertEquals("  --kernel         one of \"knn\", \"dense\", default \"knn\"",
                options.get(0).describe());
    }

    @Test
    void lab04ListsItsChoicesAmongItsOptions() throws IOException {
        List<String> names = LabScript.options(Files.readString(LabProcess.labFile(4)))
                .stream().map(LabScript.Option::name).toList();
        assertTrue(names.containsAll(List.of("bandwidth", "kernel")), names.toString());
    }

    @Test
    void aLabThatDrawsASubsetHasTheSubsetsOptionsWithItsPerClass() {
        List<LabScript.Option> options = LabScript.options("var data = lab.subset(30);");
        assertEquals(List.of("dataset", "split", "perClass", "sampling", "seed"),
                options.stream().map(LabScript.Option::name).toList());
        assertEquals("  --per-class      a whole number, default 30, in [5, 6000]",
                options.get(2).describe());
    }

    @Test
    void everyLabHasOptionsAndEachIsListedOnce() throws IOException {
        for (int number = 1; number <= 8; number++) {
            List<String> names = LabScript.options(Files.readString(LabProcess.labFile(number)))
                    .stream().map(LabScript.Option::name).toList();
            assertTrue(names.contains("dataset"), "lab " + number + ": " + names);
            assertEquals(names.size(), Set.copyOf(names).size(), "lab " + number + ": " + names);
        }
    }
}
