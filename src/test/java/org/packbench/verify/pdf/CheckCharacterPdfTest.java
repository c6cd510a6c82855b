package org.packbench.verify.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.gs1.Gs1Parser;
import org.packbench.label.Symbology;
import org.packbench.render.PdfWriter;
import org.packbench.verify.CheckCharacters128;

/**
 * The PDF audit reads the data a symbol encodes, not ZXing's reading of its check character: a
 * Code 128 or GS1-128 symbol whose check character is 102 (FNC1's value) carries no GS at its end.
 */
class CheckCharacterPdfTest {
    @TempDir
    Path dir;

    @Test
    void symbolsWithCheckCharacter102AreListedWithTheirOwnData() throws IOException {
        String tracking = CheckCharacters128.trackingWithCheckCharacter(102);
        var sscc = Gs1Parser.parseBracketed("(00)046071230000001271");
        assertEquals(102, CheckCharacters128.checkCharacter(Symbology.CODE128, tracking));
        Path pdf = dir.resolve("labels.pdf");
        Files.write(
                pdf,
                new PdfWriter()
                        .write(List.of(
                                CheckCharacters128.gs1Label(sscc, 300),
                                CheckCharacters128.code128Label(tracking, 300))));

        AuditReport report = new PdfAudit().audit(Files.readAllBytes(pdf), SampleSku.get("PB-7-001"));

        assertEquals(
                List.of(
                        new PageBarcode(1, "CODE_128", "(00)046071230000001271", Optional.empty()),
                        new PageBarcode(2, "CODE_128", tracking, Optional.empty())),
                report.barcodes(),
                () -> report.barcodes().toString().replace("\u001D", "<GS>"));
    }
}
