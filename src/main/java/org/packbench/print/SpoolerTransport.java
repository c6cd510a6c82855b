package org.packbench.print;

import java.awt.print.Book;
import java.awt.print.PageFormat;
import java.awt.print.Paper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.print.DocFlavor;
import javax.print.DocPrintJob;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.SimpleDoc;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.Media;
import javax.print.attribute.standard.MediaSize;
import javax.print.attribute.standard.MediaSizeName;
import javax.print.attribute.standard.PrinterIsAcceptingJobs;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.printing.PDFPageable;
import org.packbench.i18n.Message;
import org.packbench.i18n.ProblemException;

/**
 * {@code spooler://QUEUE}: a queue of the system spooler (CUPS, Windows), reached through javax.print.
 * A raw queue gets the label bytes untouched; a driver queue gets a PDF label, rendered page by page
 * at the PDF's own page size.
 */
public final class SpoolerTransport implements Transport {
    private static final double MM_PER_POINT = 25.4 / 72;
    /** Label stock is named in whole millimetres; a PDF page of 57.9 mm is the 58 mm label. */
    private static final double MEDIA_TOLERANCE_MM = 1.0;
    // On Linux and other Unixes the JDK hands every job to this exact program (package cups-bsd).
    private static final Path LPR = Path.of("/usr/bin/lpr");

    /** The JDK waits for lpr, lpr for CUPS; a spooler that has not taken a label in this long is not coming back. */
    static final Duration HAND_OVER = Duration.ofSeconds(60);

    private final String queueName;
    private final boolean raw;

    /**
     * @param queueName the queue as the spooler names it ({@code lpstat -e} on CUPS)
     * @param raw true for a raw queue that passes ZPL/TSPL bytes to the printer as they are;
     *            false for a driver queue, in which case each job is a PDF
     */
    public SpoolerTransport(String queueName, boolean raw) {
        if (queueName == null || queueName.isBlank()) {
            throw new ProblemException("devices.spooler.noQueueName");
        }
        this.queueName = queueName.strip();
        this.raw = raw;
    }

    @Override
    public void send(byte[] job) throws IOException {
        PrintService service = service();
        requireSpoolCommand();
        DocPrintJob printJob = service.createPrintJob();
        PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
        attributes.add(new JobName("PackBench", Locale.ROOT));
        BoundedHandOver.run(
                () -> {
                    try {
                        if (raw) {
                            sendRaw(service, printJob, job, attributes);
                        } else {
                            sendPdf(service, printJob, job, attributes);
                        }
                    } catch (PrintException e) {
                        throw new IOException(
                                Message.of("devices.spooler.failed", queueName, String.valueOf(e.getMessage()))
                                        .english(),
                                e);
                    }
                },
                HAND_OVER,
                "spooler://" + queueName);
    }

    private void sendRaw(PrintService service, DocPrintJob printJob, byte[] job, PrintRequestAttributeSet attributes)
            throws PrintException {
        DocFlavor flavor = DocFlavor.BYTE_ARRAY.AUTOSENSE;
        if (!service.isDocFlavorSupported(flavor)) {
            throw new ProblemException("devices.spooler.notRaw", queueName);
        }
        printJob.print(new SimpleDoc(job, flavor, null), attributes);
    }

    private void sendPdf(PrintService service, DocPrintJob printJob, byte[] job, PrintRequestAttributeSet attributes)
            throws IOException, PrintException {
        DocFlavor flavor = DocFlavor.SERVICE_FORMATTED.PAGEABLE;
        if (!service.isDocFlavorSupported(flavor)) {
            throw new ProblemException("devices.spooler.noPageable", queueName);
        }
        PDDocument document;
        try {
            document = Loader.loadPDF(job);
        } catch (IOException e) {
            throw new ProblemException("devices.spooler.notPdf", queueName, String.valueOf(e.getMessage()));
        }
        try (document) {
            if (document.getNumberOfPages() == 0) {
                throw new ProblemException("devices.spooler.notPdf", queueName, "0 pages");
            }
            PDRectangle page = document.getPage(0).getMediaBox();
            double widthMm = page.getWidth() * MM_PER_POINT;
            double heightMm = page.getHeight() * MM_PER_POINT;
            Optional<MediaSizeName> offered = matchingMedia(service, flavor, widthMm, heightMm);
            requireLabelStock(service, widthMm, heightMm, offered);
            offered.ifPresent(attributes::add);
            printJob.print(new SimpleDoc(unturned(document), flavor, null), attributes);
        }
    }

