package org.spectrallab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The message for a file the kit could not write: what went wrong, in words, with the
 * exception's class, and what to do. Java's file errors often carry only a path as their
 * message (an {@link AccessDeniedException} says just "/home/me/out/lab01").
 */
public final class WriteFailure {

    private WriteFailure() {
    }

    /**
     * An exception saying why {@code file} could not be written and how to fix it, e.g.
     * "could not write out/lab01/montage.png: out/lab01 exists and is not a folder
     * (FileAlreadyExistsException). Fix: move that file out of the way ...".
     */
    public static UncheckedIOException of(Path file, IOException cause) {
        return new UncheckedIOException("could not write " + file + ": " + reason(cause)
                + " (" + cause.getClass().getSimpleName() + "). Fix: " + fix(file, cause),
                cause);
    }

    private static String reason(IOException cause) {
        if (!(cause instanceof FileSystemException fileError)) {
            return cause.getMessage() == null ? "the system gave no reason" : cause.getMessage();
        }
        String where = fileError.getFile();
        if (cause instanceof AccessDeniedException) {
            return "permission denied on " + where;
        }
        if (cause instanceof FileAlreadyExistsException) {
            return where + " exists and is not a folder";
        }
        if (cause instanceof NoSuchFileException) {
            return where + " does not exist";
        }
        return where + ": " + (fileError.getReason() == null ? "the system gave no reason"
                : fileError.getReason());
    }

    private static String fix(Path file, IOException cause) {
        if (cause instanceof FileAlreadyExistsException) {
            return "move that file out of the way (or delete it) and run again";
        }
        return "make sure you can write to " + file.toAbsolutePath().getParent()
                + " (its owner and permissions; a full or read-only disk) and run again";
    }
}
