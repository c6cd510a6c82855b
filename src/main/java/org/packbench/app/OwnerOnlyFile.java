package org.packbench.app;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A small file beside the database that only the operating-system user running PackBench may
 * read or write (the bench key, the anchor). On POSIX systems it is made with mode 600 in one
 * step, so there is no moment in which others could open it; on Windows, as well as the OS allows,
 * its access list is cut down to its owner (a user's own data folder already keeps others out).
 */
final class OwnerOnlyFile {
    private static final Set<PosixFilePermission> OWNER_ONLY =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    private OwnerOnlyFile() {}

    /** Writes {@code content} to a new file, on disk before returning; false when the file already exists. */
    static boolean createNew(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try {
            write(file, content, StandardOpenOption.CREATE_NEW);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            return false;
        }
        return true;
    }

    /**
     * Replaces the file's content as a whole: written to a hidden file (owner-only) beside it,
     * flushed to disk, then moved over it, so a crash leaves the old content or the new.
     */
    static void replace(Path file, byte[] content) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path part = folder.resolve("." + file.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            write(part, content, StandardOpenOption.CREATE_NEW);
            try {
                Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /** The file's permissions when others than its owner have any, as {@code rw-r--r--}; empty otherwise or off POSIX. */
    static Optional<String> openToOthers(Path file) throws IOException {
        if (!posix(file)) {
            return Optional.empty();
        }
        Set<PosixFilePermission> mode = Files.getPosixFilePermissions(file);
        return OWNER_ONLY.containsAll(mode) ? Optional.empty() : Optional.of(PosixFilePermissions.toString(mode));
    }

    private static void write(Path file, byte[] content, StandardOpenOption how) throws IOException {
        boolean posix = posix(file);
        FileAttribute<?>[] attributes = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
        try (FileChannel channel = FileChannel.open(file, Set.of(how, StandardOpenOption.WRITE), attributes)) {
            if (!posix) {
                ownerOnlyAcl(file);
            }
            ByteBuffer bytes = ByteBuffer.wrap(content);
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(true);
        }
    }

    /** Best effort on Windows: one entry, the owner's, in the file's access list. */
    private static void ownerOnlyAcl(Path file) {
        AclFileAttributeView acl = Files.getFileAttributeView(file, AclFileAttributeView.class);
        if (acl == null) {
            return;
        }
        try {
            acl.setAcl(List.of(AclEntry.newBuilder()
                    .setType(AclEntryType.ALLOW)
                    .setPrincipal(acl.getOwner())
                    .setPermissions(EnumSet.allOf(AclEntryPermission.class))
                    .build()));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // The folder's inherited access list stays: a user's own data folder keeps others out.
        }
    }

    private static boolean posix(Path file) {
        return Files.getFileAttributeView(file.toAbsolutePath().getParent(), PosixFileAttributeView.class) != null;
    }
}
