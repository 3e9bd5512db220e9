package org.spectrallab.data;

import java.nio.file.Path;

/**
 * A data file is missing, unreadable, corrupt or truncated. The message names the file,
 * what is wrong with it and how to get a good copy.
 */
public final class DataFileException extends RuntimeException {

    private final transient Path file;

    /** @param file the file at fault; @param problem what is wrong; @param fix what to do */
    public DataFileException(Path file, String problem, String fix) {
        super(file + ": " + problem + ". Fix: " + fix);
        this.file = file;
    }

    /** @param file the file at fault; @param problem what is wrong; @param fix what to do;
     *  @param cause the I/O error behind it */
    public DataFileException(Path file, String problem, String fix, Throwable cause) {
        super(file + ": " + problem + ". Fix: " + fix, cause);
        this.file = file;
    }

    /** The file at fault. */
    public Path file() {
        return file;
    }
}
