package org.packbench.render;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.packbench.label.LabelDocument;

/** The output formats of a label, each drawn from the same {@link LabelDocument}. */
public enum LabelFormat {
    PDF("pdf"), PNG("png"), ZPL("zpl"), TSPL("tspl");

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

    /** The bytes of {@code doc} in this format, with the printer's own settings left as they are. */
    public byte[] write(LabelDocument doc) {
        PrinterSettings plain = new PrinterSettings(doc.dpi(), OptionalInt.empty(), OptionalInt.empty(), 0, 0, 1);
        return switch (this) {
            case PDF -> new PdfWriter().write(doc);
            case PNG -> new RasterWriter().printPng(doc);
            case ZPL -> new ZplWriter().write(doc, plain).getBytes(StandardCharsets.UTF_8);
            case TSPL -> new TsplWriter().write(doc, plain);
        };
    }
}
