package org.packbench.convert.ozon;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.packbench.render.DotImage;

/**
 * A whole PDF converted for one printer, every page's barcodes checked.
 *
 * @param format the printer language
 * @param dpi    the printer's resolution
 * @param pages  in PDF order
 */
public record Conversion(ThermalFormat format, int dpi, List<Page> pages) {

    /**
     * One page as one label.
     *
     * @param number 1-based page number
     * @param label  the stock it was fitted to
     * @param turned whether the page was turned a quarter to match the stock
     * @param raster the dots the printer burns, exactly what {@link #bytes()} carries
     * @param bytes  the page in the printer language, ready to send
     * @param audit  the barcodes found and checked on this page
     */
    public record Page(int number, LabelSize label, boolean turned, DotImage raster, byte[] bytes, PageAudit audit) {}

    public Conversion {
        pages = List.copyOf(pages);
    }

    /** All pages one after another: what goes into the output file or down the socket. */
    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pages.forEach(p -> out.writeBytes(p.bytes()));
        return out.toByteArray();
    }

    public List<PageAudit> audits() {
        return pages.stream().map(Page::audit).toList();
    }

    /** The number of barcodes checked over all pages. */
    public int barcodes() {
        return pages.stream().mapToInt(p -> p.audit().reference().size()).sum();
    }
}
