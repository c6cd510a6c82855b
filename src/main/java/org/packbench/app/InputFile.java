package org.packbench.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.packbench.catalog.CatalogSource;
import org.packbench.i18n.Message;
import org.packbench.i18n.ProblemException;

/**
 * A file named to PackBench to read, checked before a byte of it is read. Only a regular file:
 * /dev/zero never ends and a named pipe may never answer. And, except a catalog, which is
 * streamed, no larger than its kind's limit: these files are read whole into memory, and the
 * launcher gives the JVM 512 MiB, so a 700 MB file once ended in OutOfMemoryError.
 */
public final class InputFile {
    private static final long MB = 1024 * 1024;

    /** What the file is to be, and the most PackBench reads of it. */
    public enum Kind {
        /** {@code verify pdf}, {@code ozon convert}, a PDF dropped on the window: a sheet of labels is a few MB. */
        LABEL_PDF(50, "input.labelPdf"),
        /** {@code batch FILE}: about 400,000 rows of sku, order and tracking number. */
        BATCH(20, "input.batch"),
        /** {@code orders import}: about 300,000 orders. */
        ORDERS(20, "input.orders"),
        /** {@code label import-glabels}: a label layout of a few kB, more with a picture in it. */
        GLABELS(16, "input.glabels"),
        /** {@code log verify --against}: a day's export in CSV, XLSX or PDF. */
        LOG_EXPORT(100, "input.logExport"),
        /** {@code marketplace add}: an API key or token, a few hundred characters. */
        SECRET(1, "input.secret"),
        /** A picture put on a label in the designer: a logo of a few hundred kilobytes at most. */
        PICTURE(8, "input.picture"),
        /** {@code label save-template}: a template's JSON, a few kilobytes. */
        TEMPLATE(1, "input.template");

        private final long megabytes;
        private final String name;

        Kind(long megabytes, String name) {
            this.megabytes = megabytes;
            this.name = name;
        }

        public long maxBytes() {
            return megabytes * MB;
        }
    }

    private InputFile() {}

    /**
     * Refuses {@code file} unless it is a regular file within {@code kind}'s limit.
     *
     * @throws ProblemException {@code file.unreadable}, {@code file.notRegular} or {@code file.tooLarge}
     */
    public static void check(Path file, Kind kind) {
        long size = regularFile(file).size();
        if (size > kind.maxBytes()) {
            throw tooLarge(file, size, kind);
        }
    }

    /** The whole of {@code file}, checked as {@link #check} does; read no further than the limit, should it grow meanwhile. */
    public static byte[] read(Path file, Kind kind) {
        check(file, kind);
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) kind.maxBytes() + 1);
        } catch (IOException e) {
            throw new ProblemException("file.unreadable", file, IoReason.of(e));
        }
        if (bytes.length > kind.maxBytes()) {
            throw tooLarge(file, bytes.length, kind);
        }
        return bytes;
    }

    /** A catalog file, of any size: it is streamed, twice (once for its encoding, once for its rows). */
    public static CatalogSource catalog(Path file) {
        long size = regularFile(file).size();
        return new CatalogSource() {
            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(file);
            }

            @Override
            public long size() {
                return size;
            }
        };
    }

    private static BasicFileAttributes regularFile(Path file) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            throw new ProblemException("file.unreadable", file, IoReason.of(e));
        }
        if (!attributes.isRegularFile()) {
            throw new ProblemException(
                    attributes.isDirectory()
                            ? Message.of("file.unreadable", file, Message.of("io.notAFile"))
                            : Message.of("file.notRegular", file));
        }
        return attributes;
    }

    private static ProblemException tooLarge(Path file, long size, Kind kind) {
        // Rounded up: a file one byte over a 50 MB limit must not read "50 MB, more than 50 MB".
        return new ProblemException("file.tooLarge", file, (size + MB - 1) / MB, kind.megabytes, Message.of(kind.name));
    }
}
