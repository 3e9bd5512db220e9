package org.spectrallab.lab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spectrallab.data.Dataset;
import org.spectrallab.data.ImageSet;
import org.spectrallab.data.Split;
import org.spectrallab.data.Subset;
import org.spectrallab.support.LabProcess;
import org.spectrallab.support.Pixels;
import org.spectrallab.support.Reference;

/**
 * One batch run of a lab, shared by all the checks of a nested test class: it exits 0, its
 * figures hold a picture and are named in its output, and its results.json can be read
 * back (the recorded subset rebuilt, eigenvalue lists and numbers).
 */
abstract class LabRun {
    @TempDir
    static Path output;
    LabProcess.Outcome outcome;
    JsonObject results;

    /** The lab's number. */
    abstract int number();

    /** System properties for the run, e.g. "spectrallab.param.perClass=10"; none by default. */
    String[] parameters() {
        return new String[0];
    }

    @BeforeAll
    void run() throws Exception {
        outcome = LabProcess.run(LabProcess.labFile(number()), output, parameters());
        Path json = output.resolve(String.format("lab%02d/results.json", number()));
        if (Files.exists(json)) {
            results = JsonParser.parseString(Files.readString(json)).getAsJsonObject();
        }
    }

    @Test
    void exitsWithStatusZero() {
        assertEquals(0, outcome.exitCode(), outcome.stdout() + outcome.stderr());
    }

    @Test
    void theOptionScanFindsEveryParameterTheRunDeclared() throws IOException {
        Set<String> scanned = LabScript.options(Files.readString(LabProcess.labFile(number())))
                .stream().map(LabScript.Option::name).collect(Collectors.toSet());
        Set<String> declared = results.getAsJsonObject("parameters").keySet();
        assertFalse(declared.isEmpty());
        assertTrue(scanned.containsAll(declared), "declared " + declared + ", scanned " + scanned);
    }

    @Test
    void recordsStatusOkWithoutAFailedStep() {
        assertEquals("ok", results.get("status").getAsString());
        assertFalse(results.has("failed_step"), results.toString());
    }

    @Test
    void writesFiguresThatHoldAPicture() throws IOException {
        var files = results.getAsJsonArray("files");
        assertFalse(files.isEmpty());
        for (var file : files) {
            Path png = output.resolve(String.format("lab%02d", number())).resolve(file
                    .getAsString());
            Pixels.assertNotBlank(png, 8);
            assertTrue(outcome.stdout().contains(file.getAsString()),
                    "the lab names the file it wrote: " + file);
        }
    }

    @Test
    void recordsEveryWarningItPrinted() {
        List<String> printed = outcome.stderr().lines().filter(l -> l.startsWith("warning: "))
                .map(l -> l.substring("warning: ".length())).toList();
        List<String> recorded = new ArrayList<>();
        if (results.has("warnings")) {
            results.getAsJsonArray("warnings").forEach(w -> recorded.add(w.getAsString()));
        }
        for (String warning : printed) {
            assertTrue(recorded.stream().anyMatch(r -> r.startsWith(warning)),
                    "printed but not in results.json: " + warning + "; recorded " + recorded);
        }
        assertEquals(printed.isEmpty(), recorded.isEmpty(), "recorded " + recorded);
    }

    /** What the lab printed, with line breaks and indents as single spaces (findings wrap). */
    String prose() {
        return outcome.stdout().replaceAll("\\s+", " ");
    }

    /** The subset results.json records, rebuilt from the dataset by its indices. */
    Subset recordedSubset() {
        JsonObject subset = results.getAsJsonObject("subset");
        ImageSet images = ImageSet.load(Dataset.MNIST, Split.parse(subset.get("split")
                .getAsString()));
        Subset rebuilt = images.subset(Reference.ints(subset.get("indices")));
        assertArrayEquals(Reference.ints(subset.get("labels")), rebuilt.labels());
        return rebuilt;
    }

    /** An eigenvalue list recorded under "eigenvalues". */
    double[] eigenvalues(String key) {
        return Reference.doubles(results.getAsJsonObject("eigenvalues").get(key));
    }

    /** A number recorded under "results". */
    double number(String key) {
        return results.getAsJsonObject("results").get(key).getAsDouble();
    }

    /** A list of numbers recorded under "results". */
    double[] series(String key) {
        return Reference.doubles(results.getAsJsonObject("results").get(key));
    }
}
