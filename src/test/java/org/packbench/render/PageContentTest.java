package org.packbench.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.packbench.label.LabelDocument;

/** A label's page content is the same bytes drawn alone, drawn after hundreds of others, or written as a file. */
class PageContentTest {
    @Test
    void theLoggedPageIsThePageOfTheFileHoweverManyCameBefore() throws Exception {
        PdfWriter writer = new PdfWriter();
        for (int i = 0; i < 600; i++) {
            LabelDocument doc = TestDocuments.label(i % 3 == 0 ? 300 : 203);
            byte[] alone = writer.pageContent(doc);
            if (i % 97 == 0) {
                try (PDDocument file = Loader.loadPDF(writer.write(doc))) {
                    try (var in = file.getPage(0).getContents()) {
                        assertArrayEquals(in.readAllBytes(), alone, "label " + i);
                    }
                }
            }
        }
    }
}
