package org.spectrallab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The IDX reader on well-formed, corrupt and truncated files written by the test itself. */
class IdxFileTest {

    @TempDir
    Path folder;

    private static byte[] images(int count, int rows, int columns) {
        ByteBuffer buffer = ByteBuffer.allocate(16 + count * rows * columns);
        buffer.putInt(0x00000803).putInt(count).putInt(rows).putInt(columns);
        for (int p = 0; p < count * rows * columns; p++) {
            buffer.put((byte) (p % 256));
        }
        return buffer.array();
    }

    private static byte[] labels(int... values) {
        ByteBuffer buffer = ByteBuffer.allocate(8 + values.length);
        buffer.putInt(0x00000801).putInt(values.length);
        for (int v : values) {
            buffer.put((byte) v);
        }
        return buffer.array();
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    @Test
    void readsDimensionsAndValuesOfAWellFormedFile() throws IOException {
        IdxFile file = IdxFile.read(write("ok-images", images(3, 2, 2)), 3);
        assertArrayEquals(new int[] {3, 2, 2}, file.dimensions());
        assertEquals(5, file.data()[5]);
    }

    @Test
    void readsGzipCompressedFilesTransparently() throws IOException {
        Path file = folder.resolve("images.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(images(2, 3, 3));
        }
        assertArrayEquals(new int[] {2, 3, 3}, IdxFile.read(file, 3).dimensions());
    }

    @Test
    void truncatedFileIsReportedWithExpectedAndActualSizes() throws IOException {
        byte[] whole = images(4, 28, 28);
        Path file = write("cut-images", Arrays.copyOf(whole, whole.length - 100));
        DataFileException error = assertThrows(DataFileException.class,
                () -> IdxFile.read(file, 3));
        assertTrue(error.getMessage().contains("truncated"), error.getMessage());
        assertTrue(error.getMessage().contains(String.valueOf(4 * 784)), error.getMessage());
        assertTrue(error.getMessage().contains("cut-images"), error.getMessage());
        assertTrue(error.getMessage().contains("Fix:"), error.getMessage());
    }

    @Test
    void wrongMagicNumberIsReported() throws IOException {
        byte[] bytes = images(1, 2, 2);
        bytes[2] = 0x0D;
        DataFileException error = assertThrows(DataFileException.class,
                () -> IdxFile.read(write("float-images", bytes), 3));
        assertTrue(error.getMessage().contains("bad magic number"), error.getMessage());
    }

    @Test
    void labelFileGivenForImagesIsReportedAsWrongRank() throws IOException {
        DataFileException error = assertThrows(DataFileException.class,
                () -> IdxFile.read(write("labels", labels(1, 2)), 3));
        assertTrue(error.getMessage().contains("rank 1, expected 3"), error.getMessage());
    }

    @Test
    void extraTrailingBytesAreReported() throws IOException {
        byte[] whole = images(1, 2, 2);
        DataFileException error = assertThrows(DataFileException.class,
                () -> IdxFile.read(write("long-images", Arrays.copyOf(whole, whole.length + 3)), 3));
        assertTrue(error.getMessage().contains("3 extra"), error.getMessage());
    }

    @Test
    void missingFileNamesTheFileAndTheFix() {
        DataFileException error = assertThrows(DataFileException.class,
                () -> IdxFile.read(folder.resolve("absent-images"), 3));
        assertTrue(error.getMessage().contains("absent-images"), error.getMessage());
        assertTrue(error.getMessage().contains("MNIST_DIR"), error.getMessage());
    }

    @Test
    void corruptGzipStreamIsReported() throws IOException {
        Path file = folder.resolve("broken.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(images(50, 28, 28));
        }
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
        DataFileException error = assertThrows(DataFileException.class,
                () -> IdxFile.read(file, 3));
        assertTrue(error.getMessage().contains("gzip"), error.getMessage());
    }

    @Test
    void imagesAndLabelsOfDifferentCountsAreRefused() throws IOException {
        Path imageFile = write("i", images(3, 2, 2));
        Path labelFile = write("l", labels(1, 2));
        DataFileException error = assertThrows(DataFileException.class,
                () -> ImageSet.read(Dataset.MNIST, Split.TEST, imageFile, labelFile));
        assertTrue(error.getMessage().contains("2 labels but i holds 3 images"),
                error.getMessage());
    }

    @Test
    void labelOutsideZeroToNineIsRefused() throws IOException {
        Path imageFile = write("i", images(2, 2, 2));
        Path labelFile = write("l", labels(3, 12));
        DataFileException error = assertThrows(DataFileException.class,
                () -> ImageSet.read(Dataset.MNIST, Split.TEST, imageFile, labelFile));
        assertTrue(error.getMessage().contains("label 1 is 12"), error.getMessage());
    }
}
