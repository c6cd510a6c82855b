package org.packbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.i18n.Message;
import org.packbench.i18n.ProblemException;
import org.packbench.label.Rect;
import org.packbench.label.Symbology;
import org.packbench.label.template.Element;
import org.packbench.label.template.LabelTemplate;
import org.packbench.label.template.SameTemplate;
import org.packbench.label.template.TemplateWriter;

/**
 * gLabels files on disk, as the designer opens them: gzip-compressed as gLabels saves them by
 * default or plain, the bench's own gLabels copy of the VK label with every box where gLabels has
 * it, and files that are no label refused naming the file.
 */
class GlabelsFileTest {
    /** The bench's gLabels copy of label-templates/vk-product-58x40.json (docs/bench/peers.sh prints it). */
    private static final Path BENCH_LABEL = Path.of("docs/bench/vk-product-58x40.glabels");

    private static final double WITHIN_MM = 0.01;

    @TempDir
    Path dir;

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream z = new GZIPOutputStream(out)) {
            z.write(bytes);
        }
        return out.toByteArray();
    }

    private Path sellerLabel() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/glabels/seller-58x60.glabels")) {
            return Files.write(dir.resolve("Кружка 58x60.glabels"), in.readAllBytes());
        }
    }

    /** The boxes of the file's text and barcode objects, in mm, read straight from its attributes. */
    private static List<Rect> glabelsBoxes(String xml) {
        List<Rect> boxes = new ArrayList<>();
        Matcher object = Pattern.compile("<Object-(?:text|barcode)\\s([^>]*)>").matcher(xml);
        while (object.find()) {
            Map<String, Double> mm = new LinkedHashMap<>();
            Matcher a = Pattern.compile("\\b([xywh])=\"([0-9.]+)mm\"").matcher(object.group(1));
            while (a.find()) {
                mm.put(a.group(1), Double.parseDouble(a.group(2)));
            }
            boxes.add(new Rect(mm.get("x"), mm.get("y"), mm.get("w"), mm.get("h")));
        }
        return boxes;
    }

    private static Rect box(Element e) {
        return ((Element.Boxed) e).box();
    }

    @Test
    void theBenchsGLabelsLabelHasEveryTextAndCodeWhereGLabelsPutsIt() throws IOException {
        GlabelsFile.Imported imported = GlabelsFile.read(BENCH_LABEL);
        LabelTemplate t = imported.template();
        assertEquals("vk-product-58x40", t.id());
        assertEquals(58, t.widthMm(), WITHIN_MM);
        assertEquals(40, t.heightMm(), WITHIN_MM);
        assertTrue(t.regulated(), "it shows the Russian product name");

        List<Rect> expected = glabelsBoxes(Files.readString(BENCH_LABEL, StandardCharsets.UTF_8));
        assertEquals(expected.size(), t.elements().size(), t.elements().toString());
        for (int i = 0; i < expected.size(); i++) {
            Rect want = expected.get(i);
            Rect got = box(t.elements().get(i));
            String which = t.elements().get(i).id();
            assertEquals(want.x(), got.x(), WITHIN_MM, which + " x");
            assertEquals(want.y(), got.y(), WITHIN_MM, which + " y");
            assertEquals(want.width(), got.width(), WITHIN_MM, which + " width");
            assertEquals(want.height(), got.height(), WITHIN_MM, which + " height");
        }

        Element.Stack body = (Element.Stack) t.elements().get(2);
        assertEquals(
                List.of("{manufacturer}", "Страна: {country_of_origin}", "{eac_cert}"),
                body.children().stream().map(c -> c.pattern().source()).toList());
        Element.Barcode qr = (Element.Barcode) t.elements().get(3);
        assertEquals(Symbology.QR, qr.symbology());
        assertEquals("{qr_payload}", qr.data().source());
        List<String> notes = imported.notes().stream().map(Message::key).toList();
        assertTrue(notes.contains("glabels.note.imageField"), "the DAC watermark picture: " + notes);
        assertTrue(notes.contains("glabels.note.invisible"), "the white box behind the QR code: " + notes);
    }

    @Test
    void theTemplateIsTheOneItsJsonFileReadsBackAs() throws IOException {
        for (Path file : List.of(BENCH_LABEL, sellerLabel())) {
            LabelTemplate t = GlabelsFile.read(file).template();
            LabelTemplate readBack =
                    TemplateLibrary.read(TemplateWriter.withoutImages().write(t));
            SameTemplate.assertSame(t, readBack);
        }
    }

    @Test
    void aGzipCompressedFileAsGLabelsSavesItReadsAsThePlainOne() throws IOException {
        Path packed = Files.write(dir.resolve("vk-product-58x40.glabels"), gzip(Files.readAllBytes(BENCH_LABEL)));
        GlabelsFile.Imported plain = GlabelsFile.read(BENCH_LABEL);
        GlabelsFile.Imported unpacked = GlabelsFile.read(packed);
        SameTemplate.assertSame(plain.template(), unpacked.template());
        assertEquals(plain.notes(), unpacked.notes());
    }

    @Test
    void aSellersLabelCarriesOverItsTextsCodesAndRulesAndSaysWhatItLeftOut() throws IOException {
        GlabelsFile.Imported imported = GlabelsFile.read(sellerLabel());
        LabelTemplate t = imported.template();
        assertEquals("kruzhka-58x60", t.id());
        assertEquals("Кружка 58x60", t.title());
        assertEquals(
                List.of("name_ru", "block", "line", "ean13", "line-2", "box", "datamatrix", "code128", "text-2"),
                t.elements().stream().map(Element::id).toList());
        Element.Barcode mark = (Element.Barcode) t.elements().get(6);
        assertEquals(Symbology.GS1_DATAMATRIX, mark.symbology());
        List<String> notes = imported.notes().stream().map(Message::key).toList();
        for (String key : List.of(
                "glabels.note.unknownField",
                "glabels.note.weightField",
                "glabels.note.fontRaised",
                "glabels.note.diagonalLine",
                "glabels.note.ellipse",
                "glabels.note.image",
                "glabels.note.rotation",
                "glabels.note.clamped")) {
            assertTrue(notes.contains(key), key + " among " + notes);
        }
    }

    @Test
    void aGzipThatUnpacksPastTheLimitIsRefusedWithoutUnpackingItAll() throws IOException {
        byte[] huge = new byte[GlabelsFile.MAX_XML_BYTES + 1024];
        java.util.Arrays.fill(huge, (byte) ' ');
        Path bomb = Files.write(dir.resolve("bomb.glabels"), gzip(huge));
        assertTrue(Files.size(bomb) < 100_000, "a few kB on disk");
        ProblemException e = assertThrows(ProblemException.class, () -> GlabelsFile.read(bomb));
        assertEquals(
                "cannot import " + bomb + " from gLabels: it unpacks to more than 16 MB; "
                        + "a gLabels label is a few kilobytes, so this is not one",
                e.getMessage());
    }

    @Test
    void aDamagedGzipIsRefusedNamingTheFile() throws IOException {
        byte[] whole = gzip(Files.readAllBytes(BENCH_LABEL));
        Path cut = Files.write(dir.resolve("cut.glabels"), java.util.Arrays.copyOf(whole, whole.length / 2));
        ProblemException e = assertThrows(ProblemException.class, () -> GlabelsFile.read(cut));
        assertTrue(
                e.getMessage().startsWith("cannot import " + cut + " from gLabels: it is gzip-compressed, but"),
                e.getMessage());
    }

    @Test
    void aFileThatIsNotALabelIsRefusedNamingTheFileAndWhatItIs() throws IOException {
        Path csv = Files.writeString(dir.resolve("labels.glabels"), "Наименование,Вес\nКружка,300\n");
        ProblemException e = assertThrows(ProblemException.class, () -> GlabelsFile.read(csv));
        assertTrue(
                e.getMessage().startsWith("cannot import " + csv + " from gLabels: it is not XML: "), e.getMessage());
        Path missing = dir.resolve("nowhere.glabels");
        ProblemException gone = assertThrows(ProblemException.class, () -> GlabelsFile.read(missing));
        assertEquals("cannot read " + missing + ": no such file or folder", gone.getMessage());
        ProblemException folder = assertThrows(ProblemException.class, () -> GlabelsFile.read(dir));
        assertTrue(folder.getMessage().startsWith("cannot read " + dir), folder.getMessage());
    }
}
