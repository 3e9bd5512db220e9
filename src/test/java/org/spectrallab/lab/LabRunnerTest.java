package org.spectrallab.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spectrallab.support.LabProcess;

/** Batch mode on labs that fail: the status is non-zero and the failing step is named. */
class LabRunnerTest {

    @TempDir
    Path folder;

    private LabProcess.Outcome runScript(String script, String... properties) throws Exception {
        Path file = folder.resolve("99-broken.jsh");
        Files.writeString(file, script);
        return LabProcess.run(file, folder.resolve("out"), properties);
    }

    @Test
    void exceptionInAStepStopsTheLabAndNamesTheStep() throws Exception {
        LabProcess.Outcome outcome = runScript(String.join("\n",
                "var lab = Lab.start(99, \"broken\");",
                "// Step 1: some data",
                "var data = lab.subset(5);",
                "// Step 2: a graph with too many neighbours",
                "var graph = KnnGraph.of(data.points()).k(500).build();",
                "// Step 3: never reached",
                "System.out.println(\"REACHED\");",
                "lab.finish();"));
        assertEquals(1, outcome.exitCode());
        assertTrue(outcome.stderr().contains("Step 2: a graph with too many neighbours"),
                outcome.stderr());
        assertTrue(outcome.stderr().contains("k = 500 must be less than the number of points"),
                outcome.stderr());
        assertTrue(outcome.stderr().contains("line 5"), outcome.stderr());
        assertFalse(outcome.stdout().contains("REACHED"));
    }

    @Test
    void compileErrorStopsTheLabAndNamesTheStep() throws Exception {
        LabProcess.Outcome outcome = runScript(String.join("\n",
                "var lab = Lab.start(99, \"broken\");",
                "// Step 1: a typo",
                "int x = undefinedThing + 1;",
                "lab.finish();"));
        assertEquals(1, outcome.exitCode());
        assertTrue(outcome.stderr().contains("Step 1: a typo"), outcome.stderr());
        assertTrue(outcome.stderr().contains("does not compile"), outcome.stderr());
    }

    @Test
    void stepThatCrashesJShellsCompilerIsNamed() throws Exception {
        LabProcess.Outcome outcome = runScript(String.join("\n",
                "var lab = Lab.start(99, \"broken\");",
                "// Step 1: a variable defined in terms of itself",
                "var params = params;",
                "lab.finish();"));
        assertEquals(1, outcome.exitCode());
        assertTrue(outcome.stderr().contains("Step 1: a variable defined in terms of itself"),
                outcome.stderr());
        assertTrue(outcome.stderr().contains("compiler failed"), outcome.stderr());
    }

    @Test
    void labThatNeverFinishesFailsWithAMessage() throws Exception {
        LabProcess.Outcome outcome = runScript("var lab = Lab.start(99, \"unfinished\");\n");
        assertEquals(1, outcome.exitCode());
        assertTrue(outcome.stderr().contains("never called lab.finish()"), outcome.stderr());
    }

    @Test
    void anOptionTheLabNeverReadsFailsTheRunAtItsEnd() throws Exception {
        LabProcess.Outcome outcome = runScript(String.join("\n",
                "var lab = Lab.start(99, \"params\");",
                "int k = lab.params().integer(\"k\", 10, 1, 50);",
                "if (k < 0) lab.params().integer(\"kk\", 1, 1, 5);",
                "lab.finish();"), "spectrallab.param.kk=3");
        assertEquals(1, outcome.exitCode(), outcome.stderr());
        assertTrue(outcome.stderr().contains("no parameter named kk; it knows: k"),
                outcome.stderr());
        assertTrue(outcome.stderr().contains("with its defaults where you meant to set kk"),
                outcome.stderr());
    }

    @Test
    void anUnknownOptionIsRefusedBeforeStepOne() throws Exception {
        LabProcess.Outcome outcome = runScript(String.join("\n",
                "var lab = Lab.start(99, \"params\");",
                "// Step 1: read k",
                "System.out.println(\"REACHED\");",
                "int k = lab.params().integer(\"k\", 10, 1, 50);",
                "lab.finish();"), "spectrallab.param.kk=3");
        assertEquals(2, outcome.exitCode(), outcome.stderr());
        assertTrue(outcome.stderr().contains("99-broken.jsh has no option --kk; did you mean --k?"),
                outcome.stderr());
        assertTrue(outcome.stderr().contains("Its options: --k (./lab 99 --help"),
                outcome.stderr());
        assertFalse(outcome.stdout().contains("REACHED"), outcome.stdout());
        assertFalse(Files.exists(folder.resolve("out/lab99/results.json")));
    }

