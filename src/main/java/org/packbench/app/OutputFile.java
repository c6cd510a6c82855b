package org.packbench.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.UUID;
import org.packbench.i18n.Message;
import org.packbench.i18n.ProblemException;

/**
 * A file a command writes (a label, a converted Ozon PDF, a log export): never the database or
 * one of its companion files, and never seen half-written. "label render --out t.db --db t.db"
 * once replaced the bench's whole record with a ZPL label. The bytes go to a hidden file in the
 * target's folder, are flushed to disk, and only then take the target's name in one move, so a
 * crash, a full disk or a reader at the wrong moment sees the old file or the new, never a part.
 */
public final class OutputFile {
    /**
     * The files SQLite keeps beside the database, and the bench key and anchor: writing any of them
     * loses the bench's record as surely.
     */
    private static final List<String> COMPANIONS =
            List.of("", "-wal", "-shm", "-journal", KeyFile.SUFFIX, AnchorFile.SUFFIX);

    private static final int MAX_LINKS = 40;

    /** Writes the whole content to a stream; the stream is closed by OutputFile. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Path given;
    private final Path target;

    private OutputFile(Path given, Path target) {
        this.given = given;
        this.target = target;
    }

    /**
     * The output {@code path}, refused when it is {@code database} or one of the files beside it
     * (compared as real paths: symbolic links followed, "." and ".." resolved), or a folder.
     */
    public static OutputFile at(Path path, Path database) {
        try {
            Path real = realPath(path.toAbsolutePath().normalize(), 0);
            Path dbReal = realPath(database.toAbsolutePath().normalize(), 0);
            for (String suffix : COMPANIONS) {
                Path companion = dbReal.resolveSibling(dbReal.getFileName() + suffix);
                boolean same = real.equals(companion)
                        || Files.exists(real) && Files.exists(companion) && Files.isSameFile(real, companion);
                if (same) {
                    throw new ProblemException(
                            suffix.isEmpty()
                                    ? Message.of("output.isDatabase", path, database)
                                    : Message.of("output.isDatabaseFile", path, companion.getFileName(), database));
                }
            }
            if (Files.isDirectory(real)) {
                throw new ProblemException("output.isFolder", path);
            }
            return new OutputFile(path, real);
        } catch (IOException e) {
            throw new ProblemException("file.unwritable", path, IoReason.of(e));
        }
    }

    /** The path as it was given, for messages. */
    public Path path() {
        return given;
    }

    public void write(byte[] bytes) {
        write(out -> out.write(bytes));
    }

    /** Writes {@code content} in full, then moves it into place; on any failure the target is untouched. */
    public void write(Content content) {
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            // A device or a pipe (/dev/stdout, /dev/null, a FIFO a script reads): written straight
            // through. Renaming a file over it would replace the device itself.
            try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.WRITE)) {
                content.writeTo(out);
                out.flush();
            } catch (IOException e) {
                throw new ProblemException("file.unwritable", given, IoReason.of(e));
            }
            return;
        }
        Path folder = target.getParent();
        Path part = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            Files.createDirectories(folder);
            try (FileChannel channel =
                    FileChannel.open(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = new java.io.BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                content.writeTo(out);
                out.flush();
                // On disk before it has the real name: after a power cut the name holds all of it or the old file.
                channel.force(true);
            }
            try {
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new ProblemException("file.unwritable", given, IoReason.of(e));
        } finally {
            try {
                Files.deleteIfExists(part);
            } catch (IOException e) {
                // A leftover hidden .part file is untidy but harmless; the message above says what failed.
            }
        }
    }

    /**
     * The path with every symbolic link followed, also for a file that does not exist yet (its
     * folder is resolved and its name kept) and for a link that points at a missing file.
     */
    private static Path realPath(Path p, int links) throws IOException {
        if (links > MAX_LINKS) {
            throw new java.nio.file.FileSystemException(p.toString(), null, "too many levels of symbolic links");
        }
        try {
            return p.toRealPath();
        } catch (NoSuchFileException e) {
            if (Files.isSymbolicLink(p)) {
                Path to = Files.readSymbolicLink(p);
                return realPath(p.toAbsolutePath().getParent().resolve(to).normalize(), links + 1);
            }
            Path parent = p.getParent();
            if (parent == null || Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                return p;
            }
            return realPath(parent, links).resolve(p.getFileName());
        }
    }
}
