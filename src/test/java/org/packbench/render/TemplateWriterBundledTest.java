package org.packbench.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.packbench.app.TemplateLibrary;
import org.packbench.label.LabelDocument;
import org.packbench.label.compose.LabelComposer;
import org.packbench.label.template.LabelTemplate;
import org.packbench.label.template.TemplateReader;
import org.packbench.label.template.TemplateWriter;

/**
 * Every bundled template, written by the designer's writer and read again, is the same template
 * and prints the same labels, byte for byte, at 203 and 300 dpi: saving a template that was only
 * opened changes nothing a printer sees.
 */
class TemplateWriterBundledTest {
    private static final List<LabelTemplate> BUNDLED = TemplateLibrary.bundled().all();

    private static LabelTemplate roundTrip(LabelTemplate t) {
        String json = TemplateWriter.withoutImages().write(t);
        return new TemplateReader(file -> {
                    throw new IllegalArgumentException("no pictures in the bundled templates: " + file);
                })
                .read(json);
    }

    @Test
    void everyBundledTemplateReadsBackAsTheSameTemplate() {
        assertTrue(BUNDLED.size() >= 11, "all bundled templates: " + BUNDLED.size());
        for (LabelTemplate t : BUNDLED) {
            assertEquals(t, roundTrip(t), t.id());
        }
    }

    @Test
    void everyBundledTemplateWrittenAndReadPrintsTheSameBytesAt203And300Dpi() {
        LabelComposer composer = new LabelComposer(BundledTypeface.get());
        for (LabelTemplate t : BUNDLED) {
            LabelTemplate again = roundTrip(t);
            Map<String, String> values = WriterBytesTest.values(t);
            for (int dpi : new int[] {203, 300}) {
                LabelDocument before = composer.compose(t, values, dpi);
                LabelDocument after = composer.compose(again, values, dpi);
                for (LabelFormat f : LabelFormat.values()) {
                    String where = t.id() + " " + f.code() + " " + dpi + " dpi";
                    if (f == LabelFormat.PDF) {
                        // PDFBox stamps each file with the time; the page drawn is what must agree.
                        assertEquals(f.payloadSha256(before, new byte[0]), f.payloadSha256(after, new byte[0]), where);
                    } else {
                        assertArrayEquals(f.write(before), f.write(after), where);
                    }
                }
            }
        }
    }

    @Test
    void writingAWrittenTemplateAgainGivesTheSameText() {
        for (LabelTemplate t : BUNDLED) {
            String once = TemplateWriter.withoutImages().write(t);
            assertEquals(once, TemplateWriter.withoutImages().write(roundTrip(t)), t.id());
        }
    }
}
