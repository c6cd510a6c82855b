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
    /** A device, FIFO or pipe: written through its own name, never replaced by a file. */
    private final boolean device;

    private OutputFile(Path given, Path target, boolean device) {
        this.given = given;
        this.target = target;
        this.device = device;
    }

    /**
     * The output {@code path}, refused when it is {@code database} or one of the files beside it
     * (compared as real paths: symbolic links followed, "." and ".." resolved), or a folder.
     */
    public static OutputFile at(Path path, Path database) {
        Path absolute = path.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !Files.isRegularFile(absolute) && !Files.isDirectory(absolute)) {
            // A device, a FIFO or a pipe (/dev/stdout when a script reads the labels): written
            // through its own name. Its real path may be no path at all ("pipe:[…]", where
            // /dev/stdout of a piped command leads), and no device is the database.
            return new OutputFile(path, absolute, true);
        }
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
            return new OutputFile(path, real, false);
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
        try (Writing writing = open()) {
            writing.append(content);
            writing.commit();
        }
    }

    /**
     * Starts writing the output a piece at a time (a batch appends each label as it is kept):
     * nothing reaches the target until {@link Writing#commit}, and a writing closed without it
     * leaves the target as it was and no file behind.
     */
    public Writing open() {
        Path part = null;
        try {
            if (device) {
                // A device or a pipe (/dev/stdout, /dev/null, a FIFO a script reads) gets the
                // whole content at the commit, from a private spool file: renaming a file over it
                // would replace the device itself, and a reader must not get half of a run that
                // is then undone.
                part = Files.createTempFile("packbench-output-", ".part");
            } else {
                Path folder = target.getParent();
                Files.createDirectories(folder);
                part = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
            }
            FileChannel channel = device
                    ? FileChannel.open(part, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)
                    : FileChannel.open(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            return new Writing(part, channel);
        } catch (IOException e) {
            deleteQuietly(part);
            throw unwritable(e);
        }
    }

    /** An output being written: appended to in order, in place only once committed. */
    public final class Writing implements AutoCloseable {
        private final Path part;
        private final FileChannel channel;
        private final OutputStream out;
        private boolean ended;

        private Writing(Path part, FileChannel channel) {
            this.part = part;
            this.channel = channel;
            // Buffered: PDFBox writes a PDF a few bytes at a time, and unbuffered that was 0.7 s
            // of a 1,000-label batch in system calls.
            this.out = new java.io.BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
        }

        /** Writes {@code content} after what is written so far; the stream stays open. */
        public void append(Content content) {
            if (ended) {
                throw new IllegalStateException("the output " + given + " is already ended");
            }
            try {
                content.writeTo(new KeptOpen(out));
            } catch (IOException e) {
                throw unwritable(e);
            }
        }

        /** Everything appended becomes the target, on disk before it has the target's name. */
        public void commit() {
            if (ended) {
                throw new IllegalStateException("the output " + given + " is already ended");
            }
            ended = true;
            try {
                out.flush();
                // After a power cut the name holds all of it or the old file.
                channel.force(true);
                channel.close();
                if (device) {
                    try (OutputStream to = Files.newOutputStream(target, StandardOpenOption.WRITE)) {
                        Files.copy(part, to);
                        to.flush();
                    }
                } else {
                    try {
                        Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    } catch (AtomicMoveNotSupportedException e) {
                        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            } catch (IOException e) {
                throw unwritable(e);
            } finally {
                deleteQuietly(part);
            }
        }

        /** Ends the writing; one not committed leaves the target untouched and no file behind. */
        @Override
        public void close() {
            ended = true;
            try {
                channel.close();
            } catch (IOException e) {
                // Only a file that is deleted next, or was committed already.
            }
            deleteQuietly(part);
        }
    }

    /**
     * The writing's stream as a piece of content sees it: closing it (PDFBox closes the stream it
     * saved to) only flushes, and the next piece goes on after it.
     */
    private static final class KeptOpen extends java.io.FilterOutputStream {
        KeptOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    private ProblemException unwritable(IOException e) {
        return new ProblemException("file.unwritable", given, IoReason.of(e));
    }

    private static void deleteQuietly(Path part) {
        if (part == null) {
            return;
        }
        try {
            Files.deleteIfExists(part);
        } catch (IOException e) {
            // A leftover hidden .part file is untidy but harmless; the message that failed says what.
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
