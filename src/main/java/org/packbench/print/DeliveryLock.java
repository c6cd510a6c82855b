package org.packbench.print;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Who delivers a database's print queue in the background: the process running the queue worker
 * (the window or {@code packbench serve}) holds an OS lock on a file beside the database and
 * writes its name in it. A command-line {@code print} asks, and delivers the job itself when no
 * one holds it, so a job never waits in a queue nobody reads. The OS drops the lock when the
 * holder dies, even by kill -9, so a crashed window never looks alive.
 */
public final class DeliveryLock {
    private final Path file;
    private FileChannel channel;
    private FileLock lock;

    public DeliveryLock(Path databaseFile) {
        Path db = databaseFile.toAbsolutePath();
        this.file = db.resolveSibling(db.getFileName() + ".delivery");
    }

    /** Takes the lock for {@code who}; false when another process delivers already. */
    public synchronized boolean take(String who) {
        if (lock != null) {
            return true;
        }
        try {
            FileChannel c = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock l = c.tryLock();
            if (l == null) {
                c.close();
                return false;
            }
            c.truncate(0);
            c.write(ByteBuffer.wrap(who.getBytes(StandardCharsets.UTF_8)), 0);
            c.force(false);
            channel = c;
            lock = l;
            return true;
        } catch (IOException | OverlappingFileLockException e) {
            return false;
        }
    }

    public synchronized void release() {
        try {
            if (lock != null) {
                lock.release();
            }
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            // The lock goes with the process anyway.
        } finally {
            lock = null;
            channel = null;
        }
    }

    /** The process delivering this queue in the background, by the name it gave; empty when none. */
    public synchronized Optional<String> holder() {
        if (lock != null) {
            return Optional.of(read());
        }
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock probe = c.tryLock();
            if (probe == null) {
                return Optional.of(read());
            }
            probe.release();
            return Optional.empty();
        } catch (OverlappingFileLockException e) {
            // Held by another part of this very process (a test bench running its own worker).
            return Optional.of(read());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private String read() {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "PackBench";
        }
    }
}
