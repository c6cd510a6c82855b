package org.packbench.render;

import java.util.Locale;
import java.util.Optional;
import org.packbench.label.LabelDocument;

/** The output formats of a label, each drawn from the same {@link LabelDocument}. */
public enum LabelFormat {
    PDF("pdf"),
    PNG("png"),
    ZPL("zpl"),
    TSPL("tspl");

    private final String code;

    LabelFormat(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<LabelFormat> parse(String text) {
        for (LabelFormat f : values()) {
            if (f.code.equals(text.toLowerCase(Locale.ROOT))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * What the label log keeps as the label's payload hash (SHA-256, hex): of the bytes sent, and
     * for PDF of the label's page content ({@link PdfWriter#pageContent}), which is the same page
     * whether the label is a file of its own or one page of a batch.
     *
     * @param bytes {@link #write}'s bytes; not read for PDF, so a batch that writes its PDF itself
     *              may pass none
     */
    public String payloadSha256(LabelDocument doc, byte[] bytes) {
        return sha256(this == PDF ? new PdfWriter().pageContent(doc) : bytes);
    }

    /** The payload hash of a PDF label whose page is already drawn. */
    public static String payloadSha256(PdfPage page) {
        return page.contentSha256();
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bytes of {@code doc} in this format, with the printer's own settings left as they are. */
    public byte[] write(LabelDocument doc) {
        return LabelWriters.standard().of(this).bytes(doc, PrinterSettings.of(doc.dpi()));
    }
}
