package org.packbench.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
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
        if (labels.isEmpty()) {
            throw new IllegalArgumentException("a PDF needs at least one label");
        }
        try (PDDocument pdf = new PDDocument()) {
            PdfResources resources = new PdfResources(pdf, typeface);
            for (LabelDocument label : labels) {
                page(pdf, resources, label);
            }
            describe(pdf, labels);
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
        Scratch scratch = SCRATCH.get();
        try {
            PDPage page = page(scratch.document(typeface), scratch.resources, label);
            try (java.io.InputStream in = page.getContents()) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not draw the PDF page", e);
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
        try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
            new PdfPagePainter(cs, resources, new PdfFrame(label.heightMm())).paint(label);
        }
        return page;
    }

    private static void describe(PDDocument pdf, List<LabelDocument> labels) {
        Set<String> templates = new LinkedHashSet<>();
        labels.forEach(l -> templates.add(l.templateId()));
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(String.join(", ", templates));
        info.setProducer(PRODUCER);
    }
}
