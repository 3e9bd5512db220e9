package org.spectrallab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where dataset files are looked for, gzip or raw, and the message when they are absent. */
class DatasetLocationTest {

    @TempDir
    Path folder;

    @AfterEach
    void forgetFolder() {
        System.clearProperty("spectrallab.fashion.dir");
    }

    private void writeGzip(String name, byte[] bytes) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(folder.resolve(name)))) {
            out.write(bytes);
        }
    }

    @Test
    void fashionFilesAreFoundGzippedInTheConfiguredFolder() throws IOException {
        ByteBuffer images = ByteBuffer.allocate(16 + 2 * 4);
        images.putInt(0x803).putInt(2).putInt(2).putInt(2).put(new byte[8]);
        ByteBuffer labels = ByteBuffer.allocate(8 + 2);
        labels.putInt(0x801).putInt(2).put((byte) 9).put((byte) 3);
        writeGzip("t10k-images-idx3-ubyte.gz", images.array());
        writeGzip("t10k-labels-idx1-ubyte.gz", labels.array());
        System.setProperty("spectrallab.fashion.dir", folder.toString());
        Path imageFile = Dataset.FASHION_MNIST.file(Split.TEST, "images");
        ImageSet set = ImageSet.read(Dataset.FASHION_MNIST, Split.TEST, imageFile,
                Dataset.FASHION_MNIST.file(Split.TEST, "labels"));
        assertEquals(2, set.size());
        assertEquals(9, set.label(0));
        assertEquals("Ankle boot", Dataset.FASHION_MNIST.classNames().get(set.label(0)));
    }

    @Test
    void missingFileNamesWhatWasLookedForAndTheFix() {
        System.setProperty("spectrallab.fashion.dir", folder.toString());
        DataFileException error = assertThrows(DataFileException.class,
                () -> Dataset.FASHION_MNIST.file(Split.TRAIN, "images"));
        assertTrue(error.getMessage().contains("train-images-idx3-ubyte.gz"), error.getMessage());
        assertTrue(error.getMessage().contains("dataset-fashion-mnist"), error.getMessage());
    }

    @Test
    void missingFolderSaysWhichSettingNamedIt() {
        System.setProperty("spectrallab.fashion.dir", folder.resolve("absent").toString());
        DataFileException error = assertThrows(DataFileException.class,
                () -> Dataset.FASHION_MNIST.folder());
        assertTrue(error.getMessage().contains("Fix: correct FASHION_MNIST_DIR (or "
                + "spectrallab.fashion.dir) to name the folder that holds the four "
                + "Fashion-MNIST IDX files, or unset it to use /usr/share/datasets/fashion-mnist"),
                error.getMessage());
    }

    @Test
    void missingDefaultFolderNamesTheDebianPackageAndTheVariable() {
        // the Debian package's folder is absent on a machine without the package
        Path debianFolder = Path.of("/usr/share/datasets/fashion-mnist");
        assumeFalse(Files.isDirectory(debianFolder), "dataset-fashion-mnist is installed");
        DataFileException error = assertThrows(DataFileException.class,
                () -> Dataset.FASHION_MNIST.folder());
        assertTrue(error.getMessage().contains("apt-get install dataset-fashion-mnist"),
                error.getMessage());
        assertTrue(error.getMessage().contains("set FASHION_MNIST_DIR"), error.getMessage());
    }

    @Test
    void unknownDatasetNameListsTheKnownOnes() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Dataset.parse("cifar"));
        assertTrue(error.getMessage().contains("'mnist' or 'fashion'"), error.getMessage());
    }
}
