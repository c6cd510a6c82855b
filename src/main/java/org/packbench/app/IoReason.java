package org.packbench.app;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.packbench.i18n.Message;

/**
 * Why a file could not be read or written, in words. The JDK's NoSuchFileException says only the
 * path, so "cannot read X: " + e.getMessage() came out as "cannot read X: X".
 */
public final class IoReason {
    private IoReason() {}

    public static Message of(IOException e) {
        if (e instanceof NoSuchFileException) {
            return Message.of("io.noSuchFile");
        }
        if (e instanceof AccessDeniedException) {
            return Message.of("io.accessDenied");
        }
        if (e instanceof NotDirectoryException) {
            return Message.of("io.notFolder");
        }
        if (e instanceof FileAlreadyExistsException) {
            return Message.of("io.exists");
        }
        if (e instanceof DirectoryNotEmptyException) {
            return Message.of("io.folderNotEmpty");
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            // The operating system's own words, e.g. "Is a directory" or "No space left on device".
            return Message.of("io.other", fs.getReason());
        }
        return Message.of("io.other", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
}
