package org.spectrallab.data;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * An IDX file, the format MNIST is published in (LeCun, Cortes and Burges), read whole.
 *
 * <p>Layout, all integers big-endian: a magic number {@code 0x00 0x00 type rank}, then
 * {@code rank} 32-bit dimension sizes, then the data, row-major. Only unsigned bytes
 * ({@code type = 0x08}) are accepted, which is what MNIST and Fashion-MNIST use. A file
 * may be gzip-compressed ({@code .gz} or not: the gzip signature is detected).
 *
 * <p>Every check has its own message: a wrong magic number, a wrong rank, a dimension
 * that is zero or absurd, and a file shorter or longer than its header promises
 * (truncated downloads are the common case).
 */
public final class IdxFile {

    private static final int UNSIGNED_BYTE = 0x08;
    private static final long MAX_ELEMENTS = Integer.MAX_VALUE - 64;

    private final Path path;
    private final int[] dimensions;
    private final byte[] data;

    private IdxFile(Path path, int[] dimensions, byte[] data) {
        this.path = path;
        this.dimensions = dimensions;
        this.data = data;
    }

    /**
     * Reads and validates an IDX file of unsigned bytes with the given rank.
     *
     * @param path the file, raw or gzip-compressed
     * @param expectedRank 1 for labels, 3 for images
     * @throws DataFileException when the file is missing, unreadable, corrupt or truncated
     */
    public static IdxFile read(Path path, int expectedRank) {
        byte[] bytes = readBytes(path);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        int rank = checkMagic(path, buffer, expectedRank);
        int[] dimensions = readDimensions(path, buffer, rank);
        long expected = elementCount(path, dimensions);
        long actual = bytes.length - (long) buffer.position();
        if (actual != expected) {
            throw new DataFileException(path, sizeProblem(dimensions, expected, actual),
                    "the file is damaged: replace it with a good copy (in the kit's own data/mnist, "
                    + "delete the folder and run ./lab again, which fetches MNIST; in a folder of "
                    + "your own (MNIST_DIR), copy the file there again)");
        }
        byte[] data = Arrays.copyOfRange(bytes, buffer.position(), bytes.length);
        return new IdxFile(path, dimensions, data);
    }

    /** The file this was read from. */
    public Path path() {
        return path;
    }

    /** The dimension sizes from the header, e.g. {10000, 28, 28}. */
    public int[] dimensions() {
        return dimensions.clone();
    }

    /** The number of items, the first dimension. */
    public int count() {
        return dimensions[0];
    }

    /** The values as unsigned bytes in 0..255, row-major; shared, do not modify. */
    byte[] data() {
        return data;
    }

    private static byte[] readBytes(Path path) {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(path))) {
            if (!startsWithGzipSignature(raw)) {
                return raw.readAllBytes();
            }
            return gunzip(path, raw);
        } catch (NoSuchFileException e) {
            throw new DataFileException(path, "the file does not exist",
                    "build once with network access so MNIST is fetched (./lab 1), or set "
                            + "MNIST_DIR to a folder holding the four MNIST IDX files", e);
        } catch (IOException e) {
            throw new DataFileException(path, "the file cannot be read (" + e.getMessage() + ")",
                    "check its permissions, or delete it and fetch it again", e);
        }
    }

    /** Whether a stream starts with the gzip signature 0x1f 0x8b; leaves it where it was. */
    static boolean startsWithGzipSignature(InputStream markable) throws IOException {
        markable.mark(2);
        boolean gzip = markable.read() == 0x1f && markable.read() == 0x8b;
        markable.reset();
        return gzip;
    }

    private static byte[] gunzip(Path path, InputStream raw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = new GZIPInputStream(raw)) {
            in.transferTo(out);
        } catch (IOException e) {
            throw new DataFileException(path, "the gzip stream is corrupt or truncated ("
                    + e.getMessage() + ")", "delete the file and fetch it again", e);
        }
        return out.toByteArray();
    }

    private static int checkMagic(Path path, ByteBuffer buffer, int expectedRank) {
        if (buffer.remaining() < 4) {
            throw new DataFileException(path, "the file has " + buffer.remaining()
                    + " bytes, fewer than an IDX header", "delete it and fetch it again");
        }
        int zero0 = buffer.get() & 0xff;
        int zero1 = buffer.get() & 0xff;
        int type = buffer.get() & 0xff;
        int rank = buffer.get() & 0xff;
        if (zero0 != 0 || zero1 != 0 || type != UNSIGNED_BYTE) {
            throw new DataFileException(path, String.format(
                    "bad magic number 0x%02x%02x%02x%02x, expected 0x000008%02x (an IDX file "
                            + "of unsigned bytes)", zero0, zero1, type, rank, expectedRank),
                    "this is not an MNIST IDX file; point MNIST_DIR at the original files");
        }
        if (rank != expectedRank) {
            throw new DataFileException(path, "the file has rank " + rank + ", expected "
                    + expectedRank + (expectedRank == 1 ? " (labels)" : " (images)"),
                    "images and labels may be swapped; check the file names");
        }
        return rank;
    }

    private static int[] readDimensions(Path path, ByteBuffer buffer, int rank) {
        if (buffer.remaining() < 4 * rank) {
            throw new DataFileException(path, "the header is cut short",
                    "delete the file and fetch it again");
        }
        int[] dimensions = new int[rank];
        for (int d = 0; d < rank; d++) {
            dimensions[d] = buffer.getInt();
            if (dimensions[d] <= 0) {
                throw new DataFileException(path, "dimension " + d + " is " + dimensions[d]
                        + " in the header, must be positive", "delete the file and fetch it again");
            }
        }
        return dimensions;
    }

    private static long elementCount(Path path, int[] dimensions) {
        long count = 1;
        for (int size : dimensions) {
            count *= size;
            if (count > MAX_ELEMENTS) {
                throw new DataFileException(path, "the header's dimensions "
                        + Arrays.toString(dimensions) + " are absurdly large",
                        "the header is corrupt; delete the file and fetch it again");
            }
        }
        return count;
    }

    private static String sizeProblem(int[] dimensions, long expected, long actual) {
        String shape = Arrays.toString(dimensions);
        if (actual < expected) {
            return "truncated: the header promises " + shape + " = " + expected
                    + " bytes of data but only " + actual + " follow";
        }
        return "the header promises " + shape + " = " + expected + " bytes of data but "
                + actual + " follow (" + (actual - expected) + " extra)";
    }
}
