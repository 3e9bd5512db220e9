package org.spectrallab.data;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spectrallab.Log;
import org.spectrallab.support.LabProcess;

/** The SHA-256 check of the MNIST files: the kit's own copy, a user's copy, gzip copies. */
class MnistChecksumsTest {

    private static final String IMAGES = "t10k-images-idx3-ubyte";
    private static final String LABELS = "t10k-labels-idx1-ubyte";
    /** A byte inside the pixel area of the test images: image 1, row 14, column 14. */
    private static final int PIXEL_OFFSET = 16 + 784 + 14 * 28 + 14;

    @TempDir
    Path folder;

    private final String home = System.getProperty("spectrallab.home");

    @AfterEach
    void restoreHome() {
        if (home == null) {
            System.clearProperty("spectrallab.home");
        } else {
            System.setProperty("spectrallab.home", home);
        }
    }

    private static Path original(String name) {
        return Dataset.MNIST.folder().resolve(name);
    }

    /** Copies the two test files into {@code target}, the images with one pixel changed. */
    private static Path copyWithFlippedPixel(Path target) throws IOException {
        Files.createDirectories(target);
        byte[] images = Files.readAllBytes(original(IMAGES));
        images[PIXEL_OFFSET] ^= (byte) 0x80;
        Path copy = target.resolve(IMAGES);
        Files.write(copy, images);
        Files.copy(original(LABELS), target.resolve(LABELS));
        return copy;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void pinsAreThoseOfTheFetchScript() throws IOException {
        String script = Files.readString(LabProcess.home().resolve("scripts/fetch-mnist.sh"));
        Matcher pin = Pattern.compile("\\[([a-z0-9-]+)\\]=([0-9a-f]{64})").matcher(script);
        Map<String, String> scriptPins = new HashMap<>();
        while (pin.find()) {
            scriptPins.put(pin.group(1), pin.group(2));
        }
        assertEquals(scriptPins, MnistChecksums.PINS);
    }

    @Test
    void theFourFilesInUseMatchTheirPins() {
        for (Split split : Split.values()) {
            for (String kind : new String[] {"images", "labels"}) {
                Path file = Dataset.MNIST.file(split, kind);
                assertEquals(MnistChecksums.PINS.get(MnistChecksums.standardName(split, kind)),
                        MnistChecksums.sha256OfContent(file), file.toString());
            }
        }
    }

    @Test
    void hashingAllFourFilesTakesWellUnderASecond() {
        long start = System.nanoTime();
        for (Split split : Split.values()) {
            for (String kind : new String[] {"images", "labels"}) {
                MnistChecksums.sha256OfContent(Dataset.MNIST.file(split, kind));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        // measured 0.05 s warm, 0.2 s in a fresh JVM, for 55 MB; 1 s leaves room for a busy
        // shared machine, and would still catch hashing per image or byte by byte
        assertTrue(seconds < 1.0, "hashing the four files took " + seconds + " s");
    }

    @Test
    void aFlippedPixelInAFetchedCopyIsAnErrorNamingTheFileBothHashesAndTheFix()
            throws Exception {
        Path images = copyWithFlippedPixel(folder);
        Files.writeString(folder.resolve(MnistChecksums.FETCHED_MARKER), "2025-01-01T00:00:00Z");
        ImageSet readable = ImageSet.read(Dataset.MNIST, Split.TEST, images,
                folder.resolve(LABELS));
        assertEquals(10_000, readable.size(), "the header is valid: the IDX checks pass");

        DataFileException error = assertThrows(DataFileException.class,
                () -> MnistChecksums.check(images, Split.TEST, "images"));
        String message = error.getMessage();
        assertTrue(message.startsWith(images.toString()), message);
        assertTrue(message.contains("SHA-256 " + sha256(Files.readAllBytes(images))), message);
        assertTrue(message.contains("expected " + MnistChecksums.PINS.get(IMAGES)), message);
        assertTrue(message.contains("delete the folder " + folder), message);
        assertTrue(message.contains("'mvn -q generate-resources'"), message);
        assertTrue(message.contains("point MNIST_DIR at a good copy"), message);
        assertEquals(images, error.file());
    }

    @Test
    void aFlippedPixelInTheDefaultFolderIsAnErrorWithoutTheMarker() throws IOException {
        Path kit = folder.resolve("kit");
        Path images = copyWithFlippedPixel(kit.resolve("data/mnist"));
        System.setProperty("spectrallab.home", kit.toString());
        assertThrows(DataFileException.class,
                () -> MnistChecksums.check(images, Split.TEST, "images"));
    }

    @Test
    void anEditedFileInAUsersFolderIsUsedWithOneWarning() throws IOException {
        Path images = copyWithFlippedPixel(folder);
        try (Log.Capture log = Log.capture()) {
            assertDoesNotThrow(() -> MnistChecksums.check(images, Split.TEST, "images"));
            MnistChecksums.check(images, Split.TEST, "images");
            assertEquals(1, log.warnings().size(), "once per JVM: " + log.warnings());
            String warning = log.warnings().get(0);
            assertTrue(warning.contains(images + " is not the published MNIST file"), warning);
            assertTrue(warning.contains("using it as given"), warning);
        }
    }

    @Test
    void aGzipCopyOfTheOriginalMatchesSilently() throws IOException {
        Path gzip = folder.resolve(LABELS + ".gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzip))) {
            out.write(Files.readAllBytes(original(LABELS)));
        }
        try (Log.Capture log = Log.capture()) {
            MnistChecksums.check(gzip, Split.TEST, "labels");
            assertTrue(log.warnings().isEmpty(), log.warnings().toString());
        }
    }

    @Test
    void aLabLoadingADamagedFetchedCopyStopsWithTheMessage() throws Exception {
        Path mnist = folder.resolve("mnist");
        copyWithFlippedPixel(mnist);
        Files.writeString(mnist.resolve(MnistChecksums.FETCHED_MARKER), "2025-01-01T00:00:00Z");
        Path script = folder.resolve("99-checksum.jsh");
        Files.writeString(script, String.join("\n",
                "var lab = Lab.start(99, \"checksum\");",
                "// Step 1: the data",
                "var data = lab.subset(5);",
                "lab.finish();"));
        LabProcess.Outcome outcome = LabProcess.run(script, folder.resolve("out"),
                "spectrallab.mnist.dir=" + mnist);
        assertEquals(1, outcome.exitCode(), outcome.stderr());
        assertTrue(outcome.stderr().contains("DataFileException: " + mnist.resolve(IMAGES)
                + ": its content has SHA-256"), outcome.stderr());
        assertTrue(outcome.stderr().contains("Fix: delete the folder " + mnist),
                outcome.stderr());
    }
}
