package org.spectrallab.data;

/** Which of a dataset's two published parts: the training set or the test set. */
public enum Split {
    /** 60,000 images for MNIST and Fashion-MNIST. */
    TRAIN("train"),
    /** 10,000 images for MNIST and Fashion-MNIST (the "t10k" files). */
    TEST("t10k");

    private final String filePrefix;

    Split(String filePrefix) {
        this.filePrefix = filePrefix;
    }

    /** The prefix of the IDX file names: "train" or "t10k". */
    public String filePrefix() {
        return filePrefix;
    }

    /** Parses "train" or "test" (also "t10k"), ignoring case. */
    public static Split parse(String name) {
        String key = name.trim().toLowerCase(java.util.Locale.ROOT);
        switch (key) {
            case "train":
                return TRAIN;
            case "test":
            case "t10k":
                return TEST;
            default:
                throw new IllegalArgumentException("unknown split '" + name
                        + "': use 'train' or 'test'");
        }
    }
}
