package org.packbench.app;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.packbench.i18n.Message;
import org.packbench.i18n.ProblemException;
import org.packbench.label.glabels.GlabelsImport;
import org.packbench.label.glabels.GlabelsLayout;
import org.packbench.label.template.LabelTemplate;

/**
 * A gLabels file on disk, read as a template to start from ({@link GlabelsLayout}). gLabels saves
 * gzip-compressed XML unless told otherwise, and reads either; so does this. The XML is unpacked
 * to at most {@link #MAX_XML_BYTES}: a few kilobytes of gzip can unpack to gigabytes.
 */
public final class GlabelsFile {
    /** More than any label: the bench's 58×40 label is 4 kB of XML, a picture in it some hundred kB. */
    public static final int MAX_XML_BYTES = 16 * 1024 * 1024;

    private static final int GZIP_MAGIC_1 = 0x1f;
    private static final int GZIP_MAGIC_2 = 0x8b;

    /** The template made from the file, and what the seller should know of what did not carry over. */
    public record Imported(LabelTemplate template, List<Message> notes) {
        public Imported {
            notes = List.copyOf(notes);
        }
    }

    private GlabelsFile() {}

    /**
     * The template in {@code file}.
     *
     * @throws ProblemException naming the file and what is wrong with it: unreadable, too large,
     *     damaged gzip, not XML, not a gLabels document, or nothing in it a template can hold
     */
    public static Imported read(Path file) {
        byte[] bytes = InputFile.read(file, InputFile.Kind.GLABELS);
        GlabelsImport imported;
        try {
            imported = GlabelsLayout.read(unpacked(bytes), String.valueOf(file.getFileName()));
        } catch (ProblemException e) {
            throw new ProblemException(Message.of("glabels.file", file, e.problem()), e);
        }
        return new Imported(imported.template(), imported.notes());
    }

    private static byte[] unpacked(byte[] bytes) {
        boolean gzip = bytes.length >= 2 && (bytes[0] & 0xff) == GZIP_MAGIC_1 && (bytes[1] & 0xff) == GZIP_MAGIC_2;
        if (!gzip) {
            return bytes;
        }
        byte[] xml;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            xml = in.readNBytes(MAX_XML_BYTES + 1);
        } catch (IOException e) {
            throw new ProblemException("glabels.gzip", IoReason.of(e));
        }
        if (xml.length > MAX_XML_BYTES) {
            throw new ProblemException("glabels.tooLarge", MAX_XML_BYTES / (1024 * 1024));
        }
        return xml;
    }
}
