package org.packbench.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.packbench.label.LabelDocument;

/** Every format has exactly one writer in the registry, and a format's bytes are that writer's. */
class LabelWritersTest {
    @Test
    void everyFormatHasItsWriter() {
        for (LabelFormat f : LabelFormat.values()) {
            assertEquals(f, LabelWriters.standard().of(f).format());
        }
    }

    @Test
    void aFormatsBytesAreItsWritersBytesWithThePrintersOwnSettings() {
        LabelDocument doc = TestDocuments.label(203);
        for (LabelFormat f : new LabelFormat[] {LabelFormat.ZPL, LabelFormat.TSPL, LabelFormat.PNG}) {
            assertArrayEquals(
                    LabelWriters.standard().of(f).bytes(doc, PrinterSettings.of(203)), f.write(doc), f.code());
        }
    }

    @Test
    void aPdfPrintsACopyAsAPage() throws Exception {
        LabelDocument doc = TestDocuments.label(203);
        byte[] pdf = LabelWriters.standard()
                .of(LabelFormat.PDF)
                .bytes(doc, PrinterSettings.of(203).withCopies(3));
        try (var d = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertEquals(3, d.getNumberOfPages());
        }
    }

    @Test
    void aThermalWriterRefusesAPrinterOfAnotherResolution() {
        LabelDocument doc = TestDocuments.label(203);
        for (LabelFormat f : new LabelFormat[] {LabelFormat.ZPL, LabelFormat.TSPL}) {
            assertThrows(
                    IllegalArgumentException.class,
                    () -> LabelWriters.standard().of(f).bytes(doc, PrinterSettings.of(300)));
        }
    }
}