    @Test
    void aMisspeltOptionOfLabThreeIsNamedInCommandLineSpelling() throws Exception {
        Properties given = new Properties();
        given.setProperty(Params.PREFIX + "perClas", "20");
        given.setProperty(Params.PREFIX + "k", "15");
        String refusal = LabRunner.refuseUnknownOptions(LabProcess.labFile(3), given);
        assertTrue(refusal.startsWith("03-laplacians.jsh has no option --per-clas; did you mean "
                + "--per-class?\n"), refusal);
        assertTrue(refusal.contains("Its options: --dataset --split --per-class --sampling --seed "
                + "--k (./lab 3 --help"), refusal);
    }

    @Test
    void knownOptionsAreNotRefused() throws Exception {
        Properties given = new Properties();
        given.setProperty(Params.PREFIX + "perClass", "20");
        given.setProperty(Params.PREFIX + "networkSeed", "3");
        assertNull(LabRunner.refuseUnknownOptions(LabProcess.labFile(7), given));
    }

    @Test
    void editDistanceCountsSingleCharacterEdits() {
        assertEquals(1, LabRunner.editDistance("per-clas", "per-class"));
        assertEquals(2, LabRunner.editDistance("kk", ""));
        assertEquals(3, LabRunner.editDistance("kitten", "sitting"));
    }

    @Test
    void aStatementThatWouldRunHalfAtThePromptIsReportedWithItsLine() throws Exception {
        LabProcess.Outcome outcome = runScript(String.join("\n",
                "var lab = Lab.start(99, \"chains\");",
                "// Step 1: a chain broken before a call",
                "int size = List.of(1, 2)",
                "        .size();",
                "lab.finish();"));
        assertEquals(0, outcome.exitCode(), outcome.stderr());
        assertTrue(outcome.stderr().contains("99-broken.jsh line 3: this line completes a "
                + "statement that goes on below"), outcome.stderr());
    }

    @Test
    void stepThatNeverReturnsIsStoppedAtTheTimeLimit() throws Exception {
        LabProcess.Outcome outcome = runScript(String.join("\n",
                "var lab = Lab.start(99, \"stuck\");",
                "// Step 1: an endless loop",
                "while (true) { Thread.onSpinWait(); }",
                "lab.finish();"), "spectrallab.stepTimeoutSeconds=3");
        assertEquals(1, outcome.exitCode());
        assertTrue(outcome.stderr().contains("did not finish within"), outcome.stderr());
        assertTrue(outcome.stderr().contains("Step 1: an endless loop"), outcome.stderr());
    }

    @Test
    void aFailedRunRecordsItsStepAndLeavesNoFileOfTheRunBefore() throws Exception {
        Path lab = Files.createDirectories(folder.resolve("out/lab99"));
        Files.writeString(lab.resolve("results.json"), "{\"status\": \"ok\", \"parameters\": "
                + "{\"width\": 256}, \"files\": [\"old.png\"]}");
        Files.writeString(lab.resolve("old.png"), "a figure of the run before");
        Files.writeString(lab.resolve("saved-view.png"), "a view the student saved");
        LabProcess.Outcome outcome = runScript(String.join("\n",
                "var lab = Lab.start(99, \"fails\");",
                "// Step 1: a refused width",
                "int width = lab.params().integer(\"width\", 256, 1, 512);",
                "if (width < 8) throw new IllegalArgumentException(\"width \" + width + \" < 8\");",
                "lab.finish();"), "spectrallab.param.width=1");
        assertEquals(1, outcome.exitCode(), outcome.stderr());
        JsonObject results = JsonParser.parseString(Files.readString(lab.resolve(
                "results.json"))).getAsJsonObject();
        assertEquals("failed", results.get("status").getAsString());
        assertEquals("Step 1: a refused width", results.get("failed_step").getAsString());
        assertEquals("IllegalArgumentException: width 1 < 8", results.get("error").getAsString());
        assertEquals(1, results.getAsJsonObject("parameters").get("width").getAsInt());
        assertEquals("1", results.getAsJsonObject("given").get("width").getAsString());
        assertFalse(Files.exists(lab.resolve("old.png")), "the run before's figure is removed");
        assertTrue(Files.exists(lab.resolve("saved-view.png")), "a file the kit never listed stays");
        assertTrue(outcome.stderr().contains("Lab 99 failed; results.json in "), outcome.stderr());
        assertTrue(outcome.stderr().contains("This run wrote only results.json."), outcome.stderr());
    }

    @Test
    void aLabThatStopsBeforeStartingStillWritesAFailedResultsJson() throws Exception {
        LabProcess.Outcome outcome = runScript(String.join("\n",
                "// Step 1: nothing defined",
                "int x = undefinedThing;"));
        assertEquals(1, outcome.exitCode(), outcome.stderr());
        JsonObject results = JsonParser.parseString(Files.readString(folder.resolve(
                "out/lab99/results.json"))).getAsJsonObject();
        assertEquals("failed", results.get("status").getAsString());
        assertEquals("Step 1: nothing defined", results.get("failed_step").getAsString());
    }
}
