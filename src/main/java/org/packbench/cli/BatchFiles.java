package org.packbench.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.packbench.app.BatchOutput;
import org.packbench.app.OutputFile;
import org.packbench.app.RenderedLabel;
import org.packbench.i18n.ProblemException;
import org.packbench.render.PdfPage;
import org.packbench.render.PdfWriter;

/**
 * The files of {@code batch --format … --out PATH}, written as the run keeps its labels: a ZPL or
 * TSPL stream gets each label's bytes the moment it is kept, so a run of 100,000 labels holds a
 * few in memory, not all of them (10,000 SSCC labels are 130 MB of ZPL); a PDF keeps each page
 * until the one document is written; PNG writes a file per label into a folder. A run that is
 * undone leaves the old file, or no file, as it found it.
 */
final class BatchFiles {
    private BatchFiles() {}

    static BatchOutput zplOrTspl(OutputFile file, Locale locale) {
        return () -> new Stream(file, locale);
    }

    static BatchOutput pdf(OutputFile file, Locale locale) {
        return () -> new Pdf(file, locale);
    }

    static BatchOutput png(Path folder) {
        return () -> new Pngs(folder);
    }

    /**
     * Runs a write of the output; a failure becomes the run's own failed write, which it reports
     * as such: nothing of the run was issued.
     */
    private static <T> T writing(Locale locale, java.util.function.Supplier<T> write) {
        try {
            return write.get();
        } catch (ProblemException e) {
            throw new UncheckedIOException(new IOException(e.problem().in(locale), e));
        }
    }

    private static final class Stream implements BatchOutput.Labels {
        private final OutputFile.Writing writing;
        private final Locale locale;

        Stream(OutputFile file, Locale locale) {
            this.locale = locale;
            this.writing = writing(locale, file::open);
        }

        @Override
        public void add(RenderedLabel label, int copies) {
            writing(locale, () -> {
                writing.append(out -> {
                    for (int i = 0; i < copies; i++) {
                        out.write(label.bytes());
                    }
                });
                return null;
            });
        }

        @Override
        public void finish() {
            writing(locale, () -> {
                writing.commit();
                return null;
            });
        }

        @Override
        public void close() {
            writing.close();
        }
    }

    private static final class Pdf implements BatchOutput.Labels {
        private final OutputFile file;
        private final Locale locale;
        private final PdfWriter writer = new PdfWriter();
        private final java.util.Queue<PdfPage> pages = new java.util.ArrayDeque<>();

        Pdf(OutputFile file, Locale locale) {
            this.file = file;
            this.locale = locale;
        }

        @Override
        public void add(RenderedLabel label, int copies) {
            PdfPage page = label.pdfPage() != null ? label.pdfPage() : writer.page(label.document());
            for (int i = 0; i < copies; i++) {
                pages.add(page);
            }
        }

        @Override
        public void finish() {
            // A run that issued nothing new still leaves its (empty) file, as before.
            writing(locale, () -> {
                file.write(out -> {
                    if (!pages.isEmpty()) {
                        writer.writeTakingPages(pages, out);
                    }
                });
                return null;
            });
        }

        @Override
        public void close() {
            pages.clear();
        }
    }

    /** One PNG per label, named by its label id; copies are one file. */
    private static final class Pngs implements BatchOutput.Labels {
        private final Path folder;
        private final Map<Path, Path> parts = new LinkedHashMap<>();

        Pngs(Path folder) {
            this.folder = folder;
        }

        @Override
        public void add(RenderedLabel label, int copies) {
            try {
                if (parts.isEmpty()) {
                    Files.createDirectories(folder);
                }
                Path part = folder.resolve(label.labelId() + ".png.part");
                Files.write(part, label.bytes());
                parts.put(part, folder.resolve(label.labelId() + ".png"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void finish() {
            try {
                // A run that issued nothing new still leaves its folder, as a ZPL run leaves its file.
                Files.createDirectories(folder);
                for (Map.Entry<Path, Path> p : parts.entrySet()) {
                    Files.move(
                            p.getKey(),
                            p.getValue(),
                            StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                }
                parts.clear();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            for (Path part : parts.keySet()) {
                try {
                    Files.deleteIfExists(part);
                } catch (IOException e) {
                    // A leftover .part file is untidy but harmless; the run said what failed.
                }
            }
        }
    }
}
