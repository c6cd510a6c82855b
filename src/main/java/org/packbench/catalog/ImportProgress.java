package org.packbench.catalog;

/**
 * How far an import has read: a terminal shows rows and rows per second, the window a bar of
 * bytes. Throwing from it stops the import, and nothing of it is kept.
 */
@FunctionalInterface
public interface ImportProgress {
    ImportProgress NONE = (rows, bytes, totalBytes) -> {};

    /**
     * @param rows       rows of SKUs read so far
     * @param bytes      bytes of the file read so far
     * @param totalBytes the file's length, or -1 when not known
     */
    void read(long rows, long bytes, long totalBytes);
}
