package org.packbench.app;

import java.util.List;
import org.packbench.i18n.Message;
import org.packbench.label.LabelDocument;
import org.packbench.marketplace.LabelRecords;

/** A label that was issued: its id, the document, the bytes in the asked format, and warnings to show. */
public record RenderedLabel(long id, String labelId, LabelDocument document, byte[] bytes, String payloadSha256,
                            List<Message> warnings) implements LabelRecords.Made {
    public RenderedLabel {
        warnings = List.copyOf(warnings);
    }
}