    /**
     * Each page on paper of its own size, drawn at actual size and not turned. PDFPageable would
     * put a label wider than tall on portrait paper turned a quarter; the spooler turns it back to
     * fit the landscape label stock, in whichever direction its driver likes, which printed the
     * CUPS Zebra driver's labels upside down.
     */
    private static Book unturned(PDDocument document) {
        PDFPageable pdf = new PDFPageable(document);
        Book book = new Book();
        for (int i = 0; i < document.getNumberOfPages(); i++) {
            PDPage page = document.getPage(i);
            PDRectangle box = page.getMediaBox();
            boolean quarterTurned = page.getRotation() % 180 != 0;
            double width = quarterTurned ? box.getHeight() : box.getWidth();
            double height = quarterTurned ? box.getWidth() : box.getHeight();
            Paper paper = new Paper();
            paper.setSize(width, height);
            paper.setImageableArea(0, 0, width, height);
            PageFormat format = new PageFormat();
            format.setPaper(paper);
            book.append(pdf.getPrintable(i), format);
        }
        return book;
    }

    /**
     * On Linux the JDK renders a Pageable to PostScript and spools it with lpr, passing no media
     * option for label sizes (only ISO and US paper names get one); CUPS then lays the page on the
     * queue's default media. A label of another size would come out misplaced over several labels,
     * so the queue's default must be the label stock.
     */
    private void requireLabelStock(
            PrintService service, double widthMm, double heightMm, Optional<MediaSizeName> offered) {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")
                || !(service.getDefaultAttributeValue(Media.class) instanceof MediaSizeName name)) {
            return;
        }
        MediaSize stock = MediaSize.getMediaSizeForName(name);
        if (stock == null || sameSize(stock, widthMm, heightMm)) {
            return;
        }
        Message hint = offered.map(m -> Message.of("devices.spooler.offeredAs", m.toString()))
                .orElseGet(() -> Message.of("devices.spooler.notOffered"));
        throw new ProblemException(
                "devices.spooler.wrongStock",
                queueName,
                mm(stock.getX(MediaSize.MM)),
                mm(stock.getY(MediaSize.MM)),
                mm(widthMm),
                mm(heightMm),
                hint);
    }

    private static String mm(double value) {
        return BigDecimal.valueOf(value)
                .setScale(1, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    private static boolean sameSize(MediaSize size, double widthMm, double heightMm) {
        double x = size.getX(MediaSize.MM);
        double y = size.getY(MediaSize.MM);
        return Math.abs(Math.min(x, y) - Math.min(widthMm, heightMm)) <= MEDIA_TOLERANCE_MM
                && Math.abs(Math.max(x, y) - Math.max(widthMm, heightMm)) <= MEDIA_TOLERANCE_MM;
    }

    /**
     * The queue's media of the label's size. It goes into the job for spoolers that take the size
     * from it; CUPS does not (see {@link #requireLabelStock}), but its name helps the packer set the queue up.
     */
    private static Optional<MediaSizeName> matchingMedia(
            PrintService service, DocFlavor flavor, double widthMm, double heightMm) {
        Object offered = service.getSupportedAttributeValues(Media.class, flavor, null);
        if (!(offered instanceof Media[] media)) {
            return Optional.empty();
        }
        return Arrays.stream(media)
                .filter(MediaSizeName.class::isInstance)
                .map(MediaSizeName.class::cast)
                .filter(name -> {
                    MediaSize size = MediaSize.getMediaSizeForName(name);
                    return size != null && sameSize(size, widthMm, heightMm);
                })
                .findFirst();
    }

    /**
     * Empty while the queue accepts jobs: the spooler does not say whether the label printer
     * behind it has paper. A queue that rejects jobs (cupsreject) is reported as paused.
     */
    @Override
    public Optional<PrinterStatus> status() {
        if (service().getAttribute(PrinterIsAcceptingJobs.class) == PrinterIsAcceptingJobs.NOT_ACCEPTING_JOBS) {
            return Optional.of(new PrinterStatus(List.of(PrinterProblems.PAUSED), -1));
        }
        return Optional.empty();
    }

    private PrintService service() {
        return find().orElseThrow(() -> {
            String known = Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null))
                    .map(PrintService::getName)
                    .sorted()
                    .collect(Collectors.joining(", "));
            return known.isEmpty()
                    ? new ProblemException("devices.spooler.noQueues", queueName)
                    : new ProblemException("devices.spooler.unknownQueue", queueName, known);
        });
    }

    private Optional<PrintService> find() {
        // Looked up on every job, so a queue added in the spooler while PackBench runs is found.
        return Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null))
                .filter(s -> s.getName().equals(queueName))
                .findFirst();
    }

    private static void requireSpoolCommand() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("linux") && !Files.isExecutable(LPR)) {
            throw new ProblemException("devices.spooler.noLpr", LPR.toString());
        }
    }

    public String queueName() {
        return queueName;
    }

    public boolean raw() {
        return raw;
    }

    @Override
    public String toString() {
        return "spooler://" + queueName + (raw ? "" : " (PDF)");
    }
}
