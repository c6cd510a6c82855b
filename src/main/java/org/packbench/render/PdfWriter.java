package org.packbench.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.packbench.label.Dots;
import org.packbench.label.LabelDocument;
import org.packbench.label.Typeface;

/**
 * Writes labels as PDF: one page per label, the page exactly the label's size, text as real
 * text in embedded PT Sans subsets, barcodes as vector modules on the printer's dot grid.
 *
 * <p>A writer holds no state per document and may be shared; each call builds its own PDF.
 */
public final class PdfWriter implements LabelWriter {
    static final String PRODUCER = "PackBench";

    static {
        // Most of a label PDF's time went to deflating the embedded font subset at the default
        // level. The fastest level costs a few hundred bytes on a 30 KB label and more than
        // doubles the labels per second. PDFBox reads this property at each stream it encodes;
        // a value set by the user on the command line is left alone.
        if (System.getProperty("org.apache.pdfbox.filter.deflatelevel") == null) {
            System.setProperty("org.apache.pdfbox.filter.deflatelevel", "1");
        }
    }

    private final Typeface typeface;

    public PdfWriter() {
        this(BundledTypeface.get());
    }

    public PdfWriter(Typeface typeface) {
        this.typeface = typeface;
    }

    @Override
    public LabelFormat format() {
        return LabelFormat.PDF;
    }

    /** A page per copy: a driver queue prints pages, so the spooler needs no options of its own. */
    @Override
    public byte[] bytes(LabelDocument doc, PrinterSettings settings) {
        return write(java.util.Collections.nCopies(settings.copies(), doc));
    }

    /** One label as a one-page PDF. */
    public byte[] write(LabelDocument label) {
        return write(List.of(label));
    }

    /** One label as a one-page PDF, written to {@code out} (which is left open). */
    public void write(LabelDocument label, OutputStream out) throws IOException {
        write(List.of(label), out);
    }

