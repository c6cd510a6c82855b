package org.packbench.verify.dispatch;

import java.util.Optional;
import org.packbench.gs1.ElementString;
import org.packbench.gs1.Gs1Parser;
import org.packbench.i18n.ProblemException;
import org.packbench.marketplace.QrPayload;

/**
 * What a dispatch scan points at: a PackBench label id (QR), an SSCC (GS1-128), or a tracking number.
 *
 * @param payload the whole QR text when the scan was a PackBench QR: the label id only finds the
 *                record, every other field must then agree with it
 */
public record ScannedCode(Kind kind, String key, Optional<QrPayload> payload) {
    public enum Kind {
        LABEL_ID,
        SSCC,
        TRACKING,
        GARBLED
    }

    public ScannedCode(Kind kind, String key) {
        this(kind, key, Optional.empty());
    }

    public static ScannedCode read(String raw) {
        String data = raw == null ? "" : raw.strip();
        Optional<QrPayload> qr = QrPayload.decode(data);
        if (qr.isPresent()) {
            java.util.OptionalLong id =
                    org.packbench.marketplace.LabelValues.parseLabelId(qr.get().labelId());
            return id.isPresent()
                    ? new ScannedCode(Kind.LABEL_ID, Long.toString(id.getAsLong()), qr)
                    : new ScannedCode(Kind.GARBLED, data);
        }
        if (data.startsWith("]") || data.startsWith("(")) {
            try {
                ElementString es =
                        data.startsWith("]") ? Gs1Parser.parseScanDataPart(data) : Gs1Parser.parseBracketedPart(data);
                return es.value("00")
                        .map(s -> new ScannedCode(Kind.SSCC, s))
                        .orElse(new ScannedCode(Kind.GARBLED, data));
            } catch (ProblemException e) {
                return new ScannedCode(Kind.GARBLED, data);
            }
        }
        if (data.matches("00[0-9]{18}")) {
            return new ScannedCode(Kind.SSCC, data.substring(2));
        }
        if (data.matches("[A-Za-z0-9][A-Za-z0-9-]{3,39}")) {
            return new ScannedCode(Kind.TRACKING, data);
        }
        return new ScannedCode(Kind.GARBLED, data);
    }
}