    /** Several labels as one PDF, a page per label in the order given. */
    public byte[] write(List<LabelDocument> labels) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        try {
            write(labels, out);
        } catch (IOException e) {
            // Nothing here reads or writes a file; an IOException is PDFBox failing in memory.
            throw new UncheckedIOException("could not build the PDF", e);
        }
        return out.toByteArray();
    }

    /** Several labels as one PDF written to {@code out} (which is left open). */
    public void write(List<LabelDocument> labels, OutputStream out) throws IOException {
        List<PdfPage> pages = new ArrayList<>(labels.size());
        for (LabelDocument label : labels) {
            pages.add(page(label));
        }
        writePages(pages, out);
    }

    /** Pages drawn before ({@link #page}) as one PDF. */
    public byte[] writePages(List<PdfPage> pages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        try {
            writePages(pages, out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not build the PDF", e);
        }
        return out.toByteArray();
    }

    /** Pages drawn before ({@link #page}), perhaps on other threads, as one PDF written to {@code out} (left open). */
    public void writePages(List<PdfPage> pages, OutputStream out) throws IOException {
        write(pages.iterator(), out);
    }

    /**
     * As {@link #writePages(List, OutputStream)}, taking each page out of {@code pages} once it is
     * placed in the document: a batch's thousands of pages are then not held twice while its file
     * is written, as drawn and as placed (30,000 VK labels: 444 MiB live at the peak otherwise).
     */
    public void writeTakingPages(Queue<PdfPage> pages, OutputStream out) throws IOException {
        Iterator<PdfPage> taking = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !pages.isEmpty();
            }

            @Override
            public PdfPage next() {
                return pages.remove();
            }
        };
        write(taking, out);
    }

    private void write(Iterator<PdfPage> pages, OutputStream out) throws IOException {
        if (!pages.hasNext()) {
            throw new IllegalArgumentException("a PDF needs at least one label");
        }
        try (PDDocument pdf = new PDDocument()) {
            PdfResources resources = new PdfResources(pdf, typeface);
            Set<String> templates = new LinkedHashSet<>();
            while (pages.hasNext()) {
                PdfPage page = pages.next();
                place(pdf, resources, page);
                templates.add(page.templateId());
            }
            resources.subsetPlacedFaces();
            describe(pdf, templates);
            // A classic xref table rather than PDF 1.5 object streams: printers that print PDF
            // directly and older RIPs read it, and object streams would save only ~5% on a label.
            pdf.save(out, CompressParameters.NO_COMPRESSION);
        }
    }

    /**
     * The label's page content stream, decoded: exactly the page the label becomes in any PDF
     * this writer makes, alone or among a thousand. The label log keeps its hash, so a page of a
     * batch PDF is matched to its log row without the batch writing each label twice.
     */
    public byte[] pageContent(LabelDocument label) {
        return page(label).content();
    }

    /** The label's page, drawn now (on the calling thread) and put into a PDF later by {@link #writePages}. */
    public PdfPage page(LabelDocument label) {
        Scratch scratch = SCRATCH.get();
        try {
            PDDocument document = scratch.document(typeface);
            scratch.resources.takeShown();
            PDPage page = page(document, scratch.resources, label);
            COSStream stream = (COSStream) page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
            // Drawn uncompressed, hashed as drawn, then deflated once: PDFBox deflating it and the
            // hash inflating it again cost a page twice the work.
            byte[] content;
            try (java.io.InputStream raw = stream.createRawInputStream()) {
                content = raw.readAllBytes();
            }
            return new PdfPage(
                    label,
                    deflated(content),
                    HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(content)),
                    scratch.resources.named(page.getResources(), label),
                    scratch.resources.takeShown());
        } catch (IOException e) {
            throw new UncheckedIOException("could not draw the PDF page", e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /*
     * The page as PDPageContentStream makes it (its dictionary in the same order, so a PDF of
     * placed pages is byte for byte the PDF of pages drawn in it), with the drawn content and the
     * document's own objects under the page's resource names. The faces learn the characters the
     * page shows, which is what their embedded subsets are cut to.
     */
    private static void place(PDDocument pdf, PdfResources resources, PdfPage drawn) throws IOException {
        PDPage page = new PDPage(
                new PDRectangle((float) Dots.mmToPt(drawn.widthMm()), (float) Dots.mmToPt(drawn.heightMm())));
        pdf.addPage(page);
        PDResources named = new PDResources();
        page.setResources(named);
        COSStream content = pdf.getDocument().createCOSStream();
        content.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        try (OutputStream raw = content.createRawOutputStream()) {
            raw.write(drawn.deflated());
        }
        page.setContents(new PDStream(content));
        for (PdfPage.Resource r : drawn.resources()) {
            if (r.face() != null) {
                named.put(r.name(), resources.font(r.face()));
            } else if (r.watermarkAlpha()) {
                named.put(r.name(), resources.watermarkAlpha());
            } else {
                named.put(r.name(), resources.image(r.image()));
            }
        }
        for (PdfPage.Shown shown : drawn.shown()) {
            PDType0Font font = resources.font(shown.face());
            shown.text().codePoints().forEach(font::addToSubset);
        }
    }

    /**
     * The content as PDFBox's FlateFilter encodes a stream: a Deflater at PDFBox's level (set
     * above) behind a DeflaterOutputStream, so a page is the same bytes as when PDFBox compressed
     * it (WriterBytesTest).
     */
    private static byte[] deflated(byte[] content) throws IOException {
        Deflater deflater = new Deflater(org.apache.pdfbox.filter.Filter.getCompressionLevel());
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(content.length / 3 + 64);
            try (DeflaterOutputStream d = new DeflaterOutputStream(out, deflater)) {
                d.write(content);
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /**
     * A document per thread to draw lone pages into, never saved: loading the fonts into a new
     * document for every label was a fifth of a PDF batch. A page's content names its fonts and
     * pictures in its own resources, so it is the same bytes in any document. Started afresh every
     * {@link #PAGES_PER_SCRATCH} pages, since a document keeps every stream made in it.
     */
    private static final int PAGES_PER_SCRATCH = 256;

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private static final class Scratch {
        private PDDocument document;
        private PdfResources resources;
        private Typeface typeface;
        private int pages;

        PDDocument document(Typeface face) throws IOException {
            if (document == null || face != typeface || pages >= PAGES_PER_SCRATCH) {
                if (document != null) {
                    document.close();
                }
                document = new PDDocument();
                resources = new PdfResources(document, face);
                typeface = face;
                pages = 0;
            }
            pages++;
            return document;
        }
    }

    private static PDPage page(PDDocument pdf, PdfResources resources, LabelDocument label) throws IOException {
        PDPage page = new PDPage(
                new PDRectangle((float) Dots.mmToPt(label.widthMm()), (float) Dots.mmToPt(label.heightMm())));
        pdf.addPage(page);
        try (PDPageContentStream cs =
                new PDPageContentStream(pdf, page, PDPageContentStream.AppendMode.OVERWRITE, false)) {
            new PdfPagePainter(cs, resources, new PdfFrame(label.heightMm())).paint(label);
        }
        return page;
    }

    private static void describe(PDDocument pdf, Set<String> templates) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(String.join(", ", templates));
        info.setProducer(PRODUCER);
    }
}
